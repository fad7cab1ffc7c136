#pragma once

#include <QMutex>
#include <QSqlDatabase>

#include <atomic>

struct sqlite3;

namespace planner {

// Stops, from another thread, the query a worker's connection is running: the way a
// BackgroundConnection's owner closes without waiting for a long read (issue 15: a worker in
// the middle of a query on a silent network held the window's close for up to 30 s). On a
// server the connection's socket is shut down, so libpq's wait ends at once with an error; on
// a file a progress handler ends any statement run after the stop, within a thousand steps of
// SQLite's engine (sqlite3_interrupt would miss a statement that starts just after it). The
// worker tells the stopper about its connection after opening it and before closing it (the
// socket under the stopper's mutex), so a stop never reaches a closed connection or a socket
// number the system gave to someone else.
class QueryStopper
{
public:
    // The worker's connection, just opened (stopped at once when stop() came first); called on
    // the thread that uses it.
    void remember(const QSqlDatabase &db);
    // Called by the worker, on its thread, before it closes the connection it remembered.
    void forget();
    // Stops what runs on the remembered connection, and any connection remembered later.
    void stop();
    bool stopped() const;

private:
    static int progress(void *stopper); // SQLite's progress handler: non-zero ends the statement

    mutable QMutex m_mutex;
    std::atomic<bool> m_stopped{false};
    int m_socket = -1;
    sqlite3 *m_file = nullptr;
};

} // namespace planner
