#include "candidaterowcursor.h"

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

CandidateRowCursor::CandidateRowCursor(QSqlQuery query)
    : m_query(std::move(query))
{
    m_atEnd = !m_query.isActive();
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
    row.channel.followers = query.value(6).toLongLong();
    row.channel.engagementRatePct = optionalDouble(query.value(7));
    row.channel.avgViews = optionalInteger(query.value(8));
    if (!query.value(9).isNull())
        row.channel.fee = Money(query.value(9).toLongLong(), query.value(10).toString());
    row.channel.authenticityPct = optionalDouble(query.value(11));
    row.niches = splitList(query.value(12).toString());
    row.regions = splitList(query.value(13).toString());
    return row;
}

QList<CandidateRow> CandidateRowCursor::fetch(int count)
{
    QList<CandidateRow> rows;
    while (!m_atEnd && rows.size() < count) {
        if (!m_query.next()) {
            m_atEnd = true;
            m_query.finish();
            break;
        }
        rows.append(rowFromRecord(m_query));
    }
    return rows;
}

} // namespace planner
