#pragma once

#include "domain/candidate.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace planner {

class BudgetChart;
class CandidateTableModel;
class ChartWindow;
class CostScatterChart;
class GoalComparisonChart;
class ShortlistChart;
class ShortlistTableModel;
struct PlanSummary;

// The charts beside the tables: the shortlist compared, cost against reach for the
// filtered candidates, where the budget goes, and the two goals' plans; any of them
// exported as PNG, SVG or PDF.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    ShortlistChart *shortlistChart() const { return m_shortlist; }
    CostScatterChart *scatterChart() const { return m_scatter; }
    BudgetChart *budgetChart() const { return m_budget; }
    GoalComparisonChart *goalChart() const { return m_goals; }
    QTabWidget *tabs() const { return m_tabs; }

    // What the window gives the charts: the campaign's shortlist and the filtered
    // candidates they draw (null for none), and the plans of a goal comparison (a comparison
    // with plans comes to the front).
    void setModels(ShortlistTableModel *shortlist, CandidateTableModel *candidates);
    void showComparison(const QList<PlanSummary> &plans, const QString &currency,
                        const QHash<qint64, Candidate> &candidates);
    // Marks the shortlist row and the candidate the tables have current.
    void highlightShortlistRow(int row);
    void highlightCandidate(qint64 candidateId);

    // Saves the chart page on show as PNG, SVG or PDF by the file's suffix; false when the
    // file could not be written.
    // Saves the chart on show; tells written() what it wrote where.
    bool exportCurrent(const QString &path);
    // Opens the chart on show full size in a window of its own (its size remembered),
    // drawn afresh at that size: nothing elided, the shortlist each measure on its own
    // scale with every bar labelled. Returns the window.
    ChartWindow *showFullSize();

signals:
    void written(const QString &message);

signals:
    // The marketer clicked a shortlist bar or a candidate's point.
    void shortlistRowClicked(int row);
    void candidateClicked(qint64 candidateId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportDialog();
    void retranslateUi();

    QTabWidget *m_tabs;
    ShortlistChart *m_shortlist;
    CostScatterChart *m_scatter;
    BudgetChart *m_budget;
    GoalComparisonChart *m_goals;
    QPushButton *m_export;
    QPushButton *m_fullSize;
    QPointer<ChartWindow> m_window;
    ShortlistTableModel *m_shortlistModel = nullptr;
    CandidateTableModel *m_candidateModel = nullptr;
    QList<PlanSummary> m_plans;
    QString m_currency;
    QHash<qint64, Candidate> m_candidates;
};

} // namespace planner
