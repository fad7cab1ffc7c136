#include "storage/serverfault.h"

#include "storage/serveraddress.h"

namespace planner {

namespace {

bool saysAny(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ServerFault::Kind ServerFault::kindOf(const QString &driverText)
{
    // libpq 15 starts most failures with "connection to server at ... failed:", so the
    // reason after it decides; the network's own failures are looked for last.
    if (saysAny(driverText, {"no password supplied"}))
        return Kind::PasswordNeeded;
    if (saysAny(driverText, {"password authentication failed", "authentication failed", "role \"",
                             "no pg_hba.conf entry"}))
        return Kind::AuthenticationFailed;
    if (saysAny(driverText, {"database \""}) && saysAny(driverText, {"does not exist"}))
        return Kind::DatabaseMissing;
    if (saysAny(driverText, {"SSL", "certificate"}))
        return Kind::Tls;
    if (saysAny(driverText, {"Connection refused", "could not translate host name", "timeout expired",
                             "No route to host", "Network is unreachable", "could not connect",
                             "Connection timed out"}))
        return Kind::Unreachable;
    return Kind::Other;
}

Error ServerFault::describe(const ServerAddress &address, const QString &driverText)
{
    const QString reason = driverText.trimmed();
    const QString shown = address.text();
    Error error;
    switch (kindOf(reason)) {
    case Kind::Unreachable:
        error.message = tr("The team database “%1” cannot be reached: no server answers at %2. Check "
                           "the server's name and port, and that it is running. (%3)")
                            .arg(shown, address.hostAndPort(), reason);
        break;
    case Kind::PasswordNeeded:
        error.fieldKey = QLatin1String(passwordFieldKey);
        error.message = tr("The server of the team database “%1” asks for %2's password, and none "
                           "was found (~/.pgpass, PGPASSFILE or PGSERVICE).")
                            .arg(shown, address.user());
        break;
    case Kind::AuthenticationFailed:
        error.message = tr("The server of the team database “%1” did not let %2 in: the user name or "
                           "the password is wrong, or this user may not connect. (%3)")
                            .arg(shown, address.user(), reason);
        break;
    case Kind::DatabaseMissing:
        error.message = tr("The server at %1 has no database named “%2”. Check the name, or ask "
                           "whoever runs the server to create it. (%3)")
                            .arg(address.hostAndPort(), address.database(), reason);
        break;
    case Kind::Tls:
        error.message = tr("The secure connection (TLS) to the team database “%1” could not be set "
                           "up: check the TLS setting. (%2)")
                            .arg(shown, reason);
        break;
    case Kind::Other:
        error.message = tr("The team database “%1” cannot be reached: %2").arg(shown, reason);
        break;
    }
    return error;
}

} // namespace planner
