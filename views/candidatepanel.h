#pragma once

#include "domain/candidaterow.h"
#include "domain/candidatefilter.h"

#include <QWidget>
#include <memory>

class QTableView;

namespace planner {

class CandidateCounter;
class CandidateFilterBar;
class FilterChoicesReader;
class CandidateStore;
class CandidateTableModel;
class SavedViewsButton;

// The candidate list of the main window: filter bar over a lazily filled table.
class CandidatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CandidatePanel(QWidget *parent = nullptr);
    ~CandidatePanel() override;

    // Files with this many candidates count filter matches in the background.
    static constexpr qint64 backgroundCountFrom = 100000;

    // Shows the candidates of a store (or nothing, for null); the panel owns the model.
    void setStore(CandidateStore *store);
    CandidateTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CandidateFilterBar *filterBar() const { return m_filterBar; }
    SavedViewsButton *savedViews() const { return m_savedViews; }

    // The candidate of the current row, or 0.
    qint64 currentCandidateId() const;
    void selectCandidate(qint64 candidateId);
    // The rows selected, top to bottom, and how many (without reading them).
    QList<CandidateRow> selectedRows() const;
    int selectedCount() const;
    // The table's column layout, to remember between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // How many candidates the file holds and how many rows are shown, in the current language.
    QString countsText() const;

signals:
    void activated(qint64 candidateId);
    void countsChanged();
    void currentChanged();
    void selectionChanged();
    void readFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    // The filter bar's niches and regions in use (a large file's on the worker).
    void readChoices();
    // Around a change of the store: the current candidate and the scroll, kept where they can.
    void rememberPlace();
    void returnToPlace();
    void countUnknownLeftOut(const CandidateFilter &filter);
    void showUnknownLeftOut(const CandidateFilter &filter, qint64 rows);

    CandidateFilterBar *m_filterBar;
    QTableView *m_table;
    SavedViewsButton *m_savedViews;
    CandidateTableModel *m_model = nullptr;
    CandidateStore *m_store = nullptr;
    std::unique_ptr<CandidateCounter> m_counter;
    std::unique_ptr<FilterChoicesReader> m_choices; // a large file's choices, read on a worker
    CandidateFilter m_unknownCounted; // the filter whose unknown rows the range row shows
    bool m_layoutRestored = false;
    qint64 m_placeCandidate = 0;
    int m_placeScroll = 0;
    bool m_fitted = false;
};

} // namespace planner
