#include "storage/memorycount.h"

#include "storage/filterpreparer.h"
#include "storage/rangematcher.h"
#include "storage/searchterms.h"

#include <algorithm>

namespace planner {

bool MemoryCount::handles(const CandidateFilter &filter)
{
    return !filter.kind && !filter.tier && !filter.platform && filter.niche.trimmed().isEmpty()
        && filter.region.trimmed().isEmpty();
}

std::optional<qint64> MemoryCount::rows(const QSqlDatabase &db, const CandidateFilter &filter,
                                        const PassingChannels *tested,
                                        const std::shared_ptr<const SearchMatches> &found)
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
    const std::optional<Counts> counts = count(db, filter, found);
    return counts ? std::optional(counts->rows) : std::nullopt;
}

std::optional<qint64> MemoryCount::unknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter)
{
    if (filter.ranges.isEmpty())
        return 0; // nothing bounded leaves anything out
    const std::optional<Counts> counts = count(db, filter);
    return counts ? std::optional(counts->unknownLeftOut) : std::nullopt;
}

std::optional<MemoryCount::Counts> MemoryCount::count(const QSqlDatabase &db, const CandidateFilter &filter,
                                                     const std::shared_ptr<const SearchMatches> &found)
{
    if (!handles(filter))
        return std::nullopt;
    // The figures first (no query but PRAGMA data_version when kept): the same filter on the
    // same file was counted already when the other count of it came first.
    auto figures = ChannelFigures::load(db, filter.ranges, m_figures.get());
    if (!figures)
        return std::nullopt;
    m_figures = figures;
    if (m_counted && m_counted->filter == filter && figures->sameFileAs(*m_counted->figures))
        return m_counted->counts;
    auto prepared = FilterPreparer::prepare(db, filter, m_figures.get(), found);
    if (!prepared || (!prepared->matches && !SearchTerms::queryWords(filter.search).isEmpty()))
        return std::nullopt; // the search could not be read from the index: SQL counts it
    if (prepared->figures)
        figures = m_figures = prepared->figures;
    Counts counts;
    if (filter.ranges.isEmpty() && !prepared->matches) {
        // No filter at all (a range field cleared): every listed channel, without a pass.
        counts.rows = figures->listedChannels();
        m_counted = Counted{filter, figures, counts};
        return counts;
    }
    const RangeMatcher ranges(filter.ranges, figures);
    const SearchMatches *matches = prepared->matches.get();
    const qint64 *candidates = figures->candidates();
    quint8 verdicts[PassingChannels::judgedAtOnce];
    for (qint64 first = 0; first <= figures->largestChannel(); first += PassingChannels::judgedAtOnce) {
        const qint64 size = std::min<qint64>(PassingChannels::judgedAtOnce, figures->largestChannel() + 1 - first);
        ranges.judge(first, size, verdicts);
        // No branch per channel: a channel without a row (or not found by the search) is
        // neither counted as passing nor as unknown. Without a search the loop has no call
        // and no branch at all (issue 19: this pass ran beside every range keystroke's first
        // page; the search's look-up in it kept it from being vectorised).
        const qint64 *rows = candidates + first;
        qint64 passed = 0;
        qint64 unknown = 0;
        if (matches) {
            for (qint64 i = 0; i < size; ++i) {
                const bool listed = rows[i] >= 0 && matches->contains(rows[i]);
                const quint8 verdict = verdicts[i] | quint8(listed ? 0 : 4);
                passed += verdict == 0;
                unknown += verdict == RangeMatcher::Unknown;
            }
        } else {
            for (qint64 i = 0; i < size; ++i) {
                const quint8 verdict = quint8(verdicts[i] | (quint8(rows[i] < 0) << 2));
                passed += verdict == 0;
                unknown += verdict == RangeMatcher::Unknown;
            }
        }
        counts.rows += passed;
        counts.unknownLeftOut += unknown;
    }
    m_counted = Counted{filter, figures, counts};
    return counts;
}

} // namespace planner
