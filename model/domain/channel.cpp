#include "domain/channel.h"

namespace planner {

bool Channel::operator==(const Channel &other) const
{
    return id == other.id && platform == other.platform && handle == other.handle
        && followers == other.followers && engagementRatePct == other.engagementRatePct
        && avgViews == other.avgViews && fee == other.fee
        && authenticityPct == other.authenticityPct && languages == other.languages;
}

} // namespace planner
