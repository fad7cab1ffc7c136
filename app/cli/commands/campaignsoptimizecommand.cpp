#include "commands/campaignsoptimizecommand.h"

#include "campaigntextformat.h"
#include "planning/planninginput.h"
#include "console.h"
#include "storage/database.h"
#include "text/displaynames.h"
#include "optionreader.h"
#include "planning/shortlistsuggester.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

namespace {

const QString lockOption = QStringLiteral("lock");
const QString excludeOption = QStringLiteral("exclude");
const QString maxShareOption = QStringLiteral("max-share");
const QString minKindOption = QStringLiteral("min-kind");

} // namespace

QStringList CampaignsOptimizeCommand::words() const
{
    return {QStringLiteral("campaigns"), QStringLiteral("optimize")};
}

QStringList CampaignsOptimizeCommand::arguments() const
{
    return {QStringLiteral("NAME")};
}

QString CampaignsOptimizeCommand::summary() const
{
    return tr("Suggest the shortlist that brings the most within the budget");
}

QString CampaignsOptimizeCommand::usage() const
{
    // Synopsis of "campaigns optimize".
    return tr("Usage: %1 [--db FILE] campaigns optimize NAME [--lock ID]... [--exclude ID]...\n"
              "         [--max-share PCT] [--min-kind KIND=N]...\n"
              "  Replaces the unlocked entries of the shortlist with the candidates that bring\n"
              "  the most for the campaign's goal within its budget, one deliverable each.\n"
              "  Locked and declined entries stay.\n"
              "  ID    a candidate id; --lock keeps the candidate's entries (or adds the\n"
              "        candidate), --exclude leaves the candidate out\n"
              "  PCT   the largest share of the budget one unlocked candidate may take: 30 means 30%\n"
              "  KIND  one of: %2; N the least number of that kind\n")
        .arg(Console::programName(), allKindKeys().join(QLatin1String(", ")));
}

QStringList CampaignsOptimizeCommand::options() const
{
    return {lockOption, excludeOption, maxShareOption, minKindOption};
}

QStringList CampaignsOptimizeCommand::repeatableOptions() const
{
    return {lockOption, excludeOption, minKindOption};
}

bool CampaignsOptimizeCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_campaign = argumentValues(line).value(0);
    m_locked = reader.ids(lockOption);
    m_excluded = reader.ids(excludeOption);
    m_maxShare.reset();
    if (const auto percent = reader.percent(maxShareOption)) {
        if (*percent <= 0.0 || *percent > 100.0)
            reader.fail(maxShareOption, tr("must be above 0 and at most 100"));
        m_maxShare = *percent / 100.0;
    }
    m_minimumPerKind = reader.kindCounts(minKindOption);
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CampaignsOptimizeCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign = workspace.campaign(arguments().first(), m_campaign, &message);
    if (!campaign) {
        console.error(message);
        return ExitCode::UserError;
    }
    Error error;
    ShortlistRequest request =
        PlanningInput::shortlistRequest(workspace.file(), *campaign, &error).value_or(ShortlistRequest());
    request.maxShare = m_maxShare;
    request.minimumPerKind = m_minimumPerKind;
    QSet<qint64> known;
    for (const Candidate &candidate : std::as_const(request.candidates))
        known.insert(candidate.id);
    for (const auto &[option, ids] : {std::pair{lockOption, m_locked}, std::pair{excludeOption, m_excluded}}) {
        for (const qint64 id : ids) {
            if (!known.contains(id) && error.isEmpty())
                error.message = tr("--%1: there is no candidate with the id %2").arg(option).arg(id);
        }
    }
    if (!error.isEmpty()) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    request.lockedIds = QSet<qint64>(m_locked.cbegin(), m_locked.cend());
    request.excludedIds = QSet<qint64>(m_excluded.cbegin(), m_excluded.cend());
    const ShortlistSuggestion suggestion = ShortlistSuggester(workspace.projection()).suggest(request);
    if (!suggestion.isSolved()) {
        console.error(tr("No shortlist was suggested: %1").arg(suggestion.reason));
        return ExitCode::UserError;
    }
    if (!workspace.campaigns().replaceUnlocked(campaign->id, suggestion.entries, &error)) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    print(workspace, console, *campaign, suggestion);
    return ExitCode::Success;
}

void CampaignsOptimizeCommand::print(Workspace &workspace, Console &console,
                                     const Campaign &campaign,
                                     const ShortlistSuggestion &suggestion) const
{
    const CampaignTextFormat format;
    const QLocale locale;
    const QList<ShortlistEntry> entries = workspace.campaigns().entries(campaign.id);
    const QHash<qint64, Candidate> candidates = workspace.candidatesOf(entries);
    QTextStream &out = console.out();
    out << tr("Suggested shortlist for “%1” (%2, budget %3):")
               .arg(campaign.name, DisplayNames::goal(suggestion.goal), format.money(campaign.budget))
        << QLatin1Char('\n');
    for (const ShortlistEntry &entry : entries) {
        const auto it = candidates.constFind(entry.candidateId);
        out << QLatin1String("  ") << format.entry(entry, it == candidates.constEnd() ? nullptr : &*it);
    }
    out << QLatin1Char('\n') << format.totals(suggestion.totals, campaign.currency());
    if (suggestion.result.provenOptimal) {
        out << tr("Proven optimal: no shortlist within these limits brings more.") << QLatin1Char('\n');
    } else {
        out << tr("Not proven optimal: at most %1% below the best possible.")
                   .arg(locale.toString(suggestion.result.gap() * 100.0, 'f', 2))
            << QLatin1Char('\n');
    }
    if (suggestion.unpriced > 0) {
        out << tr("Candidates with a channel left out for want of an exchange rate: %1")
                   .arg(locale.toString(suggestion.unpriced))
            << QLatin1Char('\n');
    }
}

} // namespace planner
