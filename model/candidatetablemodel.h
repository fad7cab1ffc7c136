#pragma once

#include "candidatefilter.h"
#include "candidaterow.h"

#include <QAbstractTableModel>
#include <memory>

namespace planner {

class CandidateCounter;
class CandidateStore;
class CandidateRowCursor;

// The candidate list as the main window shows it: one row per candidate channel. Rows come
// from SQL a batch at a time as the view scrolls; filter and sort run in SQL.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, KindColumn, TierColumn, PlatformColumn, HandleColumn, FollowersColumn,
        EngagementColumn, AvgViewsColumn, FeeColumn, AuthenticityColumn, NichesColumn,
        RegionsColumn, ColumnCount
    };
    enum Role { CandidateIdRole = Qt::UserRole + 1, SortValueRole };
    static constexpr int batchSize = 256;

    explicit CandidateTableModel(CandidateStore *store, QObject *parent = nullptr);
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
    // the file (for the status bar).
    qint64 matchingRowCount() const { return m_matching; }
    qint64 candidateCount() const { return m_candidates; }

    // Texts depend on the language: tells views to read them again.
    void retranslate();

signals:
    void countsChanged();

private:
    void reload(int keep);
    void releaseCursor();
    QVariant displayText(const CandidateRow &row, int column) const;
    QVariant sortValue(const CandidateRow &row, int column) const;
    QString tooltip(const CandidateRow &row) const;

    CandidateStore *m_store;
    CandidateFilter m_filter;
    CandidateSort m_sort;
    std::unique_ptr<CandidateRowCursor> m_cursor;
    QList<CandidateRow> m_rows;
    bool m_exhausted = false;
    CandidateCounter *m_counter = nullptr;
    qint64 m_matching = 0;
    qint64 m_candidates = 0;
};

} // namespace planner
