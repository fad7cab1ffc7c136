#include "domain/costfilterinputs.h"

namespace planner {

bool CostFilterInputs::TierDefaults::operator==(const TierDefaults &other) const
{
    return reachRate == other.reachRate && engagementRatePct == other.engagementRatePct
        && authenticityPct == other.authenticityPct && feeCost == other.feeCost;
}

bool CostFilterInputs::Conversion::operator==(const Conversion &other) const
{
    return currency == other.currency && to == other.to && from == other.from && shift == other.shift;
}

bool CostFilterInputs::operator==(const CostFilterInputs &other) const
{
    return currency == other.currency && minorScale == other.minorScale
        && lowerBounds == other.lowerBounds && defaults == other.defaults
        && conversions == other.conversions;
}

} // namespace planner
