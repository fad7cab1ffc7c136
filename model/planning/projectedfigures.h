#pragma once

#include "domain/money.h"
#include "domain/tier.h"

#include <QFlags>
#include <optional>

namespace planner {

// What one shortlist entry (a channel, a format, n deliverables) is projected to bring,
// in the campaign's currency, and which inputs were the tier's defaults rather than the
// candidate's own data.
struct ProjectedFigures
{
    enum Default {
        NoDefault = 0x0,
        ReachRate = 0x1,      // the assumed reach rate, since average views are unknown
        EngagementRate = 0x2,
        Fee = 0x4,
        Authenticity = 0x8,
        NoChannel = 0x10,     // the candidate has no channel on the entry's platform any more
        NoExchangeRate = 0x20, // the fee's currency has no rate: cost unknown
        NoFollowers = 0x40,   // the follower count is unknown: no tier, no tier defaults
        NotProjected = 0x80   // followers and average views unknown: reach and engagement not projected
    };
    Q_DECLARE_FLAGS(Defaults, Default)

    Tier tier = Tier::Nano; // meaningless when NoFollowers
    double reachRate = 0.0; // r per deliverable
    double authenticity = 0.0; // A, as a share
    double uniqueReach = 0.0;  // real people reached at least once
    double impressions = 0.0;
    double engagements = 0.0;
    std::optional<Money> cost; // n times the fee, in the campaign's currency
    std::optional<double> cpm; // in major units of the campaign's currency
    std::optional<double> cpe;
    std::optional<double> emv;
    Defaults defaults;

    bool restsOn(Default input) const { return defaults.testFlag(input); }
    double costValue() const { return cost ? cost->toDouble() : 0.0; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProjectedFigures::Defaults)

} // namespace planner
