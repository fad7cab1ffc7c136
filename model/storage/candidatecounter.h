#pragma once

#include "domain/candidatefilter.h"
#include "domain/tier.h"
#include "storage/backgroundconnection.h"
#include "storage/memorycount.h"

#include <QMutex>
#include <QObject>
#include <optional>

namespace planner {

// Counts the rows a filter matches on a connection of its own in a worker thread, so the
// table of a large file updates at once and the count follows. Only the newest request
// is worked on; older ones still waiting are dropped. It also counts the rows the filter's
// ranges leave out because a figure is unknown (a full scan of a large file: never on the
// window's thread), with its own newest request. A filter of search words and ranges only is
// counted in memory (MemoryCount), the rest in SQL.
class CandidateCounter : public QObject
{
    Q_OBJECT

public:
    explicit CandidateCounter(const QString &databasePath, QObject *parent = nullptr);
    ~CandidateCounter() override;

    // tested: the channels the table's walk of this filter found passing, counted instead of
    // testing them again (MemoryCount::rows), or null. found: the search's matches the
    // table's worker read for this filter from the same file, or null.
    void request(const CandidateFilter &filter, const TierThresholds &thresholds,
                 std::shared_ptr<const PassingChannels> tested = {},
                 std::shared_ptr<const SearchMatches> found = {});
    void requestUnknownLeftOut(const CandidateFilter &filter, const TierThresholds &thresholds);
    // Counts every candidate of the file (a scan of a large file's whole name index: never on
    // the window's thread, nor into its connection's page cache).
    void requestCandidates();
    // The file changed: the figures counted in memory are read again for the next count.
    void forgetFigures();

signals:
    void counted(const planner::CandidateFilter &filter, qint64 rows);
    // CandidateStore::countUnknownLeftOut of the filter.
    void unknownLeftOutCounted(const planner::CandidateFilter &filter, qint64 rows);
    // CandidateStore::countCandidates of the file.
    void candidatesCounted(qint64 candidates);

private:
    struct Request
    {
        CandidateFilter filter;
        TierThresholds thresholds;
        std::shared_ptr<const PassingChannels> tested;
        std::shared_ptr<const SearchMatches> found;
    };
    // Run in the worker thread: take the newest request of the slot and count it.
    void work(std::optional<Request> *slot, bool unknownLeftOut);

    QMutex m_mutex;
    std::optional<Request> m_pending;
    std::optional<Request> m_pendingUnknown;
    bool m_forget = false; // under m_mutex
    bool m_countCandidates = false; // under m_mutex
    MemoryCount m_memory;  // worker only: a filter of search and ranges counted in memory
    BackgroundConnection m_background; // last: its thread ends before the rest goes
};

} // namespace planner
