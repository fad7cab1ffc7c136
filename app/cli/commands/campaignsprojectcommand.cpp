#include "commands/campaignsprojectcommand.h"

#include "console.h"
#include "csv/csvpreset.h"
#include "optionreader.h"
#include "export/shortlistexport.h"
#include "workspace.h"

namespace planner {

QStringList CampaignsProjectCommand::words() const
{
    return {QStringLiteral("campaigns"), QStringLiteral("project")};
}

QStringList CampaignsProjectCommand::arguments() const
{
    return {QStringLiteral("NAME")};
}

QString CampaignsProjectCommand::summary() const
{
    return tr("Write the projected figures of a shortlist as CSV");
}

QString CampaignsProjectCommand::usage() const
{
    // Synopsis of "campaigns project".
    return tr("Usage: %1 [--db FILE] campaigns project NAME [--format csv]\n"
              "  One row per shortlist entry, amounts in the campaign's currency:\n"
              "  %2")
        .arg(Console::programName(),
             ShortlistExport::columns().join(QLatin1Char(',')) + QLatin1Char('\n'));
}

QStringList CampaignsProjectCommand::options() const
{
    return {QStringLiteral("format")};
}

bool CampaignsProjectCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_campaign = argumentValues(line).value(0);
    // CSV is the only format so far; the option keeps scripts explicit about what they read.
    reader.choice(QStringLiteral("format"), {QStringLiteral("csv")});
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CampaignsProjectCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const auto shortlist = workspace.shortlist(arguments().first(), m_campaign, &message);
    if (!shortlist) {
        console.error(message);
        return ExitCode::UserError;
    }
    // The rows and columns of "shortlist export", for a pipe: plain preset.
    const ShortlistExport csv(shortlist->campaign, shortlist->entries, shortlist->candidates,
                              workspace.projection());
    if (!csv.write(&console.outDevice(), CsvPreset::plain())) {
        console.error(tr("The projection could not be written."));
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

} // namespace planner
