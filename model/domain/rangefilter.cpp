#include "domain/rangefilter.h"

namespace planner {

int RangeFilter::activeCount() const
{
    return int(followers.isSet()) + int(engagementPct.isSet()) + int(avgViews.isSet())
        + int(authenticityPct.isSet()) + int(feeMinor.isSet()) + int(!languages.isEmpty()) + int(cpm.isSet())
        + int(cpe.isSet());
}

void RangeFilter::setFee(const std::optional<Money> &min, const std::optional<Money> &max)
{
    feeMinor.min.reset();
    feeMinor.max.reset();
    if (min) {
        feeCurrency = min->currency();
        feeMinor.min = min->minorUnits();
    }
    if (max) {
        feeCurrency = max->currency();
        feeMinor.max = max->minorUnits();
    }
}

bool RangeFilter::operator==(const RangeFilter &other) const
{
    return followers == other.followers && engagementPct == other.engagementPct
        && avgViews == other.avgViews && authenticityPct == other.authenticityPct
        && feeMinor == other.feeMinor && feeCurrency == other.feeCurrency && rates == other.rates
        && languages == other.languages && cpm == other.cpm && cpe == other.cpe && costInputs == other.costInputs;
}

} // namespace planner
