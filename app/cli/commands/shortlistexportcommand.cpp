#include "commands/shortlistexportcommand.h"

#include "console.h"
#include "optionreader.h"
#include "export/shortlistexport.h"
#include "workspace.h"

namespace planner {

namespace {

const QString presetOption = QStringLiteral("preset");
const QString headersOption = QStringLiteral("headers");
const QString keysHeaders = QStringLiteral("keys");
const QString titleHeaders = QStringLiteral("titles");
const QString workbookKey = QStringLiteral("xlsx");

} // namespace

QStringList ShortlistExportCommand::words() const
{
    return {QStringLiteral("shortlist"), QStringLiteral("export")};
}

QStringList ShortlistExportCommand::arguments() const
{
    return {QStringLiteral("CAMPAIGN"), QStringLiteral("FILE")};
}

QString ShortlistExportCommand::summary() const
{
    return tr("Write a shortlist with its projected figures to a CSV file");
}

QString ShortlistExportCommand::presetUsage()
{
    //: Part of the usage of the export commands. Keep "excel", "plain" and "--preset".
    return tr("  --preset excel  (default) UTF-8 with a byte order mark, CRLF line ends, and ';'\n"
              "                  between fields where the language writes decimal commas\n"
              "  --preset plain  UTF-8, LF line ends, ','\n"
              "  --preset xlsx   an Excel workbook: numbers, money and percentages as typed\n"
              "                  cells, a frozen bold header with a filter\n"
              "  Numbers are written with '.' and no grouping in both; FILE is replaced only\n"
              "  once it is written whole.\n")
        + headersUsage();
}

QString ShortlistExportCommand::headersUsage()
{
    //: Part of the usage of the export commands. Keep "keys", "titles" and "--headers".
    return tr("  --headers keys    (default) the header row holds the stable column keys above\n"
              "  --headers titles  the header row holds the column names people read\n"
              "                    (\"Engagement rate (%)\"), in English\n");
}

QString ShortlistExportCommand::usage() const
{
    //: Synopsis of "shortlist export". Keep the option names and the CSV header.
    return tr("Usage: %1 [--db FILE] shortlist export CAMPAIGN FILE [--preset excel|plain|xlsx]\n"
              "         [--headers keys|titles]\n"
              "  CAMPAIGN  the campaign's name (or its id)\n"
              "  FILE      the CSV file to write, one row per shortlist entry:\n"
              "  %2\n")
               .arg(Console::programName(), ShortlistExport::columns().join(QLatin1Char(',')))
        + presetUsage();
}

QStringList ShortlistExportCommand::options() const
{
    return {presetOption, headersOption};
}

CsvPreset ShortlistExportCommand::readPreset(OptionReader &reader)
{
    const QString key = reader.choice(presetOption, presetKeys()).value_or(QString());
    // The CLI has no language setting of its own: the system's locale stands for it.
    CsvPreset preset = CsvPreset::fromKey(key, QLocale()).value_or(CsvPreset::excel(QLocale()));
    preset.localizedHeaders = readTitleHeaders(reader);
    return preset;
}

QStringList ShortlistExportCommand::presetKeys()
{
    return CsvPreset::keys() << workbookKey;
}

bool ShortlistExportCommand::readWorkbook(OptionReader &reader)
{
    return reader.choice(presetOption, presetKeys()) == workbookKey;
}

bool ShortlistExportCommand::readTitleHeaders(OptionReader &reader)
{
    return reader.choice(headersOption, {keysHeaders, titleHeaders}) == titleHeaders;
}

bool ShortlistExportCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QStringList values = argumentValues(line);
    m_campaign = values.value(0);
    m_path = values.value(1);
    m_preset = readPreset(reader);
    m_workbook = readWorkbook(reader);
    if (m_path.trimmed().isEmpty())
        reader.failArgument(arguments().at(1), tr("a file name is needed"));
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ShortlistExportCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign =
        workspace.campaign(arguments().first(), m_campaign, &message);
    if (!campaign) {
        console.error(message);
        return ExitCode::UserError;
    }
    const QList<ShortlistEntry> entries = workspace.campaigns().entries(campaign->id);
    const ShortlistExport csv(*campaign, entries, workspace.candidatesOf(entries),
                              workspace.projection());
    Error error;
    WorkbookOptions options;
    options.sheetName = campaign->name;
    options.localizedHeaders = m_preset.localizedHeaders;
    const bool written = m_workbook ? csv.exportWorkbook(m_path, options, &error)
                                    : csv.exportTo(m_path, m_preset, &error);
    if (!written) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << tr("Rows written: %1").arg(QLocale().toString(entries.size()))
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
