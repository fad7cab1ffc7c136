#include "commands/exportoptions.h"

#include "commandspec.h"
#include "console.h"
#include "domain/error.h"
#include "optionreader.h"

#include <QLocale>

namespace planner {

namespace {

const QString keysHeaders = QStringLiteral("keys");
const QString titleHeaders = QStringLiteral("titles");
const QString workbookKey = QStringLiteral("xlsx");

} // namespace

namespace ExportOptions {

const QString presetOption = QStringLiteral("preset");
const QString headersOption = QStringLiteral("headers");

Target readTarget(OptionReader &reader, const QString &path)
{
    Target target;
    target.path = path;
    target.preset = readPreset(reader);
    target.workbook = readWorkbook(reader);
    return target;
}

void requirePath(OptionReader &reader, const Target &target)
{
    if (target.path.trimmed().isEmpty())
        reader.failArgument(QStringLiteral("FILE"), Text::tr("a file name is needed"));
}

ExitCode finish(bool written, const Error &error, qint64 rows, Console &console)
{
    if (!written) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << Text::tr("Rows written: %1").arg(QLocale().toString(rows)) << QLatin1Char('\n');
    return ExitCode::Success;
}

QString presetUsage()
{
    return Text::tr("  --preset excel  (default) UTF-8 with a byte order mark, CRLF line ends, and ';'\n"
                    "                  between fields where the language writes decimal commas\n"
                    "  --preset plain  UTF-8, LF line ends, ','\n"
                    "  --preset xlsx   an Excel workbook: numbers, money and percentages as typed\n"
                    "                  cells, a frozen bold header with a filter\n"
                    "  Numbers are written with '.' and no grouping in both; FILE is replaced only\n"
                    "  once it is written whole.\n")
        + headersUsage();
}

QString headersUsage()
{
    return Text::tr("  --headers keys    (default) the header row holds the stable column keys above\n"
                    "  --headers titles  the header row holds the column names people read\n"
                    "                    (\"Engagement rate (%)\"), in English\n");
}

CsvPreset readPreset(OptionReader &reader)
{
    const QString key = reader.choice(presetOption, presetKeys()).value_or(QString());
    // The CLI has no language setting of its own: the system's locale stands for it.
    CsvPreset preset = CsvPreset::fromKey(key, QLocale()).value_or(CsvPreset::excel(QLocale()));
    preset.localizedHeaders = readTitleHeaders(reader);
    return preset;
}

QStringList presetKeys()
{
    return CsvPreset::keys() << workbookKey;
}

bool readWorkbook(OptionReader &reader)
{
    return reader.choice(presetOption, presetKeys()) == workbookKey;
}

bool readTitleHeaders(OptionReader &reader)
{
    return reader.choice(headersOption, {keysHeaders, titleHeaders}) == titleHeaders;
}

} // namespace ExportOptions

} // namespace planner
