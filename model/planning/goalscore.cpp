#include "planning/goalscore.h"

#include <limits>

namespace planner {

namespace {

bool regionCovers(const QString &a, const QString &b)
{
    const QString x = a.trimmed().toUpper();
    const QString y = b.trimmed().toUpper();
    if (x.isEmpty() || y.isEmpty())
        return false;
    return x == y || y.startsWith(x + QLatin1Char('-')) || x.startsWith(y + QLatin1Char('-'));
}

} // namespace

bool GoalScore::regionsMatch(const QStringList &campaignRegions, const QStringList &candidateRegions)
{
    if (campaignRegions.isEmpty())
        return true;
    for (const QString &target : campaignRegions) {
        for (const QString &region : candidateRegions) {
            if (regionCovers(target, region))
                return true;
        }
    }
    return false;
}

bool GoalScore::nichesMatch(const QStringList &campaignNiches, const QStringList &candidateNiches)
{
    if (campaignNiches.isEmpty())
        return true;
    for (const QString &niche : candidateNiches) {
        if (campaignNiches.contains(niche.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

GoalScore GoalScore::of(const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures, double kindWeight, double brandFactor,
                        double languageFactor)
{
    return of(campaign.goal, campaign, candidate, figures, kindWeight, brandFactor, languageFactor);
}

GoalScore GoalScore::of(Goal goal, const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures, double kindWeight, double brandFactor,
                        double languageFactor)
{
    GoalScore score;
    score.m_goal = goal;
    score.m_figures = figures;
    score.m_cost = figures.costValue();
    score.m_kindWeight = kindWeight;
    score.m_brandFactor = brandFactor;
    score.m_languageFactor = languageFactor;
    score.m_regionMatches = regionsMatch(campaign.regions, candidate.regions);
    score.m_nicheMatches = nichesMatch(campaign.niches, candidate.niches);
    score.m_matches = score.m_regionMatches && (!goalNeedsNiche(goal) || score.m_nicheMatches);
    if (score.m_matches) {
        // Unique reach already counts real followers only (A * F * ...).
        score.m_goalFigure = goal == Goal::Awareness ? figures.uniqueReach
                                                     : figures.engagements * figures.authenticity;
        // One weight, as GoalRanking multiplies it: the same bits with or without a rating.
        score.m_objective = score.m_goalFigure * (kindWeight * brandFactor * languageFactor);
    }
    // Nothing projected is no fit at all, never a fit of 0.
    if (figures.cost && !figures.restsOn(ProjectedFigures::NotProjected)) {
        if (score.m_cost > 0.0)
            score.m_fit = score.m_objective / score.m_cost;
        else
            score.m_fit = score.m_objective > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return score;
}

} // namespace planner
