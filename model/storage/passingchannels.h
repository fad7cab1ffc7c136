#pragma once

#include "storage/channelfigures.h"

#include <QtGlobal>
#include <functional>
#include <optional>
#include <vector>

namespace planner {

class RangeMatcher;
class SearchMatches;

// The channels a filter's ranges (and search) let through, one bit per channel id, tested
// once in channel-id order (issue 19: walking a sort order tested the figures of 1.33 M
// channels in random order, 130-220 ms for a range few channels pass; read in id order the
// figures stream through the cache, and the walk then checks one bit per place). Made on a
// worker (FilterPreparer) and shared with the window's cursor and the count.
class PassingChannels
{
public:
    // Channels judged together by RangeMatcher::judge (a divisor of 65,536).
    static constexpr qint64 judgedAtOnce = 4096;

    // Every channel of figures whose candidate exists, the search found (matches, or null
    // for no search) and ranges pass. None when cancelled() says so (asked every 65,536
    // channels: a newer filter came).
    static std::optional<PassingChannels> test(const ChannelFigures &figures, const RangeMatcher &ranges,
                                               const SearchMatches *matches,
                                               const std::function<bool()> &cancelled = {});

    bool passes(qint64 channelId) const
    {
        return channelId >= 0 && channelId <= m_largest
            && (m_bits[size_t(channelId) >> 6] >> (quint64(channelId) & 63)) & 1;
    }
    // How many channels pass (the rows the filter matches).
    qint64 count() const { return m_count; }
    // The largest channel id tested (channels added later are not in the bits).
    qint64 largestChannel() const { return m_largest; }

private:
    std::vector<quint64> m_bits;
    qint64 m_largest = -1;
    qint64 m_count = 0;
};

} // namespace planner
