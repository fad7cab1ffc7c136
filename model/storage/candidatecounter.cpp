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

void CandidateCounter::request(const CandidateFilter &filter, const TierThresholds &thresholds,
                               std::shared_ptr<const PassingChannels> tested,
                               std::shared_ptr<const SearchMatches> found)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{filter, thresholds, std::move(tested), std::move(found)};
    }
    m_background.post([this] { work(&m_pending, false); });
}

void CandidateCounter::requestUnknownLeftOut(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingUnknown = Request{filter, thresholds, nullptr, nullptr};
    }
    m_background.post([this] { work(&m_pendingUnknown, true); });
}

void CandidateCounter::requestCandidates()
{
    {
        QMutexLocker lock(&m_mutex);
        m_countCandidates = true;
    }
    m_background.post([this] {
        if (BackgroundConnection::takeFlag(m_mutex, m_countCandidates)) // not taken by a later post
            emit candidatesCounted(CandidateStore::countCandidates(m_background.connection()));
    });
}

void CandidateCounter::work(std::optional<Request> *slot, bool unknownLeftOut)
{
    const std::optional<Request> next = BackgroundConnection::takeLatest(m_mutex, *slot);
    if (!next)
        return; // a later call already took it
    if (BackgroundConnection::takeFlag(m_mutex, m_forget))
        m_memory.forget();
    const QSqlDatabase db = m_background.connection();
    if (unknownLeftOut) {
        const std::optional<qint64> inMemory = m_memory.unknownLeftOut(db, next->filter);
        emit unknownLeftOutCounted(next->filter, inMemory ? *inMemory
                                   : CandidateStore::countUnknownLeftOut(db, next->filter, next->thresholds));
        return;
    }
    const std::optional<qint64> inMemory = m_memory.rows(db, next->filter, next->tested.get(), next->found);
    emit counted(next->filter, inMemory ? *inMemory : CandidateStore::countRows(db, next->filter, next->thresholds));
}

void CandidateCounter::forgetFigures()
{
    QMutexLocker lock(&m_mutex);
    m_forget = true;
}

} // namespace planner
