#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <functional>

class QSocketNotifier;

namespace planner {

// Keeps a team database's connection (issue 15): notices when it drops (the server restarted,
// the network went, an administrator ended the session), says so, and opens it again with a
// growing pause between tries until the server answers. It looks every few seconds and as
// soon as the connection's socket wakes (the server closing it wakes the listener's socket,
// ChangeListener). A file's connection is never watched.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    // reconnect closes and opens the connection again (CampaignFile::reconnect) and returns
    // whether the server answered.
    ConnectionKeeper(const QSqlDatabase &db, std::function<bool()> reconnect, QObject *parent = nullptr);

    // Starts watching (a server only); again after listening, to watch the new socket.
    void watch();
    // Whether the connection answers, asked now; when not, lost() and the tries begin.
    bool check();
    bool isLost() const { return m_lost; }
    // The pauses between tries: the first, doubling up to the longest (ms).
    void setRetryDelays(int first, int longest);

signals:
    void lost();
    // Open again: subscriptions and temporary tables are gone; everything is read again.
    void restored();

private:
    void retry();
    void scheduleCheck();

    QSqlDatabase m_db;
    std::function<bool()> m_reconnect;
    QTimer m_ping;
    QTimer m_retry;
    QPointer<QSocketNotifier> m_socket;
    int m_firstDelay = 500;
    int m_longestDelay = 15000;
    int m_delay = 500;
    bool m_lost = false;
    bool m_checkScheduled = false;
};

} // namespace planner
