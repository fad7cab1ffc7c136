#pragma once

// What the tests of the range filters share: the rows a range lets through and the rows an
// unknown figure leaves out, on a real store.
#include "modeltestsupport.h"

namespace planner::test {

// The handles of the rows a range filter lets through, sorted; checks that the count agrees.
inline QStringList rangeHandles(const CandidateStore &store, const RangeFilter &ranges)
{
    CandidateFilter filter;
    filter.ranges = ranges;
    QStringList result;
    for (const CandidateRow &row : allRows(store, filter))
        result << row.channel.handle;
    EXPECT_EQ(store.rowCount(filter), result.size());
    result.sort();
    return result;
}

// The rows the ranges leave out because a bounded figure is unknown.
inline qint64 rangeUnknownLeftOut(const CandidateStore &store, const RangeFilter &ranges)
{
    CandidateFilter filter;
    filter.ranges = ranges;
    return store.countUnknownLeftOut(filter);
}

} // namespace planner::test
