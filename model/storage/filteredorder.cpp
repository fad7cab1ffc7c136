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
    FilteredOrder filtered;
    const SearchMatches *matches = prepared.matches.get();
    if (prepared.figures && !ranges.isEmpty() && RangeMatcher::covers(*prepared.figures, ranges)
        && prepared.figures->largestChannel() >= order.largestChannel()) {
        // The search is in the bits too.
        auto passing = PassingChannels::test(*prepared.figures, RangeMatcher(ranges, prepared.figures), matches,
                                             cancelled);
        if (!passing)
            return std::nullopt;
        filtered.m_passing = std::make_shared<const PassingChannels>(std::move(*passing));
        matches = nullptr;
    }
    const PassingChannels *passing = filtered.m_passing.get();
    if (!passing && !matches)
        return std::nullopt;
    qsizetype place = 0;
    for (; place < order.size() && qsizetype(filtered.m_places.size()) < keep; ++place) {
        if ((place & 0xffff) == 0 && cancelled && cancelled())
            return std::nullopt;
        if (matches && !matches->contains(order.candidateAt(place, descending)))
            continue;
        if (passing && !passing->passes(order.channelAt(place, descending)))
            continue;
        filtered.m_places.push_back(place);
    }
    filtered.m_walkedTo = place;
    return filtered;
}

} // namespace planner
