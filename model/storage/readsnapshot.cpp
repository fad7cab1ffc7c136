#include "storage/readsnapshot.h"

#include "storage/rowreader.h"

#include <sqlite3.h>

namespace planner {

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
{
    sqlite3 *handle = RowReader::sqliteHandle(db);
    if (handle && sqlite3_get_autocommit(handle) && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_handle = handle;
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: COMMIT only ends the read (statements still open keep reading).
    // Tried twice, so a connection is never left holding its read lock.
    for (int attempt = 0; m_handle && attempt < 2 && !sqlite3_get_autocommit(m_handle); ++attempt)
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace planner
