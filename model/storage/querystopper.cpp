#include "storage/querystopper.h"

#include "storage/connectionstate.h"
#include "storage/rowreader.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/socket.h>

namespace planner {

void QueryStopper::remember(const QSqlDatabase &db)
{
    forget();
    if (!db.isOpen())
        return;
    if (sqlite3 *file = RowReader::sqliteHandle(db)) {
        m_file = file; // only ever used on the worker's thread
        sqlite3_progress_handler(file, 1000, &QueryStopper::progress, this);
        return;
    }
    PGconn *conn = ConnectionState::libpqConnection(db);
    QMutexLocker lock(&m_mutex);
    m_socket = conn ? PQsocket(conn) : -1;
    if (m_stopped && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

void QueryStopper::forget()
{
    if (m_file)
        sqlite3_progress_handler(m_file, 0, nullptr, nullptr);
    m_file = nullptr;
    QMutexLocker lock(&m_mutex);
    m_socket = -1;
}

void QueryStopper::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    // The socket stays open (only its traffic ends): the worker's own close frees it.
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

bool QueryStopper::stopped() const
{
    return m_stopped;
}

int QueryStopper::progress(void *stopper)
{
    return static_cast<const QueryStopper *>(stopper)->m_stopped ? 1 : 0;
}

} // namespace planner
