#pragma once

#include "storage/candidaterowcursor.h"
#include "storage/candidatesql.h"

namespace planner {

// The rows of a filtered, sorted candidate list on a server, a page at a time: each page is
// a query of its own that asks for the rows after the last one handed out (its sort keys,
// CandidateSql::after) with a LIMIT, read whole before anything else runs. A forward-only
// QPSQL query would lose its rows to the next query on the connection (the table asks for
// counts and figures between pages), and a query read whole sends the whole list over the
// wire. Pages grow from the count asked to a few thousand rows (an export), and a row
// inserted or deleted by a colleague between pages neither repeats nor skips another.
class KeysetRowCursor : public CandidateRowCursor
{
public:
    // head: "SELECT <row columns>, <the keys' columns>" + the join + where.clause, bound
    // with values; keys: the order (CandidateSql::orderKeys).
    KeysetRowCursor(const QSqlDatabase &db, const QString &head, const QVariantList &values,
                    QList<CandidateSql::OrderKey> keys);
    QList<CandidateRow> fetch(int count) override;

    // The select list a head must begin with for keys.
    static QString selectFor(const QList<CandidateSql::OrderKey> &keys);
    static constexpr int largestPage = 8192;

private:
    bool readPage(int limit);

    QSqlDatabase m_db;
    QString m_head;
    QVariantList m_values;
    QList<CandidateSql::OrderKey> m_keys;
    QVariantList m_last; // the last row's keys, empty before the first page
    QList<CandidateRow> m_ready;
    qsizetype m_nextReady = 0;
    int m_page = 0; // the size of the last page asked for
    bool m_lastPageRead = false; // a short page (or a failure): no query after it
};

} // namespace planner
