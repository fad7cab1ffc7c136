#pragma once

#include "domain/campaign.h"
#include "domain/candidatefilter.h"
#include "domain/candidaterow.h"
#include "planning/goalscore.h"

#include <QAbstractTableModel>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace planner {

class CandidateCounter;
class CandidateOrder;
class CandidateOrderBuilder;
class CandidateStore;
class CandidateRowCursor;
class GoalRanking;
class Projection;

// The candidate list as the main window shows it: one row per candidate channel. Rows come
// from SQL a batch at a time as the view scrolls; filter and sort run in SQL. With a campaign
// open, the last column shows each channel's goal fit for it and the list can be sorted by it.
struct PreparedFilter;
class FilterPreparer;

class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, KindColumn, TierColumn, PlatformColumn, HandleColumn, FollowersColumn,
        EngagementColumn, AvgViewsColumn, FeeColumn, AuthenticityColumn, NichesColumn,
        RegionsColumn, GoalFitColumn, ColumnCount
    };
    enum Role { CandidateIdRole = Qt::UserRole + 1, SortValueRole };
    static constexpr int batchSize = 256;

    // counter: counts the matching rows in the background from the first rows on (a large
    // file's whole count was a full scan on the window's thread as it opened), or null.
    explicit CandidateTableModel(CandidateStore *store, QObject *parent = nullptr, CandidateCounter *counter = nullptr);
    ~CandidateTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CandidateFilter &filter);
    CandidateFilter filter() const { return m_filter; }
    CandidateSort sortOrder() const { return m_sort; }
    const CandidateRow *rowAt(int row) const;
    // First loaded row of a candidate, or -1.
    int rowOfCandidate(qint64 candidateId) const;

    // Counts matching rows in the background from now on (for large files); the model
    // does not own the counter.
    void setBackgroundCounter(CandidateCounter *counter);
    // Rows matching the filter (-1 while a background count runs), and all candidates in
    // the file (for the status bar; with a background counter, -1 while it counts a large
    // file's as it opens, and the count before an edit until it has the new one).
    qint64 matchingRowCount() const { return m_matching; }
    qint64 candidateCount() const { return m_candidates; }

    // The campaign whose goal the goal-fit column and sort follow, with the projection of its
    // file (assumptions, tiers, rates); std::nullopt when no campaign is open. The goal-fit
    // order is ranked again only when the goal, targets, currency or projection changed.
    // brandFactors: the campaign's brand-fit factors by candidate id (BrandFitStore::factors).
    void setGoalCampaign(const std::optional<Campaign> &campaign, const Projection &projection,
                         const QHash<qint64, double> &brandFactors = {});
    // Whether the goal-fit column has anything to show (else the view hides it).
    bool hasGoalColumn() const { return m_ranking != nullptr; }
    // Why a loaded row ranks where it does for the open campaign; empty without one.
    std::optional<GoalScore> goalScore(int row) const;

    // Texts depend on the language: tells views to read them again.
    void retranslate();

    // From this many candidates on, a sort is made on a worker thread while the rows stay
    // as they were (the header marks the column); below it, at once. 100,000 by default.
    void setBackgroundSortFrom(qint64 candidates) { m_backgroundFrom = candidates; }
    // Whether a sort is being made on the worker thread.
    bool isSorting() const { return m_building.has_value(); }
    // In-memory orders kept at most (about 16 MB each for a million candidates): the one
    // shown and the one before it; sorting again by an older column makes its order again.
    static constexpr size_t keptOrders = 2;
    // The keys of the orders kept, the most recently used last (Tier's is Followers').
    std::vector<CandidateSortKey> keptOrderKeys() const { return m_orderUse; }

    // Whether a filter's search matches and range figures are being read on the worker
    // (a large file); the rows shown are those of the previous filter meanwhile.
    bool isFiltering() const { return m_preparing; }

signals:
    void countsChanged();
    // A sort made on the worker thread is shown.
    void sorted();
    // The rows could not be read (the query failed, the file is damaged): the table shows
    // what it had, and the message says why.
    void readFailed(const QString &message);

private:
    void reload(int keep);
    void releaseCursor();
    void reportCursorFailure();
    QVariant displayText(const CandidateRow &row, int column) const;
    QVariant sortValue(const CandidateRow &row, int column) const;
    QString tooltip(const CandidateRow &row) const;
    QVariant goalData(int row, int role) const;
    QString goalTooltip(const CandidateRow &row, const GoalScore &score) const;
    static QString noValueText();
    static QString columnTitle(int section);
    void scoreRows(qsizetype from);
    CandidateSort querySort() const;
    std::shared_ptr<const CandidateOrder> orderOf(CandidateSortKey key) const;
    // Whether the rows of m_sort can be read now; false while the worker makes its order.
    bool ensureOrder(bool again = false);
    void orderBuilt(int serial, std::shared_ptr<const CandidateOrder> order, const QString &message);
    void keepOrder(CandidateSortKey key, std::shared_ptr<const CandidateOrder> order);
    std::unique_ptr<CandidateRowCursor> openCursor() const;
    // Whether the filter is read on the worker before the rows are (a large file with an
    // in-memory order, and a search or ranges not read yet); starts it if so.
    bool prepareFilter();
    void useCounter(CandidateCounter *counter);
    // Whether the file counts as large (its candidates not counted yet count as many).
    bool isLarge() const { return m_candidates < 0 || m_candidates >= m_backgroundFrom; }
    void countCandidates();
    // Whether the filter is walked on the worker (a large file, a search or ranges on).
    bool filterOnWorker() const;
    void filterPrepared(int serial, const std::shared_ptr<const PreparedFilter> &prepared);

    CandidateStore *m_store;
    CandidateFilter m_filter;
    CandidateSort m_sort;
    CandidateSort m_querySort; // what the cursor runs: m_sort, unless goal fit cannot be had
    std::unique_ptr<CandidateRowCursor> m_cursor;
    QList<CandidateRow> m_rows;
    bool m_exhausted = false;
    CandidateCounter *m_counter = nullptr;
    qint64 m_matching = 0;
    qint64 m_candidates = -1; // until counted
    bool m_candidatesStale = true; // counted again at the next reload (a full scan of a large file)
    std::unique_ptr<GoalRanking> m_ranking;  // the open campaign's, or none
    std::unique_ptr<GoalRanking> m_rankedBy; // what the goal-fit order ranks; none when stale
    // In-memory orders by key (Tier shares Followers'); Name has its index instead.
    std::map<CandidateSortKey, std::shared_ptr<const CandidateOrder>> m_orders;
    std::vector<CandidateSortKey> m_orderUse; // m_orders' keys, the most recently used last
    void useOrder(CandidateSortKey key);
    std::unique_ptr<CandidateOrderBuilder> m_builder; // made for the first large sort
    std::optional<CandidateSortKey> m_building;       // what the worker is sorting by
    int m_buildSerial = 0;
    qint64 m_backgroundFrom = 100000;
    QList<GoalScore> m_scores; // of the loaded rows, while a campaign is open
    std::unique_ptr<FilterPreparer> m_preparer;   // made for the first large filter
    std::shared_ptr<const PreparedFilter> m_prepared; // of m_filter when it was read
    bool m_preparing = false;
    bool m_sortAwaitsFilter = false; // a sort is shown once its filter is walked
    int m_prepareSerial = 0;
};

} // namespace planner
