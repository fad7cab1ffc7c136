#include "commands/campaignslistcommand.h"

#include "campaigntextformat.h"
#include "console.h"
#include "text/displaynames.h"
#include "workspace.h"

#include <algorithm>

namespace planner {

QStringList CampaignsListCommand::words() const
{
    return {QStringLiteral("campaigns"), QStringLiteral("list")};
}

QString CampaignsListCommand::summary() const
{
    return tr("List the campaigns with goal, budget and shortlist size");
}

QString CampaignsListCommand::usage() const
{
    return tr("Usage: %1 [--db FILE] campaigns list\n").arg(Console::programName());
}

QStringList CampaignsListCommand::options() const
{
    return {};
}

bool CampaignsListCommand::readOptions(const CommandLine &, QString *)
{
    return true;
}

ExitCode CampaignsListCommand::run(Workspace &workspace, Console &console)
{
    Error error;
    const QList<Campaign> campaigns = workspace.campaigns().campaigns(&error);
    if (!error.isEmpty()) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    const QHash<qint64, int> entryCounts = workspace.campaigns().entryCounts();
    const CampaignTextFormat format;
    const QLocale locale;
    QList<QStringList> rows{{tr("Id"), tr("Name"), tr("Goal"), tr("Budget"), tr("Entries")}};
    for (const Campaign &campaign : campaigns) {
        rows << QStringList{QString::number(campaign.id), campaign.name.simplified(),
                            DisplayNames::goal(campaign.goal), format.money(campaign.budget),
                            locale.toString(entryCounts.value(campaign.id))};
    }
    // Few campaigns: measure every cell so the columns line up.
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    QTextStream &out = console.out();
    for (const QStringList &row : std::as_const(rows)) {
        // Ids, budgets and counts line up on their last digit.
        out << row.at(0).rightJustified(widths.at(0)) << QLatin1String("  ")
            << row.at(1).leftJustified(widths.at(1)) << QLatin1String("  ")
            << row.at(2).leftJustified(widths.at(2)) << QLatin1String("  ")
            << row.at(3).rightJustified(widths.at(3)) << QLatin1String("  ")
            << row.at(4).rightJustified(widths.at(4)) << QLatin1Char('\n');
    }
    return ExitCode::Success;
}

} // namespace planner
