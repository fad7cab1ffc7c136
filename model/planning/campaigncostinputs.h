#pragma once

#include "domain/campaign.h"
#include "domain/costfilterinputs.h"
#include "planning/projection.h"

namespace planner {

// The inputs of the CPM and CPE filters for one campaign: the tier defaults exactly as
// GoalRanking resolves them (so a filtered channel's CPM is the one its goal-fit
// projection shows), the tier bounds and the exchange rates of the projection.
class CampaignCostInputs
{
public:
    static CostFilterInputs of(const Campaign &campaign, const Projection &projection);
};

} // namespace planner
