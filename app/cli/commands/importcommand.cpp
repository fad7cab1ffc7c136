#include "commands/importcommand.h"

#include "csv/codepage.h"
#include "import/candidateimport.h"
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
    return tr("Usage: %1 [--db FILE] import FILE [--delimiter D] [--encoding NAME]\n"
              "         [--on-duplicate update|skip] [--currency CODE]\n"
              "  FILE  a CSV file with a header row; columns are recognised by their names in\n"
              "        English, Vietnamese, Indonesian or Persian\n"
              "  D     the character between fields: , ; or tab (default: found from the file)\n"
              "  --encoding      for a file without a byte order mark: utf-8, utf-16, windows-1252 or\n"
              "                  any name ICU knows (default: found from the file; a file that is\n"
              "                  not UTF-8 is read as windows-1252, -1258 or -1256 as it looks)\n"
              "  --on-duplicate  what happens to a candidate already stored with the same platform\n"
              "                  and handle (default: skip)\n"
              "  CODE  the currency of fees the file writes without one: an ISO 4217 code such as VND\n"
              "Prints \"imported N, updated U, skipped S, rejected R\"; each rejected row goes to\n"
              "standard error as FILE:LINE:COLUMN: reason.\n")
        .arg(Console::programName());
}

QStringList ImportCommand::options() const
{
    return {delimiterOption, encodingOption, duplicateOption, currencyOption};
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
    if (!reader.isSet(encodingOption))
        return;
    // Any name ICU knows: "utf-8", "utf-16", "windows-1252", "cp1258", "Shift_JIS".
    const QString name = reader.text(encodingOption).trimmed();
    if (CodePage::isKnown(name))
        m_settings.dialect.encodingName = name;
    else
        reader.fail(encodingOption, tr("“%1” is not an encoding the program knows (such as utf-8, utf-16, "
                                       "windows-1252, windows-1258, windows-1256)")
                                        .arg(name));
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
    const std::optional<QString> policy =
        reader.choice(duplicateOption, {QStringLiteral("skip"), QStringLiteral("update")});
    if (policy)
        m_settings.onDuplicate = *policy == QLatin1String("update") ? DuplicatePolicy::Update
                                                                    : DuplicatePolicy::Skip;
    if (reader.isSet(currencyOption)) {
        QString reason;
        // A code in small letters is meant as the code: "--currency kwd".
        const QString code = reader.text(currencyOption).trimmed();
        m_settings.currency = ValueParser::currency(code, &reason);
        if (!m_settings.currency && code.size() == 3)
            m_settings.currency = ValueParser::currency(code.toUpper(), &reason);
        if (!m_settings.currency)
            reader.fail(currencyOption, reason);
    }
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ImportCommand::run(Workspace &workspace, Console &console)
{
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
    if (report.encodingAssumed)
        console.note(QStringLiteral("note: %1 is not UTF-8; read it as %2 (use --encoding to choose)\n")
                         .arg(m_path, report.encoding));
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
