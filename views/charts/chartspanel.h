#pragma once

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace planner {

class BudgetChart;
class CostScatterChart;
class GoalComparisonChart;
class ShortlistChart;

// The charts beside the tables: the shortlist compared, cost against reach for the
// filtered candidates, where the budget goes, and the two goals' plans; any of them
// exported as PNG, SVG or PDF.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    ShortlistChart *shortlistChart() const { return m_shortlist; }
    CostScatterChart *scatterChart() const { return m_scatter; }
    BudgetChart *budgetChart() const { return m_budget; }
    GoalComparisonChart *goalChart() const { return m_goals; }
    QTabWidget *tabs() const { return m_tabs; }

    // Saves the chart page on show as PNG, SVG or PDF by the file's suffix; false when the
    // file could not be written.
    // Saves the chart on show; tells written() what it wrote where.
    bool exportCurrent(const QString &path);

signals:
    void written(const QString &message);

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
};

} // namespace planner
