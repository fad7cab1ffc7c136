#pragma once

#include "candidaterow.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

namespace planner {

// Steps through the rows of a filtered, sorted candidate query a batch at a time, so a
// million-row list costs only what has been shown. The first fetch asks SQL for just that
// many rows (LIMIT), which lets a query that must sort keep only the top rows; only when
// the marketer scrolls past them is the query run again without a limit.
class CandidateRowCursor
{
public:
    CandidateRowCursor(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    // Up to count more rows; fewer (possibly none) once the end is reached.
    QList<CandidateRow> fetch(int count);
    bool atEnd() const { return m_atEnd; }

    static CandidateRow rowFromRecord(const QSqlQuery &query);

private:
    bool run(int limit);
    bool step();

    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values;
    int m_limit = 0;     // the LIMIT of the running query, 0 for none
    int m_delivered = 0; // rows handed out so far
    bool m_atEnd = false;
};

} // namespace planner
