#include "storage/filteredorder.h"

#include "storage/filterpreparer.h"
#include "storage/rangematcher.h"

namespace planner {

std::optional<FilteredOrder> FilteredOrder::walk(const CandidateOrder &order, bool descending,
                                                 const PreparedFilter &prepared,
                                                 const std::function<bool()> &cancelled, qsizetype keep)
{
    const RangeFilter &ranges = prepared.filter.ranges;
    // The ranges in memory only where the figures cover them and every channel of the order
    // (as CandidateStore::rows tests them); otherwise the cursor leaves them to SQL.
    std::optional<RangeMatcher> matcher;
    if (prepared.figures && !ranges.isEmpty() && RangeMatcher::covers(*prepared.figures, ranges)
        && prepared.figures->largestChannel() >= order.largestChannel())
        matcher.emplace(ranges, prepared.figures);
    const SearchMatches *matches = prepared.matches.get();
    if (!matcher && !matches)
        return std::nullopt;
    FilteredOrder filtered;
    qsizetype place = 0;
    for (; place < order.size() && qsizetype(filtered.m_places.size()) < keep; ++place) {
        if ((place & 0xffff) == 0 && cancelled && cancelled())
            return std::nullopt;
        if (matches && !matches->contains(order.candidateAt(place, descending)))
            continue;
        if (matcher && !matcher->passes(order.channelAt(place, descending)))
            continue;
        filtered.m_places.push_back(place);
    }
    filtered.m_walkedTo = place;
    return filtered;
}

} // namespace planner
