#include "commands/candidatesexportcommand.h"

#include "export/candidateexport.h"
#include "commands/candidateslistcommand.h"
#include "console.h"
#include "optionreader.h"
#include "commands/exportoptions.h"
#include "workspace.h"

namespace planner {

QStringList CandidatesExportCommand::words() const
{
    return {QStringLiteral("candidates"), QStringLiteral("export")};
}

QStringList CandidatesExportCommand::arguments() const
{
    return {QStringLiteral("FILE")};
}

QString CandidatesExportCommand::summary() const
{
    return tr("Write the candidate list, as filtered, to a CSV file");
}

QString CandidatesExportCommand::usage() const
{
    //: Synopsis of "candidates export". Keep the option names and the CSV header.
    return tr("Usage: %1 [--db FILE] candidates export FILE [--preset excel|plain|xlsx]\n"
              "         [--headers keys|titles]\n"
              "         [--kind KIND] [--tier TIER] [--platform PLATFORM] [--niche NICHE]\n"
              "         [--region CODE] [--search TEXT]\n"
              "  FILE      the CSV file to write, one row per channel, ordered by name:\n"
              "  %2\n"
              "  KIND      one of: %3\n"
              "  TIER      one of: %4\n"
              "  PLATFORM  one of: %5\n"
              "  TEXT      part of a name or handle; CODE a region such as VN (also VN-SG)\n")
               .arg(Console::programName(), CandidateExport::columns().join(QLatin1Char(',')),
                    allKindKeys().join(QLatin1String(", ")),
                    allTierKeys().join(QLatin1String(", ")),
                    allPlatformKeys().join(QLatin1String(", ")))
        + ExportOptions::presetUsage();
}

QStringList CandidatesExportCommand::options() const
{
    return QStringList{QStringLiteral("preset"), QStringLiteral("headers")}
        + CandidatesListCommand::filterOptions();
}

bool CandidatesExportCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_path = argumentValues(line).value(0);
    m_preset = ExportOptions::readPreset(reader);
    m_workbook = ExportOptions::readWorkbook(reader);
    m_filter = CandidatesListCommand::readFilter(reader);
    if (m_path.trimmed().isEmpty())
        reader.failArgument(arguments().first(), tr("a file name is needed"));
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CandidatesExportCommand::run(Workspace &workspace, Console &console)
{
    CandidateExport csv(workspace.candidates());
    Error error;
    WorkbookOptions options;
    options.sheetName = QStringLiteral("Candidates");
    options.localizedHeaders = m_preset.localizedHeaders;
    const bool written = m_workbook
        ? csv.exportWorkbook(m_path, m_filter, CandidateSort(), options, &error)
        : csv.exportTo(m_path, m_filter, CandidateSort(), m_preset, &error);
    if (!written) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << tr("Rows written: %1").arg(QLocale().toString(csv.rowsWritten()))
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
