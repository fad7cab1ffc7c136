#pragma once

#include "domain/candidatefilter.h"
#include "domain/error.h"
#include "storage/idcolumn.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace planner {

// Every channel of a file in one sort order, kept in memory instead of an index per column
// (issue 14: the thirteen sort indexes were 235 MB of a 565 MB file and most of an import's
// time). The channel ids are held in ascending order; descending walks them backwards, the
// exact reverse as SQL's ORDER BY of CandidateSql gives it. Built on a worker thread from
// its own connection (build) or from a goal ranking (fromRanking); never edited, made again
// when the file changes. The ids take 32 bits each where they fit (IdColumn): 16 MB an order
// of 1.33 M channels instead of 26.
class CandidateOrder
{
    Q_DECLARE_TR_FUNCTIONS(CandidateOrder)

public:
    // Reads every channel id in the sort's ascending order (ties as CandidateSql::orderBy).
    static std::optional<CandidateOrder> build(const QSqlDatabase &db, CandidateSortKey key,
                                               Error *error = nullptr);
    // The channel and candidate ids best first, as a goal ranking gives them: the goal-fit order.
    static CandidateOrder fromBestFirst(std::vector<qint64> bestFirst, std::vector<qint64> candidates);

    CandidateSortKey key() const { return m_key; }
    qsizetype size() const { return qsizetype(m_ascending.size()); }
    // The channel at a place in the sort (0 is the first row shown).
    qint64 channelAt(qsizetype place, bool descending) const;
    // The largest channel id the order holds (channels added since have larger ones).
    qint64 largestChannel() const { return qint64(m_places.size()) - 1; }
    // The candidate of the channel at a place.
    qint64 candidateAt(qsizetype place, bool descending) const;
    // The place of a channel in the sort, or -1 for a channel added since the order was made.
    qsizetype placeOf(qint64 channelId, bool descending) const;

private:
    void indexPlaces();
    // The ascending index of a place in the given direction (an unknown follower count stays
    // last both ways, as SQL's NULLS LAST has it).
    size_t ascendingIndex(qsizetype place, bool descending) const;

    CandidateSortKey m_key = CandidateSortKey::Name;
    IdColumn m_ascending;
    IdColumn m_candidates;       // of m_ascending's channels, place by place
    qsizetype m_unknownTail = 0;      // channels at the end whose follower count is unknown
    std::vector<qint32> m_places; // by channel id: its ascending place, -1 for none
};

} // namespace planner
