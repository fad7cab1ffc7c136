#include "storage/orderedrowcursor.h"

#include "storage/rowreader.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace planner {

namespace {

constexpr qsizetype largestChunk = 32768;

} // namespace

OrderedRowCursor::OrderedRowCursor(const QSqlDatabase &db, std::shared_ptr<const CandidateOrder> order,
                                   bool descending, const CandidateSql::Where &where,
                                   std::shared_ptr<const SearchMatches> matches)
    : CandidateRowCursor(db, QString(), {})
    , m_db(db)
    , m_order(std::move(order))
    , m_descending(descending)
    , m_where(where)
    , m_matches(std::move(matches))
    , m_whereOfAdded(where)
{
}

void OrderedRowCursor::testRangesInMemory(std::shared_ptr<const RangeMatcher> ranges,
                                          const CandidateSql::Where &whereOfAdded)
{
    m_ranges = std::move(ranges);
    m_whereOfAdded = whereOfAdded;
}

void OrderedRowCursor::startWith(std::shared_ptr<const FilteredOrder> walked)
{
    m_walked = std::move(walked);
    m_next = m_walked->walkedTo();
    if (m_ranges)
        m_passing = m_walked->passing();
}

bool OrderedRowCursor::hasPlaces() const
{
    return (m_walked && m_nextWalked < qsizetype(m_walked->places().size())) || m_next < m_order->size();
}

qsizetype OrderedRowCursor::takePlace()
{
    if (m_walked && m_nextWalked < qsizetype(m_walked->places().size()))
        return m_walked->places()[size_t(m_nextWalked++)];
    return m_next++;
}

bool OrderedRowCursor::readRows(const QString &sql, const QVariantList &values, QList<CandidateRow> &rows)
{
    if (RowReader::sqliteHandle(m_db)) {
        // Through SQLite's own API, as CandidateRowCursor reads (issue 19: a page of a
        // filtered 1 M list through QSqlQuery was a QVariant per value on every keystroke).
        // The statement is finalized before this returns.
        RowReader reader(m_db, sql, values);
        while (reader.next())
            rows.append(rowFromReader(reader));
        noteFailure(reader);
        return !reader.failed() && !failed();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    while (ok && query.next())
        rows.append(rowFromRecord(query));
    noteFailure(query);
    return ok && !failed();
}

bool OrderedRowCursor::walkChunk()
{
    // The next chunk of channels whose candidate the search found. Ids are numbers the
    // order read from the file, written into the statement: a bound value each would pass
    // SQLite's limit of bound values.
    std::vector<qint64> channels;
    channels.reserve(size_t(m_chunk));
    QString ids;
    ids.reserve(m_chunk * 8);
    while (hasPlaces() && qsizetype(channels.size()) < m_chunk) {
        // A kept place passes the tests below again (a few thousand at most, in memory).
        const qsizetype place = takePlace();
        if (m_matches && !m_matches->contains(m_order->candidateAt(place, m_descending)))
            continue;
        const qint64 channel = m_order->channelAt(place, m_descending);
        if (m_passing ? !m_passing->passes(channel) : m_ranges && !m_ranges->passes(channel))
            continue;
        channels.push_back(channel);
        if (channels.size() > 1)
            ids += QLatin1Char(',');
        ids += QString::number(channels.back());
    }
    m_chunk = std::min(m_chunk * 2, largestChunk);
    if (channels.empty())
        return true;
    QList<CandidateRow> rows;
    const bool ok = readRows(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                                 + QStringLiteral(" AND ch.id IN (") + ids + QLatin1Char(')') + m_where.clause,
                             m_where.values, rows);
    QHash<qint64, qsizetype> byChannel;
    byChannel.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        byChannel.insert(rows.at(i).channel.id, i);
    for (const qint64 channel : channels) {
        const auto found = byChannel.constFind(channel);
        if (ok && found != byChannel.cend())
            m_ready.append(rows.at(*found));
    }
    return ok;
}

bool OrderedRowCursor::readAddedSince()
{
    m_addedRead = true;
    QList<CandidateRow> rows;
    const bool ok = readRows(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                                 + QStringLiteral(" AND ch.id > %1").arg(m_order->largestChannel())
                                 + m_whereOfAdded.clause + QStringLiteral(" ORDER BY ch.id"),
                             m_whereOfAdded.values, rows);
    for (const CandidateRow &row : std::as_const(rows)) {
        if (ok && (!m_matches || m_matches->contains(row.candidateId)))
            m_ready.append(row);
    }
    return ok;
}

QList<CandidateRow> OrderedRowCursor::fetch(int count)
{
    bool ok = true;
    while (ok && m_ready.size() < count && hasPlaces())
        ok = walkChunk();
    if (ok && m_ready.size() < count && !m_addedRead)
        ok = readAddedSince();
    const qsizetype taken = ok ? std::min<qsizetype>(count, m_ready.size()) : 0;
    QList<CandidateRow> rows = m_ready.mid(0, taken);
    m_ready.remove(0, taken);
    m_atEnd = !ok || (m_ready.isEmpty() && m_addedRead);
    return rows;
}

} // namespace planner
