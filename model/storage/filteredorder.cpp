#include "storage/filteredorder.h"

#include "storage/filterpreparer.h"
#include "storage/rangematcher.h"

namespace planner {

std::optional<CandidateOrder> FilteredOrder::walk(const CandidateOrder &order, bool descending,
                                                  const PreparedFilter &prepared,
                                                  const std::function<bool()> &cancelled)
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
    std::vector<qint64> channels;
    std::vector<qint64> candidates;
    for (qsizetype place = 0; place < order.size(); ++place) {
        if ((place & 0xffff) == 0 && cancelled && cancelled())
            return std::nullopt;
        const qint64 candidate = order.candidateAt(place, descending);
        if (matches && !matches->contains(candidate))
            continue;
        const qint64 channel = order.channelAt(place, descending);
        if (matcher && !matcher->passes(channel))
            continue;
        channels.push_back(channel);
        candidates.push_back(candidate);
    }
    return CandidateOrder::subset(order, std::move(channels), std::move(candidates));
}

} // namespace planner
