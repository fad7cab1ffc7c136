#include "storage/keysetrowcursor.h"

#include <QSqlQuery>
#include <algorithm>

namespace planner {

namespace {

// The row columns come first (CandidateSql::rowColumns: none of them holds a comma of its
// own), the keys after them.
int rowColumnCount()
{
    static const int count = int(CandidateSql::rowColumns().count(QLatin1Char(','))) + 1;
    return count;
}

} // namespace

KeysetRowCursor::KeysetRowCursor(const QSqlDatabase &db, const QString &head, const QVariantList &values,
                                 QList<CandidateSql::OrderKey> keys)
    : CandidateRowCursor(db, QString(), {})
    , m_db(db)
    , m_head(head)
    , m_values(values)
    , m_keys(std::move(keys))
{
}

QString KeysetRowCursor::selectFor(const QList<CandidateSql::OrderKey> &keys)
{
    QString select = QStringLiteral("SELECT ") + CandidateSql::rowColumns();
    for (const CandidateSql::OrderKey &key : keys)
        select += QStringLiteral(", ") + key.column;
    return select;
}

bool KeysetRowCursor::readPage(int limit)
{
    QString sql = m_head;
    QVariantList values = m_values;
    if (!m_last.isEmpty()) {
        const CandidateSql::Where after = CandidateSql::after(m_keys, m_last);
        sql += QStringLiteral(" AND ") + after.clause;
        values += after.values;
    }
    sql += CandidateSql::orderBy(m_keys) + QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(m_db);
    // Read whole here, before any other query runs on the connection.
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        noteFailure(query);
        return false;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        noteFailure(query);
        return false;
    }
    m_ready.clear();
    m_nextReady = 0;
    while (query.next()) {
        m_ready.append(rowFromRecord(query));
        m_last.clear();
        for (int i = 0; i < m_keys.size(); ++i)
            m_last << query.value(rowColumnCount() + i);
    }
    noteFailure(query);
    if (failed())
        return false;
    // A short page is the last one.
    return m_ready.size() == limit;
}

QList<CandidateRow> KeysetRowCursor::fetch(int count)
{
    QList<CandidateRow> rows;
    rows.reserve(std::max(count, 0));
    while (rows.size() < count) {
        if (m_nextReady < m_ready.size()) {
            const qsizetype take = std::min<qsizetype>(count - rows.size(), m_ready.size() - m_nextReady);
            rows.append(m_ready.mid(m_nextReady, take));
            m_nextReady += take;
            continue;
        }
        if (m_lastPageRead)
            break;
        m_page = std::max(int(count - rows.size()), std::min(m_page * 2, largestPage));
        m_lastPageRead = !readPage(m_page);
    }
    // At the end once the last page has been handed out (as the base class: only then).
    m_atEnd = m_lastPageRead && m_nextReady >= m_ready.size();
    return rows;
}

} // namespace planner
