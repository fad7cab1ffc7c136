#pragma once

#include "domain/platform.h"
#include "domain/tier.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace planner {

// What a filter needs to project every channel's CPM and CPE for one campaign without
// loading the channels: the tier bounds, each platform's tier defaults, and how a fee in
// each currency turns into the campaign's. The figures are those of the goal-fit column
// (one deliverable in the platform's natural format, GoalRanking); CampaignCostInputs
// (planning) fills them from a campaign and its projection, CostFilterSql turns them into SQL.
struct CostFilterInputs
{
    static constexpr int tierCount = int(Tier::Mega) + 1;
    static constexpr int platformCount = int(Platform::Print) + 1;

    struct TierDefaults
    {
        double reachRate = 0.0; // 0..1, for the platform's natural format
        double engagementRatePct = 0.0;
        double authenticityPct = 0.0;
        // One deliverable at the tier's default fee, in major units of the campaign's
        // currency; empty when the default fee's currency has no rate.
        std::optional<double> feeCost;
        bool operator==(const TierDefaults &other) const;
    };
    // A fee of `minor` units of currency costs round(minor * to / from * shift) minor units of
    // the campaign's currency (ExchangeRates::convert).
    struct Conversion
    {
        QString currency;
        double to = 1.0;
        double from = 1.0;
        double shift = 1.0;
        bool operator==(const Conversion &other) const;
    };

    QString currency;        // the campaign's, upper case
    double minorScale = 1.0; // minor units per major unit of it
    std::array<qint64, tierCount> lowerBounds{};
    std::array<std::array<TierDefaults, tierCount>, platformCount> defaults{};
    QList<Conversion> conversions; // every other currency with a rate, when the campaign's has one

    bool operator==(const CostFilterInputs &other) const;
    bool operator!=(const CostFilterInputs &other) const { return !(*this == other); }
};

} // namespace planner
