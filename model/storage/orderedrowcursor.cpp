#include "storage/orderedrowcursor.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace planner {

namespace {

constexpr qsizetype largestChunk = 32768;

} // namespace

OrderedRowCursor::OrderedRowCursor(const QSqlDatabase &db, std::shared_ptr<const CandidateOrder> order,
                                   bool descending, const CandidateSql::Where &where, Mode mode)
    : CandidateRowCursor(db, QString(), {})
    , m_db(db)
    , m_order(std::move(order))
    , m_descending(descending)
    , m_where(where)
    , m_mode(mode)
{
}

bool OrderedRowCursor::readRows(const QString &sql, QList<CandidateRow> &rows)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : std::as_const(m_where.values))
        query.addBindValue(value);
    ok = ok && query.exec();
    while (ok && query.next())
        rows.append(rowFromRecord(query));
    noteFailure(query);
    return ok && !failed();
}

bool OrderedRowCursor::walkChunk()
{
    const qsizetype end = std::min(m_order->size(), m_next + m_chunk);
    // Ids are numbers the order read from the file, written into the statement: a bound
    // value each would pass SQLite's limit of bound values.
    QString ids;
    ids.reserve((end - m_next) * 8);
    for (qsizetype place = m_next; place < end; ++place) {
        if (place > m_next)
            ids += QLatin1Char(',');
        ids += QString::number(m_order->channelAt(place, m_descending));
    }
    QList<CandidateRow> rows;
    const bool ok = readRows(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                                 + QStringLiteral(" AND ch.id IN (") + ids + QLatin1Char(')') + m_where.clause,
                             rows);
    QHash<qint64, qsizetype> byChannel;
    byChannel.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        byChannel.insert(rows.at(i).channel.id, i);
    for (qsizetype place = m_next; place < end && ok; ++place) {
        const auto found = byChannel.constFind(m_order->channelAt(place, m_descending));
        if (found != byChannel.cend())
            m_ready.append(rows.at(*found));
    }
    m_next = end;
    m_chunk = std::min(m_chunk * 2, largestChunk);
    return ok;
}

bool OrderedRowCursor::collectAll()
{
    m_collected = true;
    QList<CandidateRow> rows;
    // Candidates first: the search's few candidate ids lead the join.
    if (!readRows(QStringLiteral("SELECT ") + CandidateSql::rowColumns()
                      + CandidateSql::fromJoin(CandidateSort{CandidateSortKey::Name, false}) + m_where.clause,
                  rows))
        return false;
    // A channel added since the order was made comes last.
    const auto place = [this](const CandidateRow &row) {
        const qsizetype at = m_order->placeOf(row.channel.id, m_descending);
        return std::pair(at < 0 ? m_order->size() : at, row.channel.id);
    };
    std::sort(rows.begin(), rows.end(),
              [&](const CandidateRow &a, const CandidateRow &b) { return place(a) < place(b); });
    m_ready = std::move(rows);
    return true;
}

QList<CandidateRow> OrderedRowCursor::fetch(int count)
{
    bool ok = true;
    if (m_mode == Mode::Collect && !m_collected)
        ok = collectAll();
    while (ok && m_mode == Mode::Walk && m_ready.size() < count && m_next < m_order->size())
        ok = walkChunk();
    const qsizetype taken = ok ? std::min<qsizetype>(count, m_ready.size()) : 0;
    QList<CandidateRow> rows = m_ready.mid(0, taken);
    m_ready.remove(0, taken);
    m_atEnd = !ok || (m_ready.isEmpty() && (m_mode == Mode::Collect || m_next >= m_order->size()));
    return rows;
}

} // namespace planner
