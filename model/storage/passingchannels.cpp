#include "storage/passingchannels.h"

#include "storage/rangematcher.h"
#include "storage/searchmatches.h"

#include <algorithm>

namespace planner {

std::optional<PassingChannels> PassingChannels::test(const ChannelFigures &figures, const RangeMatcher &ranges,
                                                     const SearchMatches *matches,
                                                     const std::function<bool()> &cancelled)
{
    PassingChannels passing;
    passing.m_largest = figures.largestChannel();
    passing.m_bits.assign(size_t(passing.m_largest + 64) / 64, 0);
    const qint64 *candidates = figures.candidates();
    // The ranges judged a block of channels at a time, column by column (RangeMatcher::judge).
    quint8 verdicts[judgedAtOnce];
    for (qint64 first = 0; first <= passing.m_largest; first += judgedAtOnce) {
        if ((first & 0xffff) == 0 && cancelled && cancelled())
            return std::nullopt;
        const qint64 count = std::min<qint64>(judgedAtOnce, passing.m_largest + 1 - first);
        ranges.judge(first, count, verdicts);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 channel = first + i;
            const qint64 candidate = candidates[channel];
            if (verdicts[i] != 0 || candidate < 0 || (matches && !matches->contains(candidate)))
                continue;
            passing.m_bits[size_t(channel) >> 6] |= quint64(1) << (quint64(channel) & 63);
            ++passing.m_count;
        }
    }
    return passing;
}

} // namespace planner
