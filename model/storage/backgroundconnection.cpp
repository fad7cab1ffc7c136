#include "storage/backgroundconnection.h"

#include "storage/connectionstate.h"
#include "storage/serveraddress.h"

#include <QAtomicInt>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace planner {

namespace {

// CFS weighs a nice-5 thread at a third of a nice-0 one.
[[maybe_unused]] constexpr int workerNiceness = 5;

} // namespace

BackgroundConnection::BackgroundConnection(const QString &databasePath, const QString &purpose)
    : m_path(databasePath)
{
    static QAtomicInt serial;
    m_connectionName = QStringLiteral("planner-%1-%2").arg(purpose).arg(serial.fetchAndAddRelaxed(1));
    m_worker.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
#ifdef Q_OS_LINUX
    // QThread's LowPriority does nothing on Linux (normal threads have one static priority):
    // the worker's own nice value is raised instead, so that when the window's thread and
    // the workers all want the CPU the window's comes first (issue 14: the UI thread never
    // blocked over 50 ms; at open three workers start at once on two cores). An idle window
    // leaves the workers all the CPU, as before.
    QMetaObject::invokeMethod(&m_worker, [] { setpriority(PRIO_PROCESS, id_t(gettid()), workerNiceness); },
                              Qt::QueuedConnection);
#endif
}

BackgroundConnection::~BackgroundConnection()
{
    // A read still running is stopped, not waited for: its owner is going and wants no answer.
    m_stopper.stop();
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(&m_worker, [this] {
        m_stopper.forget();
        QSqlDatabase::database(m_connectionName, false).close();
    }, Qt::BlockingQueuedConnection);
    QSqlDatabase::removeDatabase(m_connectionName);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundConnection::post(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(&m_worker, [this, work] {
        if (!m_stopper.stopped())
            work();
    }, Qt::QueuedConnection);
}

QSqlDatabase BackgroundConnection::connection()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        // A team database: a connection of its own to the same server.
        if (const auto address = ServerAddress::isServerUri(m_path) ? ServerAddress::parse(m_path, nullptr)
                                                                    : std::nullopt) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            address->applyTo(db);
            db.open();
            m_stopper.remember(db);
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
        m_stopper.remember(db);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_stopper.stopped())
        return db; // closing: no reopening (its socket was shut on purpose)
    // A server restarted (or a connection that could not be opened before) since the last use:
    // opened again here, on the worker, so the work after a restart reads as before it (issue 15).
    if (ConnectionState::idleConnectionDropped(db)) {
        m_stopper.forget();
        db.close();
        db.open();
        m_stopper.remember(db);
    }
    return db;
}

} // namespace planner
