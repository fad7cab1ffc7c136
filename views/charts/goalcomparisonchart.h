#pragma once

#include "plandialog.h"

#include <QColor>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace planner {

class ChartLegend;

// The awareness plan and the niche-trust plan for the same budget side by side: reach,
// engagements, cost, CPM, CPE and how many people of each kind, one small chart each.
class GoalComparisonChart : public QWidget
{
    Q_OBJECT

public:
    explicit GoalComparisonChart(QWidget *parent = nullptr);

    // The plans of "Compare goals", in the order awareness, niche trust; empty clears.
    void setPlans(const QList<PlanSummary> &plans, const QString &currency,
                  const QHash<qint64, Candidate> &candidates);
    static constexpr int chartCount = 6;
    QChart *chart(int index) const;
    // The two bars of a measure chart (index below 5), for tests.
    QList<double> values(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString title(int index) const;
    double measure(int index, const PlanSummary &plan) const;
    static QColor planColor(int plan);

    QList<PlanSummary> m_plans;
    QString m_currency;
    QHash<qint64, Candidate> m_candidates;
    QList<QChartView *> m_views;
    QLabel *m_empty;
    ChartLegend *m_legend;
};

} // namespace planner
