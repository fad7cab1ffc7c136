#include "storage/passingchannels.h"

#include "storage/rangematcher.h"
#include "storage/searchmatches.h"

namespace planner {

std::optional<PassingChannels> PassingChannels::test(const ChannelFigures &figures, const RangeMatcher &ranges,
                                                     const SearchMatches *matches,
                                                     const std::function<bool()> &cancelled)
{
    PassingChannels passing;
    passing.m_largest = figures.largestChannel();
    passing.m_bits.assign(size_t(passing.m_largest + 64) / 64, 0);
    for (qint64 channel = 0; channel <= passing.m_largest; ++channel) {
        if ((channel & 0xffff) == 0 && cancelled && cancelled())
            return std::nullopt;
        const qint64 candidate = figures.candidateOf(channel);
        if (candidate < 0 || (matches && !matches->contains(candidate)) || !ranges.passes(channel))
            continue;
        passing.m_bits[size_t(channel) >> 6] |= quint64(1) << (quint64(channel) & 63);
        ++passing.m_count;
    }
    return passing;
}

} // namespace planner
