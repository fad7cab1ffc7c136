#pragma once

#include "domain/candidatekind.h"
#include "domain/platform.h"
#include "domain/rangefilter.h"
#include "domain/tier.h"

#include <QString>
#include <optional>

namespace planner {

// What the marketer narrows the candidate list to; empty members do not filter.
struct CandidateFilter
{
    QString search; // part of a name or handle
    std::optional<CandidateKind> kind;
    std::optional<Tier> tier;
    std::optional<Platform> platform;
    QString niche;  // one niche key
    QString region; // a country code also matches its subdivisions ("VN" matches "VN-SG")
    RangeFilter ranges;

    bool operator==(const CandidateFilter &other) const
    {
        return search == other.search && kind == other.kind && tier == other.tier
            && platform == other.platform && niche == other.niche && region == other.region
            && ranges == other.ranges;
    }
    bool operator!=(const CandidateFilter &other) const { return !(*this == other); }
};

// The columns a candidate list can be ordered by; each has an index behind it. GoalFit walks
// the goal-fit order of the connection (CandidateStore::rankByGoal fills it first); descending
// is the ranking's own order, best first.
enum class CandidateSortKey {
    Name, Kind, Tier, Platform, Handle, Followers, EngagementRate, AvgViews, Fee, Authenticity,
    Niches, Regions, GoalFit
};

struct CandidateSort
{
    CandidateSortKey key = CandidateSortKey::Name;
    bool descending = false;
};

} // namespace planner
