#include "storage/connectionkeeper.h"

#include "storage/connectionstate.h"
#include "storage/sqldialect.h"

#include <QMutex>
#include <QSocketNotifier>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <thread>

namespace planner {

namespace {

// How often the connection is looked at (no network: its status and socket).
constexpr int lookInterval = 500;

// A value in libpq's key='value' form.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

struct ConnectionKeeper::ProbeOwner
{
    QMutex mutex;
    ConnectionKeeper *keeper = nullptr; // null once the keeper went
};

ConnectionKeeper::ConnectionKeeper(const QSqlDatabase &db, std::function<bool()> reconnect, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_reconnect(std::move(reconnect))
    , m_probeOwner(std::make_shared<ProbeOwner>())
{
    m_probeOwner->keeper = this;
    m_ping.setInterval(lookInterval);
    connect(&m_ping, &QTimer::timeout, this, &ConnectionKeeper::ping);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::retry);
    // probed is emitted on this thread: the probe posts it here.
    connect(this, &ConnectionKeeper::probed, this, &ConnectionKeeper::probeAnswered);
}

ConnectionKeeper::~ConnectionKeeper()
{
    // A probe under way ends by its own timeout, on its own: nothing waits for it, and its
    // answer finds no keeper (an answer posted already is dropped with this object).
    QMutexLocker lock(&m_probeOwner->mutex);
    m_probeOwner->keeper = nullptr;
}

void ConnectionKeeper::setRetryDelays(int first, int longest)
{
    m_firstDelay = m_delay = first;
    m_longestDelay = longest;
}

QString ConnectionKeeper::probeAddress(const QSqlDatabase &db, int timeoutSeconds, bool login)
{
    QStringList parts;
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
    if (login && !db.password().isEmpty())
        parts << QStringLiteral("password=") + quoted(db.password());
    // Last: libpq takes the last of a setting given twice, and the address has its own (10 s).
    parts << QStringLiteral("connect_timeout=%1").arg(timeoutSeconds);
    return parts.join(QLatin1Char(' '));
}

void ConnectionKeeper::watch()
{
    if (SqlDialect::of(m_db).engine() != SqlDialect::Engine::PostgreSQL)
        return;
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
    return ConnectionState::looksDropped(m_db);
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
    m_probing = true;
    // While lost, the probe logs in: the reopen on this thread follows only a login that worked.
    const bool login = m_lost;
    m_probeLoggedIn = login;
    const QByteArray address = probeAddress(m_db, m_probeTimeout, login).toUtf8();
    std::thread([owner = m_probeOwner, address, login] {
        bool reachable = false;
        if (login) {
            PGconn *conn = PQconnectdb(address.constData());
            reachable = PQstatus(conn) == CONNECTION_OK;
            PQfinish(conn);
        } else {
            // PQping does not log in: it asks whether the server accepts connections.
            reachable = PQping(address.constData()) == PQPING_OK;
        }
        QMutexLocker lock(&owner->mutex);
        if (ConnectionKeeper *keeper = owner->keeper)
            QMetaObject::invokeMethod(keeper, [keeper, reachable] { emit keeper->probed(reachable); },
                                      Qt::QueuedConnection);
    }).detach();
}

void ConnectionKeeper::probeAnswered(bool reachable)
{
    m_probing = false;
    if (!m_lost) {
        if (!reachable)
            goLost();
        return;
    }
    if (reachable && !m_probeLoggedIn) {
        // A ping sent before the loss was seen: a login is tried before the reopen.
        startProbe();
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
