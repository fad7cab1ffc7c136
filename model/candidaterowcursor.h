#pragma once

#include "candidaterow.h"

#include <QList>
#include <QSqlQuery>

namespace planner {

// Steps through the rows of a filtered, sorted candidate query a batch at a time, so a
// million-row list costs only what has been shown.
class CandidateRowCursor
{
public:
    explicit CandidateRowCursor(QSqlQuery query);
    // Up to count more rows; fewer (possibly none) once the end is reached.
    QList<CandidateRow> fetch(int count);
    bool atEnd() const { return m_atEnd; }

    static CandidateRow rowFromRecord(const QSqlQuery &query);

private:
    QSqlQuery m_query;
    bool m_atEnd = false;
};

} // namespace planner
