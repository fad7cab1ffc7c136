#pragma once

#include "storage/candidateorder.h"
#include "storage/candidaterowcursor.h"
#include "storage/candidatesql.h"
#include "storage/filteredorder.h"
#include "storage/rangematcher.h"
#include "storage/searchmatches.h"

#include <memory>

namespace planner {

// The rows of a filtered list in the place order of a CandidateOrder (the in-memory sort,
// no index behind it). The order's channels are taken a chunk at a time (512, then twice as
// many each time), those of candidates the search found (SearchMatches, checked in memory)
// looked up by id, and the rows the rest of the filter passes kept: a screenful costs a
// walk through memory and a chunk or two of look-ups by id, whether a search word is rare
// or common. Channels added since the order was made come last, by id.
class OrderedRowCursor : public CandidateRowCursor
{
public:
    // matches: the candidates the search found, or null for no search; where: the rest of
    // the filter.
    OrderedRowCursor(const QSqlDatabase &db, std::shared_ptr<const CandidateOrder> order, bool descending,
                     const CandidateSql::Where &where, std::shared_ptr<const SearchMatches> matches);
    QList<CandidateRow> fetch(int count) override;
    // Tests the ranges in memory while walking the order (where then leaves them out);
    // the channels added since the order was made are filtered by whereOfAdded.
    void testRangesInMemory(std::shared_ptr<const RangeMatcher> ranges, const CandidateSql::Where &whereOfAdded);
    // Walks the places a worker kept (of this order and direction) first, then the order on
    // from where the worker stopped: the places it passed over are not walked again. The
    // channels the worker found passing (FilteredOrder::passing) then stand for the ranges.
    void startWith(std::shared_ptr<const FilteredOrder> walked);

private:
    bool walkChunk();
    bool hasPlaces() const;
    // The next place to walk, from the kept places first.
    qsizetype takePlace();
    bool readAddedSince();
    bool readRows(const QString &sql, const QVariantList &values, QList<CandidateRow> &rows);

    QSqlDatabase m_db;
    std::shared_ptr<const CandidateOrder> m_order;
    bool m_descending = false;
    CandidateSql::Where m_where;
    std::shared_ptr<const SearchMatches> m_matches;
    std::shared_ptr<const RangeMatcher> m_ranges; // null: the ranges are in m_where
    std::shared_ptr<const PassingChannels> m_passing; // the worker's test of m_ranges, or null
    CandidateSql::Where m_whereOfAdded;
    QList<CandidateRow> m_ready; // rows in place order not handed out yet
    qsizetype m_next = 0;        // the next place of the order to walk
    std::shared_ptr<const FilteredOrder> m_walked; // null: the order from its first place
    qsizetype m_nextWalked = 0;                    // the next of m_walked's places
    qsizetype m_chunk = 512;
    bool m_addedRead = false; // the channels added since the order was made, at the end
};

} // namespace planner
