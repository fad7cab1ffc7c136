#pragma once

#include "domain/candidate.h"
#include "domain/candidatefilter.h"
#include "storage/candidaterowcursor.h"
#include "domain/error.h"
#include "domain/tier.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace planner {

class CandidateOrder;
struct PreparedFilter;
struct RankedChannel;

// Reads and writes candidates and their channels. Every write is one transaction that
// either completes or leaves the file as it was. Unlike the other stores it sends
// aboutToChange() before a write, and changed() after it whether or not it held: the
// readers let go of the file first, so they must read again either way.
class CandidateStore : public Store
{
    Q_OBJECT

public:
    explicit CandidateStore(Database &database, QObject *parent = nullptr);

    // Stores a new candidate and returns its id. A candidate with an id > 0 is stored under
    // that id (undo of a delete puts it back as it was).
    std::optional<qint64> add(const Candidate &candidate, Error *error = nullptr);
    bool update(const Candidate &candidate, Error *error = nullptr);
    bool remove(qint64 candidateId, Error *error = nullptr);
    std::optional<Candidate> find(qint64 candidateId) const;

    // Adds candidates one after another in a single transaction: next() fills the next one
    // and returns false when there are no more. Stops at the first invalid candidate and
    // keeps nothing of the batch in that case.
    std::optional<qint64> addMany(const std::function<bool(Candidate &)> &next,
                                  Error *error = nullptr);

    qint64 candidateCount() const;
    // The candidates when their ids span fewer than limit (then counted: a small index), else
    // none, without counting: a large file's count reads its whole name index (24 MB into the
    // page cache, 25 ms on a million candidates), work for a worker (CandidateCounter).
    std::optional<qint64> candidateCountBelow(qint64 limit) const;
    // Every candidate of the file on db, 0 when it cannot be read.
    static qint64 countCandidates(const QSqlDatabase &db);
    // Whether a channel with this platform and handle is stored (on any candidate).
    bool hasChannel(Platform platform, const QString &handle) const;
    // Every candidate with their channels (two queries, see CandidateLoader).
    QList<Candidate> allCandidates(Error *error = nullptr) const;
    qint64 rowCount(const CandidateFilter &filter) const;
    // The same count on any connection to a campaign database (for counting in the background).
    static qint64 countRows(const QSqlDatabase &db, const CandidateFilter &filter,
                            const TierThresholds &thresholds);
    // The rows the filter's ranges leave out only because a bounded figure is unknown
    // (every known bounded figure within its range, the other filters matched).
    qint64 countUnknownLeftOut(const CandidateFilter &filter) const;
    // The same on any connection (a full scan: CandidateCounter runs it in the background).
    static qint64 countUnknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter,
                                      const TierThresholds &thresholds);
    QString databasePath() const;
    // This store's connection, for readers of the same file (GoalRanking).
    QSqlDatabase db() const;
    std::unique_ptr<CandidateRowCursor> rows(const CandidateFilter &filter,
                                             const CandidateSort &sort) const;
    // The same rows in an in-memory order of the sort's key (no index, no SQL sort).
    std::unique_ptr<CandidateRowCursor> rows(const CandidateFilter &filter, bool descending,
                                             std::shared_ptr<const CandidateOrder> order) const;
    // The same with the search's matches and the ranges' figures read beforehand (on a
    // worker, FilterPreparer): the ranges are then tested in memory as the order is walked.
    std::unique_ptr<CandidateRowCursor> rows(bool descending, std::shared_ptr<const CandidateOrder> order,
                                             const PreparedFilter &prepared) const;
    // Keeps channels ranked for a campaign's goal (GoalRanking::rankInto makes them) as the
    // order CandidateSortKey::GoalFit walks (a temporary table of this store's connection;
    // open cursors must be let go first). Not a change of the file: no signal.
    bool rankByGoal(const std::vector<RankedChannel> &channels, Error *error = nullptr);
    // The niche keys and region codes in use, for filter choices.
    QStringList nichesInUse() const;
    QStringList regionsInUse() const;

    // Another connection wrote candidates (the import): readers let go and read again.
    void announceOutsideWrite();

    const TierThresholds &tierThresholds() const { return m_thresholds; }
    void reloadTierThresholds();

signals:
    // Emitted before a write, so open cursors can let go of the file first.
    void aboutToChange();

private:
    QStringList listValuesInUse(const QString &column) const;

    TierThresholds m_thresholds;
};

} // namespace planner
