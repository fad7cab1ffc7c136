#include "storage/candidateorder.h"

#include "storage/candidatesql.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace planner {

std::optional<CandidateOrder> CandidateOrder::build(const QSqlDatabase &db, CandidateSortKey key, Error *error)
{
    const CandidateSort sort{key, false};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // SQLite sorts only the ids with the sort's columns (no index needed, none written).
    if (!query.exec(QStringLiteral("SELECT ch.id") + CandidateSql::fromJoin(sort) + CandidateSql::orderBy(sort))) {
        if (error)
            //: %1 the database file, %2 SQLite's reason
            error->message = tr("The candidates in “%1” could not be sorted: %2")
                                 .arg(QDir::toNativeSeparators(db.databaseName()), query.lastError().text());
        return std::nullopt;
    }
    CandidateOrder order;
    order.m_key = key;
    while (query.next())
        order.m_ascending.push_back(query.value(0).toLongLong());
    order.indexPlaces();
    return order;
}

CandidateOrder CandidateOrder::fromBestFirst(std::vector<qint64> bestFirst)
{
    CandidateOrder order;
    order.m_key = CandidateSortKey::GoalFit;
    std::reverse(bestFirst.begin(), bestFirst.end());
    order.m_ascending = std::move(bestFirst);
    order.indexPlaces();
    return order;
}

void CandidateOrder::indexPlaces()
{
    const qint64 largest = m_ascending.empty() ? 0 : *std::max_element(m_ascending.begin(), m_ascending.end());
    m_places.assign(size_t(largest) + 1, -1);
    for (size_t place = 0; place < m_ascending.size(); ++place) {
        if (m_ascending[place] >= 0)
            m_places[size_t(m_ascending[place])] = qint32(place);
    }
}

qint64 CandidateOrder::channelAt(qsizetype place, bool descending) const
{
    return m_ascending[size_t(descending ? size() - 1 - place : place)];
}

qsizetype CandidateOrder::placeOf(qint64 channelId, bool descending) const
{
    if (channelId < 0 || size_t(channelId) >= m_places.size() || m_places[size_t(channelId)] < 0)
        return -1;
    const qsizetype ascending = m_places[size_t(channelId)];
    return descending ? size() - 1 - ascending : ascending;
}

} // namespace planner
