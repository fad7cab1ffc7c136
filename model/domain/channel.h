#pragma once

#include "domain/money.h"
#include "domain/platform.h"

#include <optional>

namespace planner {

// One place where a candidate reaches people, with the figures the marketer knows about it.
// A missing figure stays empty so that projections can fall back to the tier's default.
struct Channel
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    qint64 followers = 0; // for TV, radio and print: the audience per appearance
    std::optional<double> engagementRatePct;
    std::optional<qint64> avgViews;
    std::optional<Money> fee; // per deliverable
    std::optional<double> authenticityPct; // share of real followers

    bool operator==(const Channel &other) const;
    bool operator!=(const Channel &other) const { return !(*this == other); }
};

} // namespace planner
