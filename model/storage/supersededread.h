#pragma once

#include <QSqlDatabase>
#include <atomic>

struct sqlite3;

namespace planner {

// While alive, a statement SQLite runs on the connection stops (it fails as interrupted)
// once latest no longer holds serial: a newer request came whose answer replaces this one's,
// so nobody waits for it (issue 14: the first goal-fit sort of a million candidates waited
// for the name order the table had asked for as it opened, and then dropped). Stepped from
// the worker thread that owns the connection; latest is set from any thread. On another
// engine (PostgreSQL) the statement runs to its end as before. The connection's own stopper
// (a BackgroundConnection's QueryStopper, which watches through the same progress handler)
// still stops it while this read holds the handler, and has the handler back afterwards.
class QueryStopper;

class SupersededRead
{
public:
    SupersededRead(const QSqlDatabase &db, const std::atomic<int> &latest, int serial,
                   QueryStopper *stopper = nullptr);
    ~SupersededRead();
    SupersededRead(const SupersededRead &) = delete;
    SupersededRead &operator=(const SupersededRead &) = delete;

    // Whether a newer request came since this one.
    bool superseded() const { return m_latest.load(std::memory_order_relaxed) != m_serial; }

private:
    static int check(void *self);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    const std::atomic<int> &m_latest;
    const int m_serial;
    QueryStopper *m_stopper = nullptr;
};

} // namespace planner
