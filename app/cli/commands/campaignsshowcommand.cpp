#include "commands/campaignsshowcommand.h"

#include "campaigntextformat.h"
#include "commandline.h"
#include "console.h"
#include "workspace.h"

namespace planner {

QStringList CampaignsShowCommand::words() const
{
    return {QStringLiteral("campaigns"), QStringLiteral("show")};
}

QStringList CampaignsShowCommand::arguments() const
{
    return {QStringLiteral("NAME")};
}

QString CampaignsShowCommand::summary() const
{
    return tr("Show a campaign, its shortlist and projected totals");
}

QString CampaignsShowCommand::usage() const
{
    // Synopsis of "campaigns show".
    return tr("Usage: %1 [--db FILE] campaigns show NAME\n"
              "  NAME  the campaign's name (or its id)\n")
        .arg(Console::programName());
}

QStringList CampaignsShowCommand::options() const
{
    return {};
}

bool CampaignsShowCommand::readOptions(const CommandLine &line, QString *)
{
    m_campaign = argumentValues(line).value(0);
    return true;
}

ExitCode CampaignsShowCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const auto shortlist = workspace.shortlist(arguments().first(), m_campaign, &message);
    if (!shortlist) {
        console.error(message);
        return ExitCode::UserError;
    }
    const Campaign *campaign = &shortlist->campaign;
    const QList<ShortlistEntry> &entries = shortlist->entries;
    const QHash<qint64, Candidate> &candidates = shortlist->candidates;
    const Projection projection = workspace.projection();
    const QList<ProjectedFigures> figures = projection.projectEntries(*campaign, entries, candidates);
    const CampaignTextFormat format;
    QTextStream &out = console.out();
    out << format.fields(*campaign) << QLatin1Char('\n');
    out << tr("Shortlist:") << QLatin1Char('\n');
    if (entries.isEmpty())
        out << QLatin1String("  ") << tr("(empty)") << QLatin1Char('\n');
    for (const ShortlistEntry &entry : entries) {
        const auto it = candidates.constFind(entry.candidateId);
        out << QLatin1String("  ")
            << format.entry(entry, it == candidates.constEnd() ? nullptr : &*it);
    }
    out << QLatin1Char('\n') << tr("Projected totals (declined entries left out):") << QLatin1Char('\n')
        << format.totals(Projection::totals(entries, figures, campaign->currency()),
                         campaign->currency());
    return ExitCode::Success;
}

} // namespace planner
