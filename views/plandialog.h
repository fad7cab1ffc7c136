#pragma once

#include "domain/campaign.h"
#include "planning/campaigntotals.h"
#include "domain/candidate.h"
#include "planning/projectedfigures.h"
#include "domain/shortlistentry.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace planner {

class ReportChart;
class ReportChartView;

// One suggested shortlist as the marketer weighs it: the entries, their projections, the
// totals, and how close it is to the best possible one.
struct PlanSummary
{
    Goal goal = Goal::Awareness;
    QList<ShortlistEntry> entries;
    QList<ProjectedFigures> figures;
    CampaignTotals totals;
    double objective = 0.0;
    bool provenOptimal = false;
    double gap = 0.0; // at most this share below the best possible
    QString problem;  // why there is no plan, translated; empty when there is one
};

// Shows one suggested plan, or the plans of both goals side by side, and lets the marketer
// take one onto the shortlist.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(const Campaign &campaign, const QList<PlanSummary> &plans,
               const QHash<qint64, Candidate> &candidates, QWidget *parent = nullptr);

    // The plan the marketer chose to use, or -1.
    int chosenPlan() const { return m_chosen; }
    QString planText(int plan) const;
    QTableWidget *planTable(int plan) const { return m_tables.value(plan); }
    // The chart of the plans side by side when there are several (Compare Goals), else null.
    ReportChartView *goalsChart() const { return m_chart; }
    // The plans' chart: reach, engagements, cost and people by kind, plan beside plan (here
    // and in the Goals chart full size).
    static ReportChart comparisonChart(const Campaign &campaign, const QList<PlanSummary> &plans,
                                       const QHash<qint64, Candidate> &candidates);

private:
    QWidget *createPlanColumn(int plan);
    QWidget *createChart();
    QString heading(const PlanSummary &plan) const;
    QString summary(const PlanSummary &plan) const;

    Campaign m_campaign;
    QList<PlanSummary> m_plans;
    QHash<qint64, Candidate> m_candidates;
    QList<QLabel *> m_summaries;
    QList<QTableWidget *> m_tables;
    ReportChartView *m_chart = nullptr;
    int m_chosen = -1;
};

} // namespace planner
