#include "storage/candidatecounter.h"

#include "storage/candidatestore.h"

#include <QSqlDatabase>

namespace planner {

CandidateCounter::CandidateCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_background(databasePath, QStringLiteral("counter"))
{
}

CandidateCounter::~CandidateCounter()
{
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
    m_pendingUnknown.reset();
}

void CandidateCounter::request(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{filter, thresholds};
    }
    m_background.post([this] { work(&m_pending, false); });
}

void CandidateCounter::requestUnknownLeftOut(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingUnknown = Request{filter, thresholds};
    }
    m_background.post([this] { work(&m_pendingUnknown, true); });
}

void CandidateCounter::work(std::optional<Request> *slot, bool unknownLeftOut)
{
    const std::optional<Request> next = BackgroundConnection::takeLatest(m_mutex, *slot);
    if (!next)
        return; // a later call already took it
    const QSqlDatabase db = m_background.connection();
    if (unknownLeftOut) {
        emit unknownLeftOutCounted(next->filter,
                                   CandidateStore::countUnknownLeftOut(db, next->filter, next->thresholds));
        return;
    }
    emit counted(next->filter, CandidateStore::countRows(db, next->filter, next->thresholds));
}

} // namespace planner
