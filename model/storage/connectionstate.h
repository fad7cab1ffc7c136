#pragma once

#include <QSqlDatabase>

typedef struct pg_conn PGconn;

namespace planner {

// What a PostgreSQL connection's own state says, seen without waiting on the network
// (issue 15): shared by the window's ConnectionKeeper and the workers' BackgroundConnection.
namespace ConnectionState {

// libpq's connection under a Qt SQL connection; null for a file's or a closed one.
PGconn *libpqConnection(const QSqlDatabase &db);

// Whether a server connection is seen closed or failed; a file's connection never is.
// Peeked, never read: what waits on the socket is left to the driver (a notification, the
// server's goodbye), as on the window's connection, whose driver reads it when the socket wakes.
bool looksDropped(const QSqlDatabase &db);

// The same for an idle connection that nothing reads on its own (a worker's between two
// pieces of work): what the server sent meanwhile is read first, so that a restart's goodbye
// ("terminating connection due to administrator command") and the close after it are seen.
bool idleConnectionDropped(const QSqlDatabase &db);

} // namespace ConnectionState
} // namespace planner
