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
    QMetaObject::invokeMethod(&m_worker, [this] { work(); }, Qt::QueuedConnection);
}

void CandidateCounter::work()
{
    std::optional<Request> next;
    {
        QMutexLocker lock(&m_mutex);
        next.swap(m_pending);
    }
    if (!next)
        return; // a later call already took it
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    const qint64 rows = CandidateStore::countRows(QSqlDatabase::database(m_connectionName, false),
                                                  next->filter, next->thresholds);
    emit counted(next->filter, rows);
}

} // namespace planner
