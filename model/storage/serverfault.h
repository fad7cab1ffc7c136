#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace planner {

class ServerAddress;

// Why a team database could not be opened, told from libpq's and the server's words, and
// said for the marketer: the server is not reachable, it wants a password none was found
// for, it refused the user or password, the database is not there, or the secure (TLS)
// connection failed.
class ServerFault
{
    Q_DECLARE_TR_FUNCTIONS(ServerFault)

public:
    enum class Kind { Unreachable, PasswordNeeded, AuthenticationFailed, DatabaseMissing, Tls, Other };

    // The kind of failure the driver's text (libpq's message) names.
    static Kind kindOf(const QString &driverText);
    // The error for a failed connection to address: what went wrong and what to check, then
    // the server's own words. A password asked for and not found has fieldKey
    // passwordFieldKey, so that the window can ask for one.
    static Error describe(const ServerAddress &address, const QString &driverText);

    // Whether the server refused a statement because the user lacks the right to it (SQLSTATE
    // 42501, insufficient_privilege): a viewer's write, say.
    static bool isRefusal(const QSqlError &error);
    // The error for such a refusal to user on the team database at place: what could not be
    // done, that the user may only view the database, whom to ask, then the server's words.
    static Error refused(const QString &user, const QString &place, const QString &what,
                         const QSqlError &error);

    static constexpr const char *passwordFieldKey = "password";
};

} // namespace planner
