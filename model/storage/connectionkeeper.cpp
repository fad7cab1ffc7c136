#include "storage/connectionkeeper.h"

#include "storage/sqldialect.h"

#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>

namespace planner {

namespace {

// How often a quiet connection is asked whether it still answers.
constexpr int pingInterval = 5000;

} // namespace

ConnectionKeeper::ConnectionKeeper(const QSqlDatabase &db, std::function<bool()> reconnect, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_reconnect(std::move(reconnect))
{
    m_ping.setInterval(pingInterval);
    connect(&m_ping, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::retry);
}

void ConnectionKeeper::setRetryDelays(int first, int longest)
{
    m_firstDelay = m_delay = first;
    m_longestDelay = longest;
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

bool ConnectionKeeper::check()
{
    if (m_lost)
        return false;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    m_lost = true;
    m_ping.stop();
    m_delay = m_firstDelay;
    emit lost();
    retry();
    return false;
}

void ConnectionKeeper::retry()
{
    if (!m_lost)
        return;
    if (!m_reconnect()) {
        m_retry.start(m_delay);
        m_delay = std::min(m_delay * 2, m_longestDelay);
        return;
    }
    m_lost = false;
    m_ping.start();
    emit restored();
}

} // namespace planner
