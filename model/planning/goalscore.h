#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/projectedfigures.h"

namespace planner {

// What a candidate's projected figures are worth to a campaign's goal, and why. Both goals
// respect the whole brief: a candidate outside the target regions brings nothing to either.
// Awareness counts authentic unique reach, niche trust authentic engagements (engagements
// times authenticity) of candidates who also match the niches. The objective is that figure
// times the kind weight (an assumption, 1 by default) and the brand-fit factor (the
// marketer's rating through the brand_fit_weight assumption, BrandFit::factor; 1 when not
// rated) and the language factor (LanguageMatch::factor: 1 unless the channel posts only in
// other languages than the campaign's targets), exactly as the ranking, the suggester and the optimizer use it. Goal fit is the
// objective per unit of the campaign's currency.
class GoalScore
{
public:
    static GoalScore of(const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures, double kindWeight = 1.0,
                        double brandFactor = 1.0, double languageFactor = 1.0);
    static GoalScore of(Goal goal, const Campaign &campaign, const Candidate &candidate,
                        const ProjectedFigures &figures, double kindWeight = 1.0,
                        double brandFactor = 1.0, double languageFactor = 1.0);

    // A campaign without regions (niches) matches everyone. A country matches its
    // subdivisions both ways: a "VN" campaign takes a "VN-SG" candidate, and a nationwide
    // "VN" candidate counts for a "VN-SG" campaign. Codes compare case-insensitively.
    static bool regionsMatch(const QStringList &campaignRegions, const QStringList &candidateRegions);
    static bool nichesMatch(const QStringList &campaignNiches, const QStringList &candidateNiches);

    Goal goal() const { return m_goal; }
    double objective() const { return m_objective; } // weighted by the kind weight
    // The goal's own figure before the kind weight: real people reached (awareness) or
    // authentic engagements (niche trust); 0 when the candidate misses the brief.
    double goalFigure() const { return m_goalFigure; }
    double kindWeight() const { return m_kindWeight; }
    double brandFactor() const { return m_brandFactor; }
    // LanguageMatch::factor of the channel's languages against the campaign's targets.
    double languageFactor() const { return m_languageFactor; }
    double cost() const { return m_cost; } // major units of the campaign's currency
    // Objective per unit of cost; infinite for a free candidate that brings something,
    // empty when the cost is unknown (no exchange rate).
    std::optional<double> fit() const { return m_fit; }
    // Whether the candidate counts for the goal: in the target regions, and for niche trust
    // also in the target niches.
    bool matches() const { return m_matches; }
    bool regionMatches() const { return m_regionMatches; }
    bool nicheMatches() const { return m_nicheMatches; }
    // Whether the goal asks for the niche (niche trust) or only for the regions (awareness).
    static bool goalNeedsNiche(Goal goal) { return goal == Goal::NicheTrust; }
    const ProjectedFigures &figures() const { return m_figures; }

private:
    Goal m_goal = Goal::Awareness;
    double m_objective = 0.0;
    double m_goalFigure = 0.0;
    double m_kindWeight = 1.0;
    double m_brandFactor = 1.0;
    double m_languageFactor = 1.0;
    double m_cost = 0.0;
    std::optional<double> m_fit;
    bool m_matches = false;
    bool m_regionMatches = false;
    bool m_nicheMatches = false;
    ProjectedFigures m_figures;
};

} // namespace planner
