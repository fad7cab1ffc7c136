#include "planning/shortlistsuggester.h"

#include "domain/languagematch.h"
#include "planning/goalranking.h"
#include "planning/goalscore.h"

#include <QHash>

namespace planner {

namespace {

// The optimizer's problem with, for each option and plan, the entries choosing it adds.
struct Problem
{
    QList<OptimizerOption> options;
    QList<QList<QList<ShortlistEntry>>> additions; // [option][plan]
    QList<ShortlistEntry> kept;                    // locked and declined entries, as they are
    int unpriced = 0;
    int unprojected = 0;
    QString fault;
};

ShortlistEntry prospect(qint64 campaignId, qint64 candidateId, Platform platform)
{
    ShortlistEntry entry;
    entry.campaignId = campaignId;
    entry.candidateId = candidateId;
    entry.platform = platform;
    entry.format = GoalRanking::naturalFormat(platform);
    return entry;
}

// Prices and scores entries for one request: cost in the campaign's minor units (empty when
// no exchange rate converts the fee), value the goal's objective times the kind weight.
class Pricer
{
public:
    struct Priced
    {
        std::optional<qint64> cost;
        double value = 0.0;
        bool projected = true; // false: followers and views unknown, its value is unknown
    };

    Pricer(const Projection &projection, const Campaign &campaign, Goal goal,
           const QHash<qint64, BrandFit> &brandFits)
        : m_projection(projection), m_campaign(campaign), m_goal(goal), m_brandFits(brandFits)
        , m_languageWeight(LanguageMatch::weight(projection.assumptions()))
    {
    }

    Priced price(const Candidate &candidate, const ShortlistEntry &entry) const
    {
        const ProjectedFigures figures = m_projection.project(candidate, entry, m_campaign.currency());
        const double weight = m_projection.table().kindWeight(candidate.kind);
        const double brand = BrandFit::factor(m_brandFits.value(candidate.id).rating,
                                              m_projection.table().brandFitWeight());
        const double language = LanguageMatch::factor(m_campaign, candidate, entry.platform, m_languageWeight);
        const GoalScore score = GoalScore::of(m_goal, m_campaign, candidate, figures, weight, brand, language);
        Priced priced;
        priced.value = score.objective(); // the kind weight and brand fit included, as in the ranking
        if (figures.cost)
            priced.cost = figures.cost->minorUnits();
        priced.projected = !figures.restsOn(ProjectedFigures::NotProjected);
        return priced;
    }

    // The entries as they stand; declined ones bring nothing. An unknown cost counts as
    // none, as in the campaign's totals, while what the entry brings still counts.
    OptimizerPlan total(const Candidate &candidate, const QList<ShortlistEntry> &entries) const
    {
        OptimizerPlan sum;
        for (const ShortlistEntry &entry : entries) {
            if (!entry.counts())
                continue;
            const Priced priced = price(candidate, entry);
            sum.cost += priced.cost.value_or(0);
            sum.value += priced.value;
        }
        return sum;
    }

private:
    const Projection &m_projection;
    const Campaign &m_campaign;
    Goal m_goal;
    const QHash<qint64, BrandFit> &m_brandFits;
    double m_languageWeight;
};

// Whether brand fit keeps an unlocked candidate out: a competitor conflict, or a rating
// under the minimum asked (no rating counts as under it).
bool brandFitExcludes(const ShortlistRequest &request, qint64 candidateId)
{
    const BrandFit fit = request.brandFits.value(candidateId);
    if (fit.hasCompetitorConflict())
        return true;
    return request.minimumBrandFit && (!fit.rating || *fit.rating < *request.minimumBrandFit);
}

// One plan per platform the candidate is on (the first channel there, as entries mean it).
// A plan worth nothing is left out, unless a minimum count asks for the candidate's kind:
// then even a candidate who adds nothing may be needed to reach it.
void addFreeOption(const Pricer &pricer, const Candidate &candidate, const ShortlistRequest &request,
                   Problem *problem)
{
    const qint64 campaignId = request.campaign.id;
    const bool keepWorthless = request.minimumPerKind.value(candidate.kind) > 0;
    OptimizerOption option;
    option.candidateId = candidate.id;
    option.kind = candidate.kind;
    QList<QList<ShortlistEntry>> additions;
    QList<Platform> seen;
    bool unpriced = false;
    bool unprojected = false;
    for (const Channel &channel : candidate.channels) {
        if (seen.contains(channel.platform))
            continue;
        seen << channel.platform;
        const ShortlistEntry entry = prospect(campaignId, candidate.id, channel.platform);
        const Pricer::Priced priced = pricer.price(candidate, entry);
        // What a channel of unknown followers and views brings is unknown, not nothing: left
        // out and counted, never offered as worth 0.
        if (!priced.projected) {
            unprojected = true;
            continue;
        }
        unpriced = unpriced || !priced.cost;
        if (priced.cost && (priced.value > 0.0 || keepWorthless)) {
            option.plans << OptimizerPlan{*priced.cost, priced.value};
            additions << QList<ShortlistEntry>{entry};
        }
    }
    problem->unpriced += unpriced ? 1 : 0;
    problem->unprojected += unprojected ? 1 : 0;
    if (option.plans.isEmpty())
        return;
    problem->options << option;
    problem->additions << additions;
}

void addLockedOption(const Pricer &pricer, const Candidate &candidate, qint64 campaignId,
                     const QList<ShortlistEntry> &entries, bool excluded, Problem *problem)
{
    OptimizerOption option;
    option.candidateId = candidate.id;
    option.kind = candidate.kind;
    option.locked = true;
    option.excluded = excluded; // the optimizer names the contradiction
    QList<ShortlistEntry> added;
    if (entries.isEmpty()) {
        // Locked but not on the shortlist yet: it joins as "add to shortlist" would add it.
        if (const auto entry = ShortlistSuggester::defaultEntry(candidate, campaignId))
            added << *entry;
    }
    option.plans << pricer.total(candidate, entries.isEmpty() ? added : entries);
    problem->options << option;
    problem->additions << QList<QList<ShortlistEntry>>{added};
}

Problem buildProblem(const Pricer &pricer, const ShortlistRequest &request)
{
    Problem problem;
    QSet<qint64> locked = request.lockedIds;
    QSet<qint64> declined;
    QHash<qint64, QList<ShortlistEntry>> lockedEntries;
    for (const ShortlistEntry &entry : request.entries) {
        if (entry.locked)
            locked.insert(entry.candidateId);
    }
    for (const ShortlistEntry &entry : request.entries) {
        if (locked.contains(entry.candidateId)) {
            lockedEntries[entry.candidateId] << entry;
            problem.kept << entry;
        } else if (entry.status == EntryStatus::Declined) {
            declined.insert(entry.candidateId);
            problem.kept << entry;
        }
    }
    const qint64 campaignId = request.campaign.id;
    QSet<qint64> lockedFound;
    for (const Candidate &candidate : request.candidates) {
        const bool excluded = request.excludedIds.contains(candidate.id);
        if (locked.contains(candidate.id)) {
            lockedFound.insert(candidate.id);
            addLockedOption(pricer, candidate, campaignId, lockedEntries.value(candidate.id),
                            excluded, &problem);
        } else if (!excluded && !declined.contains(candidate.id) && !brandFitExcludes(request, candidate.id)) {
            addFreeOption(pricer, candidate, request, &problem);
        }
    }
    for (const qint64 id : std::as_const(locked)) {
        if (!lockedFound.contains(id)) {
            problem.fault = ShortlistSuggester::tr("Candidate %1 cannot be kept on the shortlist: "
                                                   "there is no such candidate.").arg(id);
            break;
        }
    }
    return problem;
}

CampaignTotals totalsOf(const Projection &projection, const Campaign &campaign,
                        const QList<ShortlistEntry> &entries, const QList<Candidate> &candidates)
{
    QSet<qint64> wanted;
    for (const ShortlistEntry &entry : entries)
        wanted.insert(entry.candidateId);
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : candidates) {
        if (wanted.contains(candidate.id))
            byId.insert(candidate.id, candidate);
    }
    const QList<ProjectedFigures> figures = projection.projectEntries(campaign, entries, byId);
    return Projection::totals(entries, figures, campaign.currency());
}

} // namespace

ShortlistSuggester::ShortlistSuggester(Projection projection)
    : m_projection(std::move(projection))
{
}

std::optional<ShortlistEntry> ShortlistSuggester::defaultEntry(const Candidate &candidate,
                                                               qint64 campaignId)
{
    if (candidate.channels.isEmpty())
        return std::nullopt;
    return prospect(campaignId, candidate.id, candidate.channels.first().platform);
}

ShortlistSuggestion ShortlistSuggester::suggest(const ShortlistRequest &request) const
{
    ShortlistSuggestion suggestion;
    suggestion.goal = request.goal.value_or(request.campaign.goal);
    const Pricer pricer(m_projection, request.campaign, suggestion.goal, request.brandFits);
    const Problem problem = buildProblem(pricer, request);
    suggestion.unpriced = problem.unpriced;
    suggestion.unprojected = problem.unprojected;
    suggestion.entries = request.entries;
    if (!problem.fault.isEmpty()) {
        suggestion.result.status = OptimizerStatus::Infeasible;
        suggestion.result.problem = OptimizerProblem::InvalidInput;
        suggestion.result.reason = problem.fault;
    } else {
        OptimizerConstraints constraints;
        constraints.budget = request.campaign.budget.minorUnits();
        constraints.maxShare = request.maxShare;
        constraints.minimumPerKind = request.minimumPerKind;
        BudgetOptimizer optimizer(problem.options, constraints);
        optimizer.setProgress(m_progress);
        optimizer.setExactLimit(m_exactLimit);
        suggestion.result = optimizer.run();
    }
    if (suggestion.result.status == OptimizerStatus::Cancelled) {
        suggestion.reason = tr("The suggestion was cancelled; the shortlist stays as it was.");
    } else if (!suggestion.isSolved()) {
        suggestion.reason = suggestion.result.reason;
    } else {
        QHash<qint64, int> optionOf;
        for (int o = 0; o < problem.options.size(); ++o)
            optionOf.insert(problem.options.at(o).candidateId, o);
        suggestion.entries = problem.kept;
        for (const OptimizerChoice &choice : std::as_const(suggestion.result.chosen))
            suggestion.entries += problem.additions.at(optionOf.value(choice.candidateId))
                                      .at(choice.planIndex);
    }
    suggestion.totals = totalsOf(m_projection, request.campaign, suggestion.entries,
                                 request.candidates);
    return suggestion;
}

} // namespace planner
