#include "storage/serverfault.h"

#include "storage/serveraddress.h"

#include <QSqlError>

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
    // Each kind's words: %1 the address, %2 what the kind names (server, user, database), %3
    // the server's own words.
    struct Words
    {
        Kind kind;
        const char *text;
        QString detail;
    };
    const Words words[] = {
        {Kind::Unreachable,
         QT_TR_NOOP("The team database “%1” cannot be reached: no server answers at %2. Check the "
                    "server's name and port, and that it is running. (%3)"),
         address.hostAndPort()},
        {Kind::PasswordNeeded,
         QT_TR_NOOP("The server of the team database “%1” asks for %2's password, and none was found "
                    "(~/.pgpass, PGPASSFILE or PGSERVICE). (%3)"),
         address.user()},
        {Kind::AuthenticationFailed,
         QT_TR_NOOP("The server of the team database “%1” did not let %2 in: the user name or the "
                    "password is wrong, or this user may not connect. (%3)"),
         address.user()},
        {Kind::DatabaseMissing,
         QT_TR_NOOP("The team database “%1” is not there: the server has no database named “%2”. "
                    "Check the name, or ask whoever runs the server to create it. (%3)"),
         address.database()},
        {Kind::Tls,
         QT_TR_NOOP("The secure connection (TLS) to the team database “%1” at %2 could not be set up: "
                    "check the TLS setting. (%3)"),
         address.hostAndPort()},
        {Kind::Other, QT_TR_NOOP("The team database “%1” cannot be reached at %2: %3"), address.hostAndPort()},
    };
    const Kind kind = kindOf(driverText);
    Error error;
    for (const Words &each : words) {
        if (each.kind == kind)
            error.message = tr(each.text).arg(address.text(), each.detail, driverText.trimmed());
    }
    if (kind == Kind::PasswordNeeded)
        error.fieldKey = QLatin1String(passwordFieldKey);
    return error;
}

bool ServerFault::isRefusal(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

Error ServerFault::refused(const QString &user, const QString &place, const QString &what,
                           const QSqlError &error)
{
    QString done = what;
    if (done.endsWith(QLatin1Char('.')))
        done.chop(1);
    // The server's words without its "ERROR:" and code lines.
    QString words = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (words.startsWith(QLatin1String("ERROR:")))
        words = words.mid(6).trimmed();
    Error fault;
    //: %1 what could not be done ("The candidate could not be saved"), %2 a user name, %3 the
    //: team database's address, %4 the server's own words
    fault.message = tr("%1: %2 may only view the team database “%3”, not change it. Ask whoever runs "
                       "it to make %2 a planner. (%4)")
                        .arg(done, user, place, words);
    return fault;
}

} // namespace planner
