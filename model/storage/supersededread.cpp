#include "storage/supersededread.h"

#include "storage/querystopper.h"
#include "storage/rowreader.h"

#include <sqlite3.h>

namespace planner {

namespace {

// SQLite calls the check every this many steps of its machine: a few microseconds apart.
constexpr int stepsBetweenChecks = 4096;

} // namespace

SupersededRead::SupersededRead(const QSqlDatabase &db, const std::atomic<int> &latest, int serial,
                               QueryStopper *stopper)
    : m_db(db)
    , m_handle(RowReader::sqliteHandle(db))
    , m_latest(latest)
    , m_serial(serial)
    , m_stopper(stopper)
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, stepsBetweenChecks, &SupersededRead::check, this);
}

SupersededRead::~SupersededRead()
{
    if (!m_handle)
        return;
    if (m_stopper)
        m_stopper->remember(m_db); // its own handler again
    else
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SupersededRead::check(void *self)
{
    // Non-zero: SQLite stops the statement (SQLITE_INTERRUPT).
    const auto *read = static_cast<const SupersededRead *>(self);
    return read->superseded() || (read->m_stopper && read->m_stopper->stopped()) ? 1 : 0;
}

} // namespace planner
