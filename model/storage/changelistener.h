#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace planner {

// Changes by colleagues on a team database (issue 15): listens on the server's channel
// campaign_planner, to which every write of a shown table sends "schema.table" (schema 12),
// and says which tables of this connection's schema others changed. The connection's own
// writes are not reported (the stores' changed() already tells the views), and a burst of
// notifications (an import, a colleague's undo of many rows) is one report a short while
// after the first. A file has no channel: listen() returns false.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *channel = "campaign_planner";

    explicit ChangeListener(const QSqlDatabase &db, QObject *parent = nullptr);

    // Subscribes on the connection (again after a reconnection, which forgets it); false on
    // a file or when the server refused.
    bool listen();
    // How long notifications are gathered before changedElsewhere (ms).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

signals:
    // Tables of this schema colleagues changed since the last report, each once.
    void changedElsewhere(const QStringList &tables);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void report();

    QSqlDatabase m_db;
    QString m_schema;
    QSet<QString> m_pending;
    QTimer m_timer;
};

} // namespace planner
