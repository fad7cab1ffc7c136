#pragma once

#include "planning/projectedfigures.h"

namespace planner {

// The sum of a campaign's shortlist, declined entries left out.
struct CampaignTotals
{
    int entries = 0; // the entries counted
    int notProjected = 0; // counted entries left out of reach and engagement (NotProjected)
    double uniqueReach = 0.0; // summed per entry: a person reached by two candidates counts twice
    double impressions = 0.0;
    double engagements = 0.0;
    Money cost;               // in the campaign's currency; entries of unknown cost are left out
    std::optional<double> cpm;
    std::optional<double> cpe;
    double emv = 0.0;
    ProjectedFigures::Defaults defaults; // every default any counted entry rests on
};

} // namespace planner
