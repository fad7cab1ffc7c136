#include "storage/changelistener.h"

#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

ChangeListener::ChangeListener(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ChangeListener::report);
}

bool ChangeListener::listen()
{
    if (SqlDialect::of(m_db).engine() != SqlDialect::Engine::PostgreSQL || !m_db.isOpen())
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next())
        return false;
    m_schema = query.value(0).toString();
    QSqlDriver *driver = m_db.driver();
    // The driver is the same object across a reconnection: connect once.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::received);
    return driver->subscribedToNotifications().contains(QLatin1String(channel))
        || driver->subscribeToNotification(QLatin1String(channel));
}

void ChangeListener::received(const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload)
{
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    // "schema.table": another team's schema on the same server database is not ours.
    const QString text = payload.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0 || text.left(dot) != m_schema)
        return;
    m_pending.insert(text.mid(dot + 1));
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeListener::report()
{
    QStringList tables(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    tables.sort();
    if (!tables.isEmpty())
        emit changedElsewhere(tables);
}

} // namespace planner
