#include "commands/importcommand.h"

#include "import/candidateimport.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"
#include "console.h"
#include "storage/database.h"
#include "optionreader.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

namespace {

const QString delimiterOption = QStringLiteral("delimiter");
const QString encodingOption = QStringLiteral("encoding");
const QString duplicateOption = QStringLiteral("on-duplicate");
const QString currencyOption = QStringLiteral("currency");
const QString sheetOption = QStringLiteral("sheet");

} // namespace

QStringList ImportCommand::words() const
{
    return {QStringLiteral("import")};
}

QStringList ImportCommand::arguments() const
{
    return {QStringLiteral("FILE")};
}

QString ImportCommand::summary() const
{
    return tr("Add the candidates of a CSV file (an export or a spreadsheet)");
}

QString ImportCommand::usage() const
{
    //: Synopsis of "import". Keep the option names and values; translate the placeholders.
    return tr("Usage: %1 [--db FILE] import FILE [--delimiter D] [--encoding utf-8|utf-16]\n"
              "         [--on-duplicate update|skip] [--currency CODE]\n"
              "  FILE  a CSV file with a header row; columns are recognised by their names in\n"
              "        English, Vietnamese, Indonesian or Persian\n"
              "  D     the character between fields: , ; or tab (default: found from the file)\n"
              "  --encoding      for a file without a byte order mark (default: found from the file)\n"
              "  --on-duplicate  what happens to a candidate already stored with the same platform\n"
              "                  and handle (default: skip)\n"
              "  CODE  the currency of fees the file writes without one, such as VND\n"
              "Prints \"imported N, updated U, skipped S, rejected R\"; each rejected row goes to\n"
              "standard error as FILE:LINE:COLUMN: reason.\n")
        .arg(Console::programName())
        + workbookUsage();
}

QString ImportCommand::workbookUsage()
{
    return tr("A workbook (.xlsx, .ods, Excel 2003 XML) is read from one sheet:\n"
              "  --sheet NAME|N  the sheet by its name or its number from 1 (needed when several\n"
              "                  sheets hold rows); typed numbers, percentages and dates are\n"
              "                  taken as they are; rejected rows are said as FILE:SHEET!CELL.\n");
}

ExitCode ImportCommand::runWorkbook(Workspace &workspace, Console &console)
{
    m_settings.locale = QLocale();
    WorkbookSource source;
    Error error;
    if (!source.prepare(m_path, m_sheet, m_settings, &error)) {
        console.error(error.text());
        if (source.needsSheet()) {
            QStringList sheets;
            for (int i = 0; i < source.sheetNames().size(); ++i)
                sheets << QStringLiteral("  %1  %2").arg(i + 1).arg(source.sheetNames().at(i));
            console.note(tr("Choose a sheet with --sheet NAME or --sheet N:\n%1\n")
                             .arg(sheets.join(QLatin1Char('\n'))));
        }
        return ExitCode::UserError;
    }
    CandidateImport importer(workspace.database().path());
    importer.setRejectionHandler([&console](const ImportRejection &rejection) {
        console.note(rejection.where() + QStringLiteral(": ") + rejection.text() + QLatin1Char('\n'));
    });
    const ImportReport report = importer.runWorkbook(source, HeaderMapping(), m_settings);
    if (report.failed()) {
        console.error(report.error.text());
        return ExitCode::UserError;
    }
    const QLocale locale;
    console.out() << tr("imported %1, updated %2, skipped %3, rejected %4")
                         .arg(locale.toString(report.imported), locale.toString(report.updated),
                              locale.toString(report.skipped), locale.toString(report.rejected))
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

QStringList ImportCommand::options() const
{
    return {delimiterOption, encodingOption, duplicateOption, currencyOption, sheetOption};
}

void ImportCommand::readDelimiter(OptionReader &reader)
{
    if (!reader.isSet(delimiterOption))
        return;
    const QString text = reader.text(delimiterOption);
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("tab") || text == QLatin1String("\\t"))
        m_settings.dialect.delimiter = QLatin1Char('\t');
    else if (word == QLatin1String("comma"))
        m_settings.dialect.delimiter = QLatin1Char(',');
    else if (word == QLatin1String("semicolon"))
        m_settings.dialect.delimiter = QLatin1Char(';');
    else if (text.size() == 1 && text != QLatin1String("\"") && text != QLatin1String("\n")
             && text != QLatin1String("\r"))
        m_settings.dialect.delimiter = text.at(0);
    else
        reader.fail(delimiterOption, tr("“%1” is not one character (such as , ; or tab)").arg(text));
}

void ImportCommand::readEncoding(OptionReader &reader)
{
    const std::optional<QString> encoding = reader.choice(
        encodingOption, {QStringLiteral("utf-8"), QStringLiteral("utf8"), QStringLiteral("utf-16"),
                         QStringLiteral("utf16")});
    if (encoding)
        m_settings.dialect.encoding = encoding->endsWith(QLatin1String("16")) ? CsvDialect::Encoding::Utf16
                                                                             : CsvDialect::Encoding::Utf8;
}

bool ImportCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_settings = ImportSettings();
    m_path = argumentValues(line).value(0);
    if (m_path.trimmed().isEmpty())
        reader.failArgument(arguments().first(), tr("a file name is needed"));
    readDelimiter(reader);
    readEncoding(reader);
    m_sheet = reader.isSet(sheetOption) ? reader.text(sheetOption) : QString();
    const std::optional<QString> policy =
        reader.choice(duplicateOption, {QStringLiteral("skip"), QStringLiteral("update")});
    if (policy)
        m_settings.onDuplicate = *policy == QLatin1String("update") ? DuplicatePolicy::Update
                                                                    : DuplicatePolicy::Skip;
    if (reader.isSet(currencyOption)) {
        QString reason;
        m_settings.currency = ValueParser::currency(reader.text(currencyOption), &reason);
        if (!m_settings.currency)
            reader.fail(currencyOption, reason);
    }
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ImportCommand::run(Workspace &workspace, Console &console)
{
    if (WorkbookReader::isWorkbook(m_path))
        return runWorkbook(workspace, console);
    if (!m_sheet.isEmpty()) {
        console.error(tr("--sheet: “%1” is not a workbook").arg(m_path));
        return ExitCode::UserError;
    }
    CandidateImport importer(workspace.database().path());
    importer.setRejectionHandler([&console](const ImportRejection &rejection) {
        // One arg() call: a "%2" in the file name or the cell must stay text.
        console.note(QStringLiteral("%1:%2:%3: %4\n")
                         .arg(rejection.file, QString::number(rejection.line),
                              QString::number(rejection.column), rejection.text()));
    });
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
    m_settings.locale = QLocale();
    const ImportReport report = importer.run(m_path, HeaderMapping(), m_settings, progress);
    if (terminal && shown >= 0)
        console.note(QStringLiteral("\r    \r"));
    if (report.failed()) {
        console.error(report.error.text());
        return ExitCode::UserError;
    }
    const QLocale locale;
    //: The result of an import; keep the order, scripts read it
    console.out() << tr("imported %1, updated %2, skipped %3, rejected %4")
                         .arg(locale.toString(report.imported), locale.toString(report.updated),
                              locale.toString(report.skipped), locale.toString(report.rejected))
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
