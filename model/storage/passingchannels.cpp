#include "storage/passingchannels.h"

#include "storage/rangematcher.h"
#include "storage/searchmatches.h"

#include <QtAlgorithms>
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
        // 64 channels to a word without a branch per channel (a verdict passes about as often
        // as not: a branch on it was mispredicted half the time); the search, when on, only
        // for the channels that pass.
        for (qint64 word = 0; word * 64 < count; ++word) {
            const qint64 from = word * 64;
            const qint64 to = std::min<qint64>(from + 64, count);
            quint64 bits = 0;
            for (qint64 i = from; i < to; ++i)
                bits |= quint64((verdicts[i] == 0) & (candidates[first + i] >= 0)) << (i - from);
            for (quint64 rest = bits; matches && rest; rest &= rest - 1) {
                const int bit = qCountTrailingZeroBits(rest);
                if (!matches->contains(candidates[first + from + bit]))
                    bits &= ~(quint64(1) << bit);
            }
            passing.m_bits[size_t((first + from) >> 6)] = bits;
            passing.m_count += qPopulationCount(bits);
        }
    }
    return passing;
}

} // namespace planner
