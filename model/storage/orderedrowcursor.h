#pragma once

#include "storage/candidateorder.h"
#include "storage/candidaterowcursor.h"
#include "storage/candidatesql.h"

#include <memory>

namespace planner {

// The rows of a filtered list in the place order of a CandidateOrder (the in-memory sort,
// no index behind it). Two ways to the first screenful, CandidateStore chooses:
// - Walk: take the order's channels a chunk at a time (512, then twice as many each time)
//   and keep those the filter passes; right when most rows pass (no filter, a common word,
//   a platform), a screenful costs a chunk or two of look-ups by id.
// - Collect: read every row the filter passes at once and put them in place; right when a
//   rare search word leaves few rows (the full-text index finds them).
class OrderedRowCursor : public CandidateRowCursor
{
public:
    enum class Mode { Walk, Collect };

    OrderedRowCursor(const QSqlDatabase &db, std::shared_ptr<const CandidateOrder> order, bool descending,
                     const CandidateSql::Where &where, Mode mode);
    QList<CandidateRow> fetch(int count) override;

private:
    bool walkChunk();
    bool collectAll();
    bool readRows(const QString &sql, QList<CandidateRow> &rows);

    QSqlDatabase m_db;
    std::shared_ptr<const CandidateOrder> m_order;
    bool m_descending = false;
    CandidateSql::Where m_where;
    Mode m_mode;
    QList<CandidateRow> m_ready; // rows in place order not handed out yet
    qsizetype m_next = 0;        // the next place of the order to walk
    qsizetype m_chunk = 512;
    bool m_collected = false;
};

} // namespace planner
