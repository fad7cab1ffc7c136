#include "storage/candidaterowcursor.h"

#include "domain/languagematch.h"

#include <QDir>
#include <QSqlError>
#include <QVariant>

namespace planner {

namespace {

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
}

} // namespace

CandidateRowCursor::CandidateRowCursor(const QSqlDatabase &db, const QString &sql,
                                       const QVariantList &values)
    : m_query(db)
    , m_sql(sql)
    , m_values(values)
    , m_file(db.databaseName())
{
    // SQLite steps through the rows one by one. A server's rows are read a page at a time
    // by KeysetRowCursor instead: there a forward-only query loses its rows to any other
    // query on the connection.
    m_query.setForwardOnly(true);
}

bool CandidateRowCursor::run(int limit)
{
    m_limit = limit;
    // A query SQLite cannot even prepare (a table gone from a damaged file) says why here;
    // running it anyway would only report that its values do not fit.
    if (!m_query.prepare(limit > 0 ? m_sql + QStringLiteral(" LIMIT %1").arg(limit) : m_sql)) {
        noteFailure();
        return false;
    }
    for (const QVariant &value : std::as_const(m_values))
        m_query.addBindValue(value);
    if (!m_query.exec()) {
        noteFailure();
        return false;
    }
    // A query run again without its limit starts over: skip what was handed out.
    for (int skipped = 0; limit == 0 && skipped < m_delivered; ++skipped) {
        if (!m_query.next()) {
            noteFailure();
            return false;
        }
    }
    return true;
}

void CandidateRowCursor::noteFailure()
{
    noteFailure(m_query);
}

void CandidateRowCursor::noteFailure(const QSqlQuery &query)
{
    // next() answers false both at the end and on an error: only lastError tells them apart.
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError || failed())
        return;
    //: %1 the database file, %2 SQLite's reason
    m_error.message = tr("The candidates could not be read from “%1”: %2")
                          .arg(QDir::toNativeSeparators(m_file), error.text());
}

bool CandidateRowCursor::step()
{
    if (m_query.next())
        return true;
    noteFailure();
    const bool limitReached = m_limit > 0 && m_delivered >= m_limit;
    m_query.finish();
    if (failed() || !limitReached || !run(0))
        return false;
    if (m_query.next())
        return true;
    noteFailure();
    return false;
}

CandidateRow CandidateRowCursor::rowFromRecord(const QSqlQuery &query)
{
    // Column order is fixed by CandidateStore's row query.
    CandidateRow row;
    row.channel.id = query.value(0).toLongLong();
    row.candidateId = query.value(1).toLongLong();
    row.name = query.value(2).toString();
    row.kind = kindFromKey(query.value(3).toString()).value_or(CandidateKind::Influencer);
    row.channel.platform = platformFromKey(query.value(4).toString()).value_or(Platform::Instagram);
    row.channel.handle = query.value(5).toString();
    row.channel.followers = optionalInteger(query.value(6));
    row.channel.engagementRatePct = optionalDouble(query.value(7));
    row.channel.avgViews = optionalInteger(query.value(8));
    if (!query.value(9).isNull())
        row.channel.fee = Money(query.value(9).toLongLong(), query.value(10).toString());
    row.channel.authenticityPct = optionalDouble(query.value(11));
    row.niches = splitList(query.value(12).toString());
    row.regions = splitList(query.value(13).toString());
    row.channel.languages = LanguageMatch::split(query.value(14).toString());
    return row;
}

QList<CandidateRow> CandidateRowCursor::fetch(int count)
{
    QList<CandidateRow> rows;
    // Growing the list row by row moved every row about twice more (a tenth of an export).
    rows.reserve(std::max(count, 0));
    if (!m_atEnd && !m_query.isActive() && m_delivered == 0 && !run(count))
        m_atEnd = true;
    while (!m_atEnd && rows.size() < count) {
        if (!step()) {
            m_atEnd = true;
            m_query.finish();
            break;
        }
        rows.append(rowFromRecord(m_query));
        ++m_delivered;
    }
    return rows;
}

} // namespace planner
