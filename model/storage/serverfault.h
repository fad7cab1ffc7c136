#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

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

    static constexpr const char *passwordFieldKey = "password";
};

} // namespace planner
