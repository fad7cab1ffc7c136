#include "storage/filteredorder.h"

#include "storage/filterpreparer.h"
#include "storage/rangematcher.h"

namespace planner {

namespace {

// Places walked per place to keep, testing each channel's figures directly, before the
// ranges are tested once per channel into bits (PassingChannels): a filter most channels
// pass has its pages before that (a test of every channel costs more than its first pages).
constexpr qsizetype directPerKept = 4;

} // namespace

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
    // Walks on to end, keeping the places the search found and passes() lets through.
    const auto walkTo = [&](qsizetype end, const auto &passes) {
        for (; place < end && qsizetype(filtered.m_places.size()) < keep; ++place) {
            if ((place & 0xffff) == 0 && cancelled && cancelled())
                return false;
            if (matches && !matches->contains(order.candidateAt(place, descending)))
                continue;
            if (passes(order.channelAt(place, descending)))
                filtered.m_places.push_back(place);
        }
        filtered.m_walkedTo = place;
        return true;
    };
    if (!matcher)
        return walkTo(order.size(), [](qint64) { return true; }) ? std::optional(std::move(filtered)) : std::nullopt;
    // A filter most channels pass fills its pages in the first places: tested there directly.
    if (!walkTo(std::min(order.size(), keep * directPerKept), [&](qint64 channel) { return matcher->passes(channel); }))
        return std::nullopt;
    if (qsizetype(filtered.m_places.size()) < keep && place < order.size()) {
        // Few pass: every channel tested once in id order (the search in the bits too), then
        // one bit checked per place.
        auto passing = PassingChannels::test(*prepared.figures, *matcher, matches, cancelled);
        if (!passing)
            return std::nullopt;
        filtered.m_passing = std::make_shared<const PassingChannels>(std::move(*passing));
        matches = nullptr;
        const PassingChannels &bits = *filtered.m_passing;
        if (!walkTo(order.size(), [&bits](qint64 channel) { return bits.passes(channel); }))
            return std::nullopt;
    }
    return filtered;
}

} // namespace planner
