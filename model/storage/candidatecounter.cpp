#include "storage/candidatecounter.h"

#include "storage/candidatestore.h"

#include <QAtomicInt>
#include <QSqlDatabase>

namespace planner {

CandidateCounter::CandidateCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    static QAtomicInt serial;
    m_connectionName = QStringLiteral("planner-counter-%1").arg(serial.fetchAndAddRelaxed(1));
    m_worker.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

CandidateCounter::~CandidateCounter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
        m_pendingUnknown.reset();
    }
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(&m_worker, [this] {
        QSqlDatabase::database(m_connectionName, false).close();
    }, Qt::BlockingQueuedConnection);
    QSqlDatabase::removeDatabase(m_connectionName);
    m_thread.quit();
    m_thread.wait();
}

void CandidateCounter::request(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{filter, thresholds};
    }
    QMetaObject::invokeMethod(&m_worker, [this] { work(&m_pending, false); }, Qt::QueuedConnection);
}

void CandidateCounter::requestUnknownLeftOut(const CandidateFilter &filter, const TierThresholds &thresholds)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingUnknown = Request{filter, thresholds};
    }
    QMetaObject::invokeMethod(&m_worker, [this] { work(&m_pendingUnknown, true); }, Qt::QueuedConnection);
}

QSqlDatabase CandidateCounter::connection()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    return QSqlDatabase::database(m_connectionName, false);
}

void CandidateCounter::work(std::optional<Request> *slot, bool unknownLeftOut)
{
    std::optional<Request> next;
    {
        QMutexLocker lock(&m_mutex);
        next.swap(*slot);
    }
    if (!next)
        return; // a later call already took it
    const QSqlDatabase db = connection();
    if (unknownLeftOut) {
        emit unknownLeftOutCounted(next->filter,
                                   CandidateStore::countUnknownLeftOut(db, next->filter, next->thresholds));
        return;
    }
    emit counted(next->filter, CandidateStore::countRows(db, next->filter, next->thresholds));
}

} // namespace planner
