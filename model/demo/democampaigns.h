#pragma once

#include "domain/error.h"

namespace planner {

class CampaignStore;
class CandidateStore;

// Three demo campaigns over the demo candidates (a Vietnamese skincare launch for niche
// trust, a Jakarta food week and a Nowruz campaign for awareness), each with a shortlist
// in several states, so a first start shows every screen with something in it.
class DemoCampaigns
{
public:
    static bool add(CampaignStore &campaigns, const CandidateStore &candidates, Error *error = nullptr);
};

} // namespace planner
