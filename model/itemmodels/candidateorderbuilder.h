#pragma once

#include "domain/candidatefilter.h"
#include "storage/backgroundconnection.h"
#include "storage/candidateorder.h"

#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

namespace planner {

class GoalRanking;

// Makes a CandidateOrder on a connection of its own in a worker thread, so the candidate
// table of a large file never waits for a sort on the UI thread (issue 14): the order of a
// column (SQLite sorts the ids) or the goal-fit order (GoalRanking ranks every channel in
// memory). Only the newest request is worked on; one still waiting is dropped for it, and
// one being worked on stops when a newer one comes (its answer would be dropped too).
class CandidateOrderBuilder : public QObject
{
    Q_OBJECT

public:
    explicit CandidateOrderBuilder(const QString &databasePath, QObject *parent = nullptr);
    ~CandidateOrderBuilder() override;

    // ranking: for CandidateSortKey::GoalFit, the campaign's ranking. serial comes back
    // with the order, so that an answer to an older request can be told apart.
    void request(CandidateSortKey key, const GoalRanking *ranking, int serial);

    // The same work on the caller's thread and connection (a small file).
    static std::shared_ptr<const CandidateOrder> buildNow(const QSqlDatabase &db, CandidateSortKey key,
                                                          const GoalRanking *ranking);

signals:
    // order is null when the file could not be read (the message says why).
    void built(int serial, std::shared_ptr<const planner::CandidateOrder> order, const QString &message);

private:
    struct Request
    {
        CandidateSortKey key;
        std::shared_ptr<const GoalRanking> ranking;
        int serial;
    };
    void work(); // runs in the worker thread

    QString m_path;
    QMutex m_mutex;
    std::optional<Request> m_pending;
    std::atomic<int> m_latest{0}; // the newest request's serial; stopping when the builder goes
    BackgroundConnection m_background; // last: its thread ends before the rest goes
};

} // namespace planner
