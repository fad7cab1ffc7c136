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
}

void CandidateCounter::request(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{filter, thresholds};
    }
    m_background.post([this] { work(); });
}

void CandidateCounter::work()
{
    const std::optional<Request> next = BackgroundConnection::takeLatest(m_mutex, m_pending);
    if (!next)
        return; // a later call already took it
    const qint64 rows = CandidateStore::countRows(m_background.connection(), next->filter, next->thresholds);
    emit counted(next->filter, rows);
}

} // namespace planner
