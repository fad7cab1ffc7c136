#pragma once

#include "domain/candidatefilter.h"
#include "domain/tier.h"
#include "storage/backgroundconnection.h"

#include <QMutex>
#include <QObject>
#include <optional>

namespace planner {

// Counts the rows a filter matches on a connection of its own in a worker thread, so the
// table of a large file updates at once and the count follows. Only the newest request
// is worked on; older ones still waiting are dropped.
class CandidateCounter : public QObject
{
    Q_OBJECT

public:
    explicit CandidateCounter(const QString &databasePath, QObject *parent = nullptr);
    ~CandidateCounter() override;

    void request(const CandidateFilter &filter, const TierThresholds &thresholds);

signals:
    void counted(const planner::CandidateFilter &filter, qint64 rows);

private:
    struct Request
    {
        CandidateFilter filter;
        TierThresholds thresholds;
    };
    void work(); // runs in the worker thread

    QMutex m_mutex;
    std::optional<Request> m_pending;
    BackgroundConnection m_background; // last: its thread ends before the rest goes
};

} // namespace planner
