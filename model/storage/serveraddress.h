#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace planner {

// A team database on a PostgreSQL server, named as libpq names it:
// postgresql://user@host:port/dbname?sslmode=require (postgres:// too). Settings libpq knows
// (sslmode, connect_timeout, options, service, passfile, host for a socket folder, ...) may
// follow the "?". The password is never part of it: libpq finds it on its own (~/.pgpass,
// PGPASSFILE, PGSERVICE), so it is never written anywhere by the program.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Whether text names a server rather than a file (by its scheme).
    static bool isServerUri(const QString &text);
    // The address, or empty with error saying what is wrong with uri.
    static std::optional<ServerAddress> parse(const QString &uri, Error *error);

    // How the address is shown and reported (the URI as given, trimmed).
    QString text() const { return m_text; }
    // The user, the server and the database as libpq takes them when the address leaves them
    // out (PGUSER or the system's user, PGHOST or localhost, PGPORT or 5432).
    QString user() const;
    QString hostAndPort() const;
    QString database() const;
    // How the window names it, e.g. in its title: user@host/database.
    QString shownName() const;
    // A server address's shownName(), else the name of the file path names.
    static QString shownName(const QString &path);
    // Sets host, port, user, database and settings on a QPSQL connection.
    void applyTo(QSqlDatabase &db) const;

private:
    QString m_text;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    // libpq's key='value' settings.
    QStringList m_settings;
};

} // namespace planner
