#include "commandline.h"
#include "commandspec.h"
#include "csv/codepage.h"
#include "import/candidateimport.h"
#include "export/candidateexport.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"
#include "console.h"
#include "storage/database.h"
#include "optionreader.h"
#include "workspace.h"

#include <QLocale>
#include <memory>

namespace planner {

namespace {

const QString delimiterOption = QStringLiteral("delimiter");
const QString encodingOption = QStringLiteral("encoding");
const QString duplicateOption = QStringLiteral("on-duplicate");
const QString currencyOption = QStringLiteral("currency");
const QString platformOption = QStringLiteral("platform");
const QString mapOption = QStringLiteral("map");
const QString dryRunOption = QStringLiteral("dry-run");

// The field a --map names: a column of "candidates list --format csv", an import field's
// key, or "ignore".
std::optional<ImportField> mapField(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("ignore"))
        return ImportField::Ignored;
    if (word == QLatin1String("id"))
        return ImportField::CandidateKey;
    if (word == QLatin1String("engagement_rate_pct"))
        return ImportField::EngagementRate;
    if (word == QLatin1String("authenticity_pct"))
        return ImportField::Authenticity;
    for (const ImportField field : ImportFields::all()) {
        if (field != ImportField::Ignored && ImportFields::key(field) == word)
            return field;
    }
    return std::nullopt;
}

const QString sheetOption = QStringLiteral("sheet");

// "import FILE": reads candidates from a CSV file (see CandidateImport), prints the counts on
// standard output and each rejected row (FILE:LINE:COLUMN: reason) and each cell left empty
// (FILE:LINE:COLUMN: warning: reason) on standard error.
// A workbook (.xlsx, .ods, Excel XML) is read the same way from one of its sheets
// ("--sheet NAME|N"; needed when several sheets hold rows), its rejections said as
// FILE:SHEET!CELL: reason.
struct ImportValues
{
    QString path;
    QString sheet;
    ImportSettings settings;
    QList<std::pair<QString, ImportField>> maps; // --map COLUMN=FIELD, in order
    bool dryRun = false;
};



QString workbookUsage()
{
    return Text::tr("A workbook (.xlsx, .ods, Excel 2003 XML) is read from one sheet:\n"
                    "  --sheet NAME|N  the sheet by its name or its number from 1 (needed when several\n"
                    "                  sheets hold rows); typed numbers, percentages and dates are\n"
                    "                  taken as they are; rejected rows and warnings are said as FILE:SHEET!CELL.\n");
}

QString importUsage()
{
    // Synopsis of "import".
    return Text::tr("Usage: %1 [--db FILE] import FILE [--platform P] [--map COLUMN=FIELD]... [--dry-run]\n"
                    "         [--delimiter D] [--encoding NAME] [--on-duplicate update|skip]\n"
                    "         [--currency CODE]\n"
                    "  FILE  a CSV file with a header row; columns are recognised by their names in\n"
                    "        English, Vietnamese, Indonesian or Persian\n"
                    "  P     the platform of rows that do not say it (no platform column, no profile\n"
                    "        link, no header naming one): %2\n"
                    "  --map           reads the column named COLUMN as FIELD: a column of\n"
                    "                  \"candidates list --format csv\" (%3), or ignore; repeatable\n"
                    "  --dry-run       reads and checks every row and prints the counts; changes nothing\n"
                    "  D     the character between fields: , ; or tab (default: found from the file)\n"
                    "  --encoding      for a file without a byte order mark: utf-8, utf-16, windows-1252 or\n"
                    "                  any name ICU knows (default: found from the file; a file that is\n"
                    "                  not UTF-8 is read as windows-1252, -1258 or -1256 as it looks)\n"
                    "  --on-duplicate  what happens to a candidate already stored with the same platform\n"
                    "                  and handle (default: skip)\n"
                    "  CODE  the currency of fees the file writes without one: an ISO 4217 code such as VND\n"
                    "Prints \"imported N, updated U, skipped S, rejected R, warnings W\"; each rejected\n"
                    "row goes to standard error as FILE:LINE:COLUMN: reason, each value left empty as\n"
                    "FILE:LINE:COLUMN: warning: reason.\n")
        .arg(Console::programName(), allPlatformKeys().join(QLatin1Char('|')),
             CandidateExport::columns().join(QLatin1String(", ")))
        + workbookUsage();
}



void readMaps(OptionReader &reader, ImportValues &values)
{
    for (const QString &text : reader.texts(mapOption)) {
        const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
        const QString column = equals > 0 ? text.left(equals).trimmed() : QString();
        const std::optional<ImportField> field = equals > 0 ? mapField(text.mid(equals + 1)) : std::nullopt;
        if (column.isEmpty() || !field) {
            reader.fail(mapOption, Text::tr("“%1” is not COLUMN=FIELD, FIELD one of %2 or ignore")
                                       .arg(text, CandidateExport::columns().join(QLatin1String(", "))));
            return;
        }
        values.maps.append({column, *field});
    }
}

bool applyMaps(const ImportValues &values, HeaderMapping *mapping, QString *message)
{
    for (const auto &[column, field] : values.maps) {
        const qsizetype at = mapping->headers().indexOf(column);
        qsizetype found = at;
        for (qsizetype i = 0; found < 0 && i < mapping->headers().size(); ++i) {
            if (mapping->headers().at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                found = i;
        }
        if (found < 0) {
            *message = OptionReader::labelled(QStringLiteral("--") + mapOption,
                                              Text::tr("the file has no column “%1” (its columns: %2)")
                                                  .arg(column, mapping->headers().join(QLatin1String(", "))));
            return false;
        }
        mapping->setField(found, field);
    }
    return true;
}

void readDelimiter(OptionReader &reader, ImportSettings &settings)
{
    if (!reader.isSet(delimiterOption))
        return;
    const QString text = reader.text(delimiterOption);
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("tab") || text == QLatin1String("\\t"))
        settings.dialect.delimiter = QLatin1Char('\t');
    else if (word == QLatin1String("comma"))
        settings.dialect.delimiter = QLatin1Char(',');
    else if (word == QLatin1String("semicolon"))
        settings.dialect.delimiter = QLatin1Char(';');
    else if (text.size() == 1 && text != QLatin1String("\"") && text != QLatin1String("\n")
             && text != QLatin1String("\r"))
        settings.dialect.delimiter = text.at(0);
    else
        reader.fail(delimiterOption, Text::tr("“%1” is not one character (such as , ; or tab)").arg(text));
}

void readEncoding(OptionReader &reader, ImportSettings &settings)
{
    if (!reader.isSet(encodingOption))
        return;
    // Any name ICU knows: "utf-8", "utf-16", "windows-1252", "cp1258", "Shift_JIS".
    const QString name = reader.text(encodingOption).trimmed();
    if (CodePage::isKnown(name))
        settings.dialect.encodingName = name;
    else
        reader.fail(encodingOption, Text::tr("“%1” is not an encoding the program knows (such as utf-8, utf-16, "
                                             "windows-1252, windows-1258, windows-1256)")
                                        .arg(name));
}

ExitCode runImport(ImportValues values, Workspace &workspace, Console &console);

CommandRun readImport(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    ImportValues values;
    values.path = arguments.value(0);
    values.dryRun = reader.isSet(dryRunOption);
    if (reader.isSet(platformOption)) {
        values.settings.platform = ImportVocabulary::platform(reader.text(platformOption));
        if (!values.settings.platform)
            reader.fail(platformOption, Text::tr("“%1” is not a platform (%2)")
                                            .arg(reader.text(platformOption), allPlatformKeys().join(QLatin1String(", "))));
    }
    readMaps(reader, values);
    if (values.path.trimmed().isEmpty())
        reader.failArgument(QStringLiteral("FILE"), Text::tr("a file name is needed"));
    readDelimiter(reader, values.settings);
    readEncoding(reader, values.settings);
    values.sheet = reader.isSet(sheetOption) ? reader.text(sheetOption) : QString();
    const std::optional<QString> policy =
        reader.choice(duplicateOption, {QStringLiteral("skip"), QStringLiteral("update")});
    if (policy)
        values.settings.onDuplicate = *policy == QLatin1String("update") ? DuplicatePolicy::Update
                                                                    : DuplicatePolicy::Skip;
    if (reader.isSet(currencyOption)) {
        QString reason;
        // A code in small letters is meant as the code: "--currency kwd".
        const QString code = reader.text(currencyOption).trimmed();
        values.settings.currency = ValueParser::currency(code, &reason);
        if (!values.settings.currency && code.size() == 3)
            values.settings.currency = ValueParser::currency(code.toUpper(), &reason);
        if (!values.settings.currency)
            reader.fail(currencyOption, reason);
    }
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return runImport(values, workspace, console);
    });
}

void printLine(Console &console, const ImportRejection &entry, bool warning)
{
    // FILE:LINE:COLUMN, or FILE:SHEET!CELL for a workbook. One arg() call: a "%2" in the file
    // name or the cell must stay text.
    console.note(QStringLiteral("%1: %2%3\n")
                     .arg(entry.where(), warning ? QStringLiteral("warning: ") : QString(), entry.text()));
}

bool prepareWorkbook(const ImportValues &values, WorkbookSource &source, Console &console)
{
    Error error;
    if (source.prepare(values.path, values.sheet, values.settings, &error))
        return true;
    console.error(error.text());
    if (source.needsSheet()) {
        QStringList sheets;
        for (int i = 0; i < source.sheetNames().size(); ++i)
            sheets << QStringLiteral("  %1  %2").arg(i + 1).arg(source.sheetNames().at(i));
        console.note(Text::tr("Choose a sheet with --sheet NAME or --sheet N:\n%1\n").arg(sheets.join(QLatin1Char('\n'))));
    }
    return false;
}

ExitCode runImport(ImportValues values, Workspace &workspace, Console &console)
{
    values.settings.locale = QLocale();
    std::unique_ptr<WorkbookSource> workbook;
    if (WorkbookReader::isWorkbook(values.path)) {
        workbook = std::make_unique<WorkbookSource>();
        if (!prepareWorkbook(values, *workbook, console))
            return ExitCode::UserError;
    } else if (!values.sheet.isEmpty()) {
        console.error(Text::tr("--sheet: “%1” is not a workbook").arg(values.path));
        return ExitCode::UserError;
    }
    ImportPreview preview = workbook ? CandidateImport::previewWorkbook(*workbook, values.settings, 0)
                                     : CandidateImport::preview(values.path, values.settings, 0);
    if (!preview.error.isEmpty()) {
        console.error(preview.error.text());
        return ExitCode::UserError;
    }
    QString message;
    if (!applyMaps(values, &preview.mapping, &message)) {
        console.error(message);
        return ExitCode::UserError;
    }
    // An empty file holds no candidates: that is no fault.
    const bool empty = preview.headers.isEmpty();
    const QString missing = empty ? QString() : preview.mapping.missing();
    if (!missing.isEmpty()) {
        console.error(Text::tr("%1: %2 Name it with --map \"COLUMN=FIELD\".").arg(values.path, missing));
        return ExitCode::UserError;
    }
    if (!empty && !preview.platformStated && !preview.mapping.has(ImportField::Platform)
        && !preview.mapping.has(ImportField::ProfileUrl) && !preview.mapping.headerPlatform()) {
        console.error(Text::tr("%1: nothing in the file says which platform its candidates are on (no platform "
                               "column, profile links or platform name in a header): give it with --platform %2")
                          .arg(values.path, allPlatformKeys().join(QLatin1Char('|'))));
        return ExitCode::UserError;
    }
    CandidateImport importer(workspace.database().path());
    importer.setDryRun(values.dryRun);
    importer.setRejectionHandler([&](const ImportRejection &rejection) { printLine(console, rejection, false); });
    importer.setWarningHandler([&](const ImportRejection &warning) { printLine(console, warning, true); });
    // A percentage on a terminal only: a log or a pipe gets the result and the rejections alone.
    int shown = -1;
    const bool terminal = console.errorIsTerminal();
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : -1;
        if (terminal && percent != shown) {
            shown = percent;
            console.note(QStringLiteral("\r%1%").arg(percent));
        }
        return true;
    };
    const ImportReport report = workbook ? importer.runWorkbook(*workbook, preview.mapping, values.settings, progress)
                                         : importer.run(values.path, preview.mapping, values.settings, progress);
    if (terminal && shown >= 0)
        console.note(QStringLiteral("\r    \r"));
    if (report.encodingAssumed)
        console.note(QStringLiteral("note: %1 is not UTF-8; read it as %2 (use --encoding to choose)\n")
                         .arg(values.path, report.encoding));
    if (report.failed()) {
        console.error(report.error.text());
        return ExitCode::UserError;
    }
    for (const QString &note : report.notes)
        console.note(note + QLatin1Char('\n'));
    // Plain digits: scripts read this line.
    console.out() << QStringLiteral("imported %1, updated %2, skipped %3, rejected %4, warnings %5")
                         .arg(report.imported)
                         .arg(report.updated)
                         .arg(report.skipped)
                         .arg(report.rejected)
                         .arg(report.warningCount)
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace

QList<CommandSpec> importCommands()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("import")};
    spec.arguments = QStringList{QStringLiteral("FILE")};
    spec.summary = Text::tr("Add the candidates of a CSV file (an export or a spreadsheet)");
    spec.usage = importUsage();
    spec.options = QStringList{delimiterOption, encodingOption, duplicateOption, currencyOption,
                               platformOption,  mapOption,      sheetOption};
    spec.repeatableOptions = QStringList{mapOption};
    spec.switches = QStringList{dryRunOption};
    spec.read = readImport;
    return {spec};
}

} // namespace planner
