#include "storage/serveraddress.h"

#include "storage/serverpasswords.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace planner {

namespace {

// The settings of libpq's URIs a campaign database may carry (not the password).
const QStringList knownSettings = {
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("options"), QStringLiteral("service"),
    QStringLiteral("passfile"), QStringLiteral("host"), QStringLiteral("hostaddr"),
    QStringLiteral("target_session_attrs"), QStringLiteral("gssencmode"),
    QStringLiteral("channel_binding"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
    QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout")};

// What the program sets where the address does not: a server that does not answer is given
// up after 10 s instead of the system's minutes, and a network that goes silent under an open
// connection is noticed within about a minute (keepalives every 10 s after 30 s of quiet,
// three unanswered; data unacknowledged for 30 s), so that no query waits on a dead
// connection for the system's quarter of an hour.
const QList<std::pair<QString, QString>> defaultSettings = {
    {QStringLiteral("connect_timeout"), QStringLiteral("10")},
    {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
    {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
    {QStringLiteral("keepalives_count"), QStringLiteral("3")},
    {QStringLiteral("tcp_user_timeout"), QStringLiteral("30000")}};

Error addressError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

// A value in libpq's key='value' form: quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerUri(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, Error *error)
{
    const QString text = uri.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const auto refuse = [&](const QString &why) {
        // A password given by mistake is not repeated on the screen or in a log.
        const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword | QUrl::RemoveQuery) : text;
        if (error)
            *error = addressError(tr("“%1” is not a team database address: %2").arg(shown, why));
        return std::nullopt;
    };
    if (!isServerUri(text) || !url.isValid())
        return refuse(tr("write it as postgresql://user@host:port/database"));
    if (!url.password().isEmpty())
        return refuse(tr("it holds a password; keep the password in ~/.pgpass (or PGPASSFILE) instead"));
    ServerAddress address;
    address.m_text = text;
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(-1);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return refuse(tr("it holds a password; keep the password in ~/.pgpass (or PGPASSFILE) instead"));
        // A ";" would end the setting early in the driver's list of settings.
        if (!knownSettings.contains(key) || value.contains(QLatin1Char(';')))
            return refuse(tr("the setting “%1” cannot be used").arg(key));
        address.m_settings << key + QLatin1Char('=') + quoted(value);
    }
    return address;
}

QString ServerAddress::user() const
{
    if (!m_user.isEmpty())
        return m_user;
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    return fromEnvironment.isEmpty() ? qEnvironmentVariable("USER") : fromEnvironment;
}

QString ServerAddress::hostAndPort() const
{
    QString host = m_host.isEmpty() ? qEnvironmentVariable("PGHOST", QStringLiteral("localhost")) : m_host;
    const QString port = m_port > 0 ? QString::number(m_port) : qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    return host + QLatin1Char(':') + port;
}

QString ServerAddress::database() const
{
    return m_database.isEmpty() ? user() : m_database;
}

QString ServerAddress::shownName() const
{
    const QString host = m_host.isEmpty() ? qEnvironmentVariable("PGHOST", QStringLiteral("localhost")) : m_host;
    return user() + QLatin1Char('@') + host + QLatin1Char('/') + database();
}

QString ServerAddress::shownName(const QString &path)
{
    if (isServerUri(path)) {
        if (const auto address = parse(path, nullptr))
            return address->shownName();
    }
    return QFileInfo(path).fileName();
}

void ServerAddress::applyTo(QSqlDatabase &db) const
{
    // A password typed in the window for this address (held in memory only), if any.
    db.setPassword(ServerPasswords::forAddress(m_text));
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_database);
    QStringList settings = m_settings;
    for (const auto &[key, value] : defaultSettings) {
        const QString given = key + QLatin1Char('=');
        if (std::none_of(m_settings.cbegin(), m_settings.cend(),
                         [&given](const QString &setting) { return setting.startsWith(given); }))
            settings << given + quoted(value);
    }
    db.setConnectOptions(settings.join(QLatin1Char(';')));
}

} // namespace planner
