#include "mediaplan.h"

#include "domain/languagematch.h"
#include "planning/planninginput.h"
#include "planning/shortlistsuggester.h"
#include "storage/campaignfile.h"
#include "storage/resultstore.h"

#include <algorithm>
#include <numeric>

namespace planner {

QMap<CandidateKind, int> MediaPlanSide::peopleByKind(const QHash<qint64, Candidate> &candidates) const
{
    QMap<CandidateKind, int> counts;
    QSet<qint64> seen;
    for (const ShortlistEntry &entry : entries) {
        if (!entry.counts() || seen.contains(entry.candidateId))
            continue;
        seen.insert(entry.candidateId);
        const auto it = candidates.constFind(entry.candidateId);
        if (it != candidates.constEnd())
            counts[it->kind] += 1;
    }
    return counts;
}

Goal MediaPlan::otherGoalOf(Goal goal)
{
    return goal == Goal::Awareness ? Goal::NicheTrust : Goal::Awareness;
}

namespace {

MediaPlanSide sideOf(Goal goal, QList<ShortlistEntry> entries, const Projection &projection,
                     const Campaign &campaign, const QHash<qint64, Candidate> &candidates)
{
    MediaPlanSide side;
    side.goal = goal;
    side.entries = std::move(entries);
    side.figures = projection.projectEntries(campaign, side.entries, candidates);
    side.totals = Projection::totals(side.entries, side.figures, campaign.currency());
    return side;
}

// Ranks the entries by goal fit, best first: an entry that misses the brief or has no
// known cost gets no rank (0).
QList<int> ranksOf(const QList<GoalScore> &scores, const QList<ShortlistEntry> &entries)
{
    QList<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    const auto ranked = [&](int i) {
        return entries.at(i).counts() && scores.at(i).matches() && scores.at(i).fit().has_value();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (ranked(a) != ranked(b))
            return ranked(a);
        return ranked(a) && *scores.at(a).fit() > *scores.at(b).fit();
    });
    QList<int> ranks(scores.size(), 0);
    int next = 1;
    for (const int i : std::as_const(order)) {
        if (ranked(i))
            ranks[i] = next++;
    }
    return ranks;
}

} // namespace

std::optional<MediaPlan> MediaPlan::read(const CampaignFile &file, const Campaign &campaign, Error *error)
{
    std::optional<ShortlistRequest> request = PlanningInput::shortlistRequest(file, campaign, error);
    if (!request)
        return std::nullopt;
    const Projection projection = PlanningInput::projection(file);
    MediaPlan plan;
    plan.campaign = campaign;
    plan.written = QDate::currentDate();
    for (const Candidate &candidate : std::as_const(request->candidates))
        plan.candidates.insert(candidate.id, candidate);
    plan.shortlist = sideOf(campaign.goal, request->entries, projection, campaign, plan.candidates);
    plan.brandFitWeight = projection.assumptions().brandFitWeight();
    for (int i = 0; i < plan.shortlist.entries.size(); ++i) {
        const Candidate candidate = plan.candidates.value(plan.shortlist.entries.at(i).candidateId);
        const auto fit = request->brandFits.constFind(candidate.id);
        if (fit != request->brandFits.constEnd())
            plan.brandFits.insert(candidate.id, *fit);
        // Ranked as the window ranks it: the brand fit rating and the language match weigh in.
        plan.scores << GoalScore::of(campaign, candidate, plan.shortlist.figures.at(i),
                                     projection.assumptions().kindWeight(candidate.kind),
                                     BrandFit::factor(fit != request->brandFits.constEnd() ? fit->rating : std::nullopt,
                                                      plan.brandFitWeight),
                                     LanguageMatch::factor(campaign, candidate, plan.shortlist.entries.at(i).platform,
                                                           LanguageMatch::weight(projection.assumptions())));
    }
    plan.ranks = ranksOf(plan.scores, plan.shortlist.entries);

    request->goal = otherGoalOf(campaign.goal);
    const ShortlistSuggestion suggestion = ShortlistSuggester(projection).suggest(*request);
    plan.otherGoal = sideOf(suggestion.goal, suggestion.entries, projection, campaign, plan.candidates);
    if (!suggestion.isSolved())
        plan.otherGoal.problem = suggestion.reason;
    plan.assumptions = projection.assumptions().all();
    const QList<DeliveryResult> results = file.results().resultsOfCampaign(campaign.id);
    if (!results.isEmpty())
        plan.delivered = DeliveredFigures::sum(results, projection, campaign.currency());
    plan.completedOn = file.results().completedOn(campaign.id);

    // Only the people the report names are kept: a file may hold a million candidates.
    QHash<qint64, Candidate> named;
    for (const MediaPlanSide *side : {&plan.shortlist, &plan.otherGoal}) {
        for (const ShortlistEntry &entry : side->entries)
            named.insert(entry.candidateId, plan.candidates.value(entry.candidateId));
    }
    plan.candidates = named;
    return plan;
}

} // namespace planner
