#pragma once

#include "domain/money.h"
#include "domain/platform.h"

#include <QStringList>
#include <optional>

namespace planner {

// One place where a candidate reaches people, with the figures the marketer knows about it.
// A missing figure stays empty so that projections can fall back to the tier's default.
struct Channel
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    // For TV, radio and print: the audience per appearance. Empty when unknown (an imported
    // list without the count): such a channel has no tier and no projected reach of its own.
    std::optional<qint64> followers;
    std::optional<double> engagementRatePct;
    std::optional<qint64> avgViews;
    std::optional<Money> fee; // per deliverable
    std::optional<double> authenticityPct; // share of real followers
    // The languages it posts in: ISO 639 codes, lowercase ("vi", "fa"); empty when unknown.
    QStringList languages;

    bool operator==(const Channel &other) const;
    bool operator!=(const Channel &other) const { return !(*this == other); }
};

} // namespace planner
