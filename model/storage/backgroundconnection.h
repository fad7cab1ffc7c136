#pragma once

#include "storage/querystopper.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <optional>
#include <utility>

namespace planner {

// A worker thread with a read-only connection of its own to a campaign file, for reading
// that must not hold up the UI thread (CandidateCounter, CandidateOrderBuilder). The
// connection is opened on the worker at first use, again at a use after it dropped (a server
// restart, issue 15), and closed there at the end. Its end does not wait for a long read: the
// query running then is stopped (QueryStopper) and work still queued is skipped.
class BackgroundConnection
{
public:
    BackgroundConnection(const QString &databasePath, const QString &purpose);
    ~BackgroundConnection();

    // Runs work on the worker thread, after what was posted before (unless closing by then).
    void post(const std::function<void()> &work);
    // The worker's connection; call it only from posted work.
    QSqlDatabase connection();
    // What stops the worker's read when this goes (for a read that sets its own progress
    // handler, SupersededRead); only from posted work.
    QueryStopper &stopper() { return m_stopper; }
    // The newest request the UI thread left in pending, taken under mutex; none when an
    // earlier run already took it (only the newest request is worked on).
    template <typename Request>
    static std::optional<Request> takeLatest(QMutex &mutex, std::optional<Request> &pending)
    {
        QMutexLocker lock(&mutex);
        std::optional<Request> next;
        next.swap(pending);
        return next;
    }
    // Whether the UI thread raised flag (under mutex) since the last call; lowers it again.
    static bool takeFlag(QMutex &mutex, bool &flag)
    {
        QMutexLocker lock(&mutex);
        return std::exchange(flag, false);
    }

private:
    QString m_path;
    QString m_connectionName;
    QThread m_thread;
    QObject m_worker; // lives in m_thread
    QueryStopper m_stopper; // what the worker's connection runs, stopped at the end
};

} // namespace planner
