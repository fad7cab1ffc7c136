#include "storage/memorycount.h"

#include "storage/filterpreparer.h"
#include "storage/rangematcher.h"
#include "storage/searchterms.h"

namespace planner {

bool MemoryCount::handles(const CandidateFilter &filter)
{
    return !filter.kind && !filter.tier && !filter.platform && filter.niche.trimmed().isEmpty()
        && filter.region.trimmed().isEmpty();
}

std::optional<qint64> MemoryCount::rows(const QSqlDatabase &db, const CandidateFilter &filter,
                                        const PassingChannels *tested)
{
    if (tested && handles(filter) && !filter.ranges.isEmpty()) {
        // The walk's bits, of the same file (the figures kept, no channel added since):
        // counted, not tested again, and the search not read again.
        auto figures = ChannelFigures::load(db, filter.ranges, m_figures.get());
        if (figures && figures->largestChannel() == tested->largestChannel()) {
            m_figures = figures;
            return tested->count();
        }
    }
    return count(db, filter, false);
}

std::optional<qint64> MemoryCount::unknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter)
{
    if (filter.ranges.isEmpty())
        return 0; // nothing bounded leaves anything out
    return count(db, filter, true);
}

std::optional<qint64> MemoryCount::count(const QSqlDatabase &db, const CandidateFilter &filter, bool unknownLeftOut)
{
    if (!handles(filter))
        return std::nullopt;
    auto prepared = FilterPreparer::prepare(db, filter, m_figures.get());
    if (!prepared || (!prepared->matches && !SearchTerms::queryWords(filter.search).isEmpty()))
        return std::nullopt; // the search could not be read from the index: SQL counts it
    auto figures = prepared->figures ? prepared->figures : ChannelFigures::load(db, filter.ranges, m_figures.get());
    if (!figures)
        return std::nullopt;
    m_figures = figures;
    const RangeMatcher ranges(filter.ranges, figures);
    const bool bounded = !filter.ranges.isEmpty();
    if (!unknownLeftOut && bounded)
        return PassingChannels::test(*figures, ranges, prepared->matches.get())->count();
    qint64 result = 0;
    for (qint64 channel = 0; channel <= figures->largestChannel(); ++channel) {
        const qint64 candidate = figures->candidateOf(channel);
        if (candidate < 0 || (prepared->matches && !prepared->matches->contains(candidate)))
            continue;
        if (!unknownLeftOut || ranges.leftOutAsUnknown(channel))
            ++result;
    }
    return result;
}

} // namespace planner
