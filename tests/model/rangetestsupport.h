#pragma once

// What the tests of the range filters share: the rows a range lets through and the rows an
// unknown figure leaves out, on a real store.
#include "modeltestsupport.h"

#include "storage/candidateorder.h"
#include "storage/filteredorder.h"
#include "storage/filterpreparer.h"
#include "storage/memorycount.h"
#include "storage/rangematcher.h"

namespace planner::test {

// The handles of the rows a cursor lists, sorted.
inline QStringList handlesOf(CandidateRowCursor &cursor)
{
    QStringList result;
    while (!cursor.atEnd()) {
        for (const CandidateRow &row : cursor.fetch(100))
            result << row.channel.handle;
    }
    EXPECT_FALSE(cursor.failed());
    result.sort();
    return result;
}

// The handles of a filter's rows walked in memory, as a large file's table walks them: an
// order of every channel, the search's matches and the ranges' figures read beforehand
// (FilterPreparer), the ranges tested by RangeMatcher instead of SQL. Sorted.
inline QStringList handlesInMemory(const CandidateStore &store, const CandidateFilter &filter)
{
    auto order = CandidateOrder::build(store.db(), CandidateSortKey::Name);
    const auto prepared = FilterPreparer::prepare(store.db(), filter, nullptr);
    EXPECT_TRUE(order && prepared);
    if (!order || !prepared)
        return {};
    // The figures cover the ranges: the walk does not fall back to SQL for them.
    EXPECT_TRUE(filter.ranges.isEmpty() || RangeMatcher::covers(*prepared->figures, filter.ranges));
    const auto shared = std::make_shared<const CandidateOrder>(std::move(*order));
    const QStringList result = handlesOf(*store.rows(false, shared, *prepared));
    // The worker's walk of the order (FilteredOrder), to its end and stopped after 2 places,
    // then walked on by the cursor: the same rows.
    for (const qsizetype keep : {FilteredOrder::enough, qsizetype(2)}) {
        PreparedFilter withWalk = *prepared;
        withWalk.order = shared;
        if (auto walked = FilteredOrder::walk(*shared, false, *prepared, {}, keep))
            withWalk.walked = std::make_shared<const FilteredOrder>(std::move(*walked));
        EXPECT_EQ(withWalk.walked == nullptr, filter.ranges.isEmpty() && !prepared->matches);
        EXPECT_EQ(handlesOf(*store.rows(false, shared, withWalk)), result) << "keep " << keep;
    }
    return result;
}

// The handles of the rows a filter lets through, sorted; checks that the count agrees and
// that the in-memory walk lets the same rows through as SQL (one rule, two evaluations).
inline QStringList filterHandles(const CandidateStore &store, const CandidateFilter &filter)
{
    QStringList result;
    for (const CandidateRow &row : allRows(store, filter))
        result << row.channel.handle;
    EXPECT_EQ(store.rowCount(filter), result.size());
    result.sort();
    EXPECT_EQ(handlesInMemory(store, filter), result);
    // Counted in memory as the background counter of a large file counts (the search needs
    // SQLite's full-text index; elsewhere the counter counts in SQL).
    if (MemoryCount::handles(filter)) {
        const std::optional<qint64> counted = MemoryCount().rows(store.db(), filter);
        if (counted || store.db().driverName() == QLatin1String("QSQLITE"))
            EXPECT_EQ(counted.value_or(-1), result.size());
    }
    return result;
}

// The rows a filter's ranges leave out because a bounded figure is unknown; checks that the
// count in memory agrees.
inline qint64 unknownLeftOutOf(const CandidateStore &store, const CandidateFilter &filter)
{
    const qint64 bySql = store.countUnknownLeftOut(filter);
    if (MemoryCount::handles(filter)) {
        const std::optional<qint64> counted = MemoryCount().unknownLeftOut(store.db(), filter);
        if (counted || store.db().driverName() == QLatin1String("QSQLITE"))
            EXPECT_EQ(counted.value_or(-1), bySql);
    }
    return bySql;
}

// The handles of the rows a range filter lets through (filterHandles).
inline QStringList rangeHandles(const CandidateStore &store, const RangeFilter &ranges)
{
    CandidateFilter filter;
    filter.ranges = ranges;
    return filterHandles(store, filter);
}

// The rows the ranges leave out because a bounded figure is unknown.
inline qint64 rangeUnknownLeftOut(const CandidateStore &store, const RangeFilter &ranges)
{
    CandidateFilter filter;
    filter.ranges = ranges;
    return unknownLeftOutOf(store, filter);
}

} // namespace planner::test
