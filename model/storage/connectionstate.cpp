#include "storage/connectionstate.h"

#include "storage/sqldialect.h"

#include <QSqlDriver>

#include <cerrno>
#include <libpq-fe.h>
#include <sys/socket.h>

namespace planner::ConnectionState {

PGconn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (pg_conn*), Qt 5 as declared (PGconn*).
    if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

bool looksDropped(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).engine() != SqlDialect::Engine::PostgreSQL)
        return false; // a file's connection cannot drop
    if (!db.isOpen())
        return true;
    PGconn *conn = libpqConnection(db);
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return true;
    const int socket = PQsocket(conn);
    if (socket < 0)
        return true;
    char byte = 0;
    const ssize_t got = ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (got == 0)
        return true; // the server closed it
    if (got < 0)
        return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
    return false;
}

bool idleConnectionDropped(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).engine() != SqlDialect::Engine::PostgreSQL)
        return false;
    if (looksDropped(db))
        return true;
    PGconn *conn = libpqConnection(db);
    const int socket = PQsocket(conn);
    char byte = 0;
    if (::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT) <= 0)
        return false; // nothing waiting: open and quiet
    // Something came while idle: libpq reads what is there (it does not wait). A goodbye
    // ("terminating connection due to administrator command") is read without the close
    // behind it, which the next look finds.
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) == CONNECTION_BAD)
        return true;
    return looksDropped(db);
}

} // namespace planner::ConnectionState
