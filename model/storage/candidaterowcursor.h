#pragma once

#include "domain/candidaterow.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace planner {

class CandidateRowBytes;
class RowReader;

// What takes the rows of CandidateRowCursor::visit(): a row read in place or a CandidateRow,
// which hold the same values (an export writes both the same way).
class CandidateRowVisitor
{
public:
    virtual ~CandidateRowVisitor() = default;
    virtual void visit(const CandidateRowBytes &row) = 0;
    virtual void visit(const CandidateRow &row) = 0;
};

// Steps through the rows of a filtered, sorted candidate query a batch at a time, so a
// million-row list costs only what has been shown. The first fetch asks SQL for just that
// many rows (LIMIT), which lets a query that must sort keep only the top rows; only when
// the marketer scrolls past them is the query run again without a limit. The rows are read
// through SQLite's own API (RowReader; through QSqlQuery a QVariant per value was most of an
// export's time, issue 14).
class CandidateRowCursor
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRowCursor)

public:
    CandidateRowCursor(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    virtual ~CandidateRowCursor();
    // Up to count more rows; fewer (possibly none) once the end is reached.
    virtual QList<CandidateRow> fetch(int count);
    // The same next rows handed to visitor one at a time, for a reader that looks at each row
    // once (an export): rows of SQLite are read in place (CandidateRowBytes), without a
    // CandidateRow; a subclass's rows (a server's pages, the ordered walk) go through
    // fetch(). Returns how many rows were visited.
    qsizetype visit(int count, CandidateRowVisitor &visitor);
    bool atEnd() const { return m_atEnd; }
    // Why the rows stopped early (the query failed, the file is damaged); empty when they
    // did not. A reader must check it at the end: a failure also ends the rows.
    const Error &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    static CandidateRow rowFromRecord(const QSqlQuery &query);
    // The same row from a RowReader on the same columns.
    static CandidateRow rowFromReader(const RowReader &reader);

protected:
    // Notes why query failed (once; nothing when it did not).
    void noteFailure(const QSqlQuery &query);
    void noteFailure(const RowReader &reader);
    bool m_atEnd = false;

private:
    bool run(int limit);
    // Opens the query on the first call and checks the connection is the one it ran on;
    // false when there are no more rows to read.
    bool ready(int count);
    bool step();
    void noteFailure();
    void finishReader();

    QSqlDatabase m_db;
    std::unique_ptr<RowReader> m_reader; // the running query, null before and after
    QString m_sql;
    QVariantList m_values;
    QString m_file;
    int m_limit = 0;     // the LIMIT of the running query, 0 for none
    int m_delivered = 0; // rows handed out so far
    Error m_error;
};

} // namespace planner
