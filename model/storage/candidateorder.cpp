#include "storage/candidateorder.h"

#include "storage/candidatesql.h"
#include "storage/rowreader.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace planner {

std::optional<CandidateOrder> CandidateOrder::build(const QSqlDatabase &db, CandidateSortKey key, Error *error)
{
    const CandidateSort sort{key, false};
    // SQLite sorts only the ids with the sort's columns (no index needed, none written).
    const bool followers = key == CandidateSortKey::Followers || key == CandidateSortKey::Tier;
    const QString unknown = followers ? QStringLiteral("ch.followers IS NULL") : QStringLiteral("0");
    // Read through RowReader (issue 14: a QVariant per value through QSqlQuery made this a
    // second of the first goal-fit sort on a million channels, the name order it waited on).
    RowReader reader(db, QStringLiteral("SELECT ch.id, ch.candidate_id, ") + unknown + CandidateSql::fromJoin(sort)
                             + CandidateSql::orderBy(sort));
    CandidateOrder order;
    order.m_key = key;
    while (reader.next()) {
        order.m_ascending.push_back(reader.integer(0));
        order.m_candidates.push_back(reader.integer(1));
        order.m_unknownTail = reader.integer(2) != 0 ? order.m_unknownTail + 1 : 0;
    }
    order.m_ascending.shrinkToFit();
    order.m_candidates.shrinkToFit();
    if (reader.failed()) {
        if (error)
            //: %1 the database file, %2 SQLite's reason
            error->message = tr("The candidates in “%1” could not be sorted: %2")
                                 .arg(QDir::toNativeSeparators(db.databaseName()), reader.errorText());
        return std::nullopt;
    }
    order.indexPlaces();
    return order;
}

CandidateOrder CandidateOrder::fromBestFirst(std::vector<qint64> bestFirst, std::vector<qint64> candidates)
{
    CandidateOrder order;
    order.m_key = CandidateSortKey::GoalFit;
    for (auto channel = bestFirst.rbegin(); channel != bestFirst.rend(); ++channel)
        order.m_ascending.push_back(*channel);
    bestFirst = {};
    for (auto candidate = candidates.rbegin(); candidate != candidates.rend(); ++candidate)
        order.m_candidates.push_back(*candidate);
    candidates = {};
    order.m_ascending.shrinkToFit();
    order.m_candidates.shrinkToFit();
    order.indexPlaces();
    return order;
}

void CandidateOrder::indexPlaces()
{
    const qint64 largest = m_ascending.largest();
    m_places.assign(size_t(largest) + 1, -1);
    for (size_t place = 0; place < m_ascending.size(); ++place) {
        if (m_ascending[place] >= 0)
            m_places[size_t(m_ascending[place])] = qint32(place);
    }
}

size_t CandidateOrder::ascendingIndex(qsizetype place, bool descending) const
{
    if (!descending)
        return size_t(place);
    // Descending reverses the known values, then the unknown ones (by id, as SQL does).
    const qsizetype known = size() - m_unknownTail;
    return size_t(place < known ? known - 1 - place : known + (size() - 1 - place));
}

qint64 CandidateOrder::channelAt(qsizetype place, bool descending) const
{
    return m_ascending[ascendingIndex(place, descending)];
}

qint64 CandidateOrder::candidateAt(qsizetype place, bool descending) const
{
    return m_candidates[ascendingIndex(place, descending)];
}

qsizetype CandidateOrder::placeOf(qint64 channelId, bool descending) const
{
    if (channelId < 0 || size_t(channelId) >= m_places.size() || m_places[size_t(channelId)] < 0)
        return -1;
    const qsizetype ascending = m_places[size_t(channelId)];
    // ascendingIndex is its own inverse: place p in one direction is index p in the other.
    return qsizetype(ascendingIndex(ascending, descending));
}

} // namespace planner
