#include "storage/connectionkeeper.h"

#include "storage/sqldialect.h"

#include <QSocketNotifier>
#include <QSqlDriver>

#include <cerrno>
#include <libpq-fe.h>
#include <sys/socket.h>

namespace planner {

namespace {

// How often the connection is looked at (no network: its status and socket).
constexpr int lookInterval = 500;

PGconn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (pg_conn*), Qt 5 as declared (PGconn*).
    if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

// A value in libpq's key='value' form.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

ConnectionKeeper::ConnectionKeeper(const QSqlDatabase &db, std::function<bool()> reconnect, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_reconnect(std::move(reconnect))
    , m_proberContext(new QObject)
{
    m_ping.setInterval(lookInterval);
    connect(&m_ping, &QTimer::timeout, this, &ConnectionKeeper::ping);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::retry);
    connect(this, &ConnectionKeeper::probed, this, &ConnectionKeeper::probeAnswered, Qt::QueuedConnection);
    m_prober.setObjectName(QStringLiteral("connection-probe"));
    m_proberContext->moveToThread(&m_prober);
}

ConnectionKeeper::~ConnectionKeeper()
{
    // A probe under way ends by its own timeout; the window does not wait for it longer.
    disconnect(this, &ConnectionKeeper::probed, this, nullptr);
    m_prober.quit();
    m_prober.wait();
    delete m_proberContext; // its thread has ended
}

void ConnectionKeeper::setRetryDelays(int first, int longest)
{
    m_firstDelay = m_delay = first;
    m_longestDelay = longest;
}

QString ConnectionKeeper::probeAddress(const QSqlDatabase &db, int timeoutSeconds)
{
    QStringList parts;
    parts << QStringLiteral("connect_timeout=%1").arg(timeoutSeconds);
    // The address's own settings (ServerAddress::applyTo), already in key='value' form.
    for (const QString &setting : db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts << setting.trimmed();
    if (!db.hostName().isEmpty())
        parts << QStringLiteral("host=") + quoted(db.hostName());
    if (db.port() > 0)
        parts << QStringLiteral("port=%1").arg(db.port());
    if (!db.userName().isEmpty())
        parts << QStringLiteral("user=") + quoted(db.userName());
    if (!db.databaseName().isEmpty())
        parts << QStringLiteral("dbname=") + quoted(db.databaseName());
    return parts.join(QLatin1Char(' '));
}

void ConnectionKeeper::watch()
{
    if (SqlDialect::of(m_db).engine() != SqlDialect::Engine::PostgreSQL)
        return;
    if (!m_prober.isRunning())
        m_prober.start();
    m_ping.start();
    // The driver reads notifications when its socket wakes; so does a closed connection.
    QSocketNotifier *socket = m_db.driver()->findChild<QSocketNotifier *>();
    if (socket && socket != m_socket) {
        m_socket = socket;
        connect(socket, &QSocketNotifier::activated, this, &ConnectionKeeper::scheduleCheck);
    }
}

void ConnectionKeeper::scheduleCheck()
{
    // After the driver has read what woke the socket; once for a burst.
    if (m_checkScheduled || m_lost)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_checkScheduled = false;
        check();
    });
}

bool ConnectionKeeper::connectionDead() const
{
    if (SqlDialect::of(m_db).engine() != SqlDialect::Engine::PostgreSQL)
        return false; // a file's connection cannot drop
    if (!m_db.isOpen())
        return true;
    PGconn *conn = libpqConnection(m_db);
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return true;
    const int socket = PQsocket(conn);
    if (socket < 0)
        return true;
    // Peeked, never read: what waits is the driver's (a notification, the server's goodbye).
    char byte = 0;
    const ssize_t got = ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (got == 0)
        return true; // the server closed it
    if (got < 0)
        return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
    return false;
}

bool ConnectionKeeper::check()
{
    if (m_lost)
        return false;
    if (!connectionDead())
        return true;
    goLost();
    return false;
}

void ConnectionKeeper::goLost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_ping.stop();
    m_delay = m_firstDelay;
    emit lost();
    retry();
}

void ConnectionKeeper::ping()
{
    // A network gone quiet leaves the socket looking idle: the server is probed now and then.
    if (check() && (!m_sinceProbe.isValid() || m_sinceProbe.elapsed() >= m_probeInterval)) {
        m_sinceProbe.start();
        startProbe();
    }
}

void ConnectionKeeper::startProbe()
{
    if (m_probing)
        return;
    if (!m_prober.isRunning())
        m_prober.start();
    m_probing = true;
    const QByteArray address = probeAddress(m_db, m_probeTimeout).toUtf8();
    QMetaObject::invokeMethod(m_proberContext, [this, address] {
        // PQping does not log in: it asks whether the server accepts connections.
        const bool reachable = PQping(address.constData()) == PQPING_OK;
        emit probed(reachable);
    });
}

void ConnectionKeeper::probeAnswered(bool reachable)
{
    m_probing = false;
    if (!m_lost) {
        if (!reachable)
            goLost();
        return;
    }
    if (reachable && m_reconnect()) {
        m_lost = false;
        m_ping.start();
        emit restored();
        return;
    }
    m_retry.start(m_delay);
    m_delay = std::min(m_delay * 2, m_longestDelay);
}

void ConnectionKeeper::retry()
{
    if (!m_lost)
        return;
    startProbe();
}

} // namespace planner
