#pragma once

#include "charts/chartwindow.h"
#include "domain/campaign.h"
#include "domain/candidaterow.h"
#include "planning/projectedfigures.h"

namespace planner {

class Projection;
class ReportChartView;

// Compare Candidates: 2 to 8 candidate rows projected for the open campaign (one piece of
// content each in its platform's natural format, as the goal-fit ranking prices them) and
// drawn side by side, each measure on its own scale. Nothing goes on the shortlist.
class CandidateComparisonDialog : public ChartWindow
{
    Q_OBJECT

public:
    static constexpr int fewest = 2;
    static constexpr int most = 8;

    CandidateComparisonDialog(const Campaign &campaign, const Projection &projection,
                              const QList<CandidateRow> &rows, QWidget *parent = nullptr);

    // The projection of each row, in the rows' order (what the chart shows).
    const QList<ProjectedFigures> &figures() const { return m_figures; }
    ReportChartView *chartView() const;

private:
    QList<ProjectedFigures> m_figures;
};

} // namespace planner
