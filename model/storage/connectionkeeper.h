#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace planner {

// Keeps a team database's connection (issue 15): notices when it drops (the server restarted,
// the network went, an administrator ended the session), says so, and opens it again with a
// growing pause between tries until the server answers. A file's connection is never watched.
//
// The UI thread never waits on the network here (issue 14: never blocked longer than 50 ms).
// It looks at the connection's own socket without waiting (closed by the server, or failed:
// lost) twice a second and as soon as the socket wakes (a query that met the closed socket
// first leaves no wake behind). Whether the server can be reached
// at all (a network gone quiet leaves the socket looking idle) is asked on a thread of its
// own, by a throwaway connection attempt that gives up after a few seconds (probeAddress,
// libpq's PQping). While lost, the probe logs in as the window's connection does (same
// address, user and password, the probe's short timeout) and closes at once; the connection
// is opened again (reconnect, on the UI thread: Qt SQL connections belong to the thread that
// made them) only once such a login has succeeded, so that the reopen meets a server that
// has just let the same login in, and does not wait on the network.
//
// A probe's thread is never waited for: it holds no pointer to the keeper, only a shared
// ProbeOwner that the keeper clears as it goes, under the mutex through which the probe
// posts its answer. Closing the window (or the file) while the server does not answer
// returns at once; the probe ends by its own timeout and its answer is dropped.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    // reconnect closes and opens the connection again (CampaignFile::reconnect) and returns
    // whether the server answered.
    ConnectionKeeper(const QSqlDatabase &db, std::function<bool()> reconnect, QObject *parent = nullptr);
    ~ConnectionKeeper() override;

    // Starts watching (a server only); again after listening, to watch the new socket.
    void watch();
    // Whether the connection still looks open, seen now without waiting on the network;
    // when not, lost() and the tries begin.
    bool check();
    bool isLost() const { return m_lost; }
    // The pauses between tries: the first, doubling up to the longest (ms).
    void setRetryDelays(int first, int longest);
    // How long the worker's probe waits for the server (whole seconds, libpq's connect_timeout).
    void setProbeTimeout(int seconds) { m_probeTimeout = seconds; }
    // How often the connection is looked at (ms; costs no network) and how often the
    // server is probed (ms, rounded up to a look).
    void setCheckInterval(int milliseconds) { m_ping.setInterval(milliseconds); }
    void setProbeInterval(int milliseconds) { m_probeInterval = milliseconds; }
    // The libpq connection string the probe uses for db, with connect_timeout (last: it wins
    // over the address's own); with the password when login (the probe then logs in).
    static QString probeAddress(const QSqlDatabase &db, int timeoutSeconds, bool login = false);

signals:
    void lost();
    // Open again: subscriptions and temporary tables are gone; everything is read again.
    void restored();
    // The worker's probe answered (on the UI thread); reachable: the server accepts connections.
    void probed(bool reachable);

public:
    struct ProbeOwner; // shared with the probes' threads

private:
    void retry();
    void scheduleCheck();
    void ping();
    void startProbe();
    void probeAnswered(bool reachable);
    void goLost();
    // Whether the connection is seen closed or failed (no waiting: the socket is peeked).
    bool connectionDead() const;

    QSqlDatabase m_db;
    std::function<bool()> m_reconnect;
    QTimer m_ping;
    QTimer m_retry;
    QPointer<QSocketNotifier> m_socket;
    std::shared_ptr<ProbeOwner> m_probeOwner;
    int m_firstDelay = 500;
    int m_longestDelay = 15000;
    int m_delay = 500;
    int m_probeTimeout = 5;
    int m_probeInterval = 5000;
    QElapsedTimer m_sinceProbe;
    bool m_lost = false;
    bool m_checkScheduled = false;
    bool m_probing = false;
    bool m_probeLoggedIn = false; // whether the probe under way (or last) logs in
};

} // namespace planner
