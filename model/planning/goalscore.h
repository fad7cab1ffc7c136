#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/projectedfigures.h"

namespace planner {

// What a candidate's projected figures are worth to a campaign's goal, and why: awareness
// counts authentic unique reach in the target regions, niche trust counts authentic
// engagements (engagements times authenticity) of niche-matched candidates. Goal fit is
// that objective per unit of the campaign's currency spent.
class GoalScore
{
public:
    static GoalScore of(const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures);
    static GoalScore of(Goal goal, const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures);

    // A campaign without regions (niches) matches everyone. A country matches its
    // subdivisions both ways: a "VN" campaign takes a "VN-SG" candidate, and a nationwide
    // "VN" candidate counts for a "VN-SG" campaign. Codes compare case-insensitively.
    static bool regionsMatch(const QStringList &campaignRegions, const QStringList &candidateRegions);
    static bool nichesMatch(const QStringList &campaignNiches, const QStringList &candidateNiches);

    Goal goal() const { return m_goal; }
    double objective() const { return m_objective; }
    double cost() const { return m_cost; } // major units of the campaign's currency
    // Objective per unit of cost; infinite for a free candidate that brings something,
    // empty when the cost is unknown (no exchange rate).
    std::optional<double> fit() const { return m_fit; }
    bool matches() const { return m_matches; } // region (awareness) or niche (niche trust)
    const ProjectedFigures &figures() const { return m_figures; }

private:
    Goal m_goal = Goal::Awareness;
    double m_objective = 0.0;
    double m_cost = 0.0;
    std::optional<double> m_fit;
    bool m_matches = false;
    ProjectedFigures m_figures;
};

} // namespace planner
