#include "candidatecomparisondialog.h"

#include "charts/reportchartview.h"
#include "planning/goalranking.h"
#include "text/displaynames.h"
#include "text/localformat.h"

namespace planner {

CandidateComparisonDialog::CandidateComparisonDialog(const Campaign &campaign, const Projection &projection,
                                                     const QList<CandidateRow> &rows, QWidget *parent)
    : ChartWindow(new ReportChartView, SettingsKeys::candidateComparisonGeometry, parent)
{
    const GoalRanking ranking(campaign, projection);
    QStringList labels;
    for (const CandidateRow &row : rows) {
        m_figures << ranking.score(row).figures();
        //: %1 candidate name, %2 platform: a bar of Compare Candidates
        labels << tr("%1 · %2").arg(LocalFormat::isolated(row.name), DisplayNames::platform(row.channel.platform));
    }
    //: %1 campaign name
    setWindowTitle(tr("Compare Candidates: %1").arg(campaign.name));
    //: %1 campaign name, %2 goal
    const QString title = tr("Projected for “%1” (%2), one piece of content each; the shortlist is unchanged")
                              .arg(campaign.name, DisplayNames::goal(campaign.goal));
    chartView()->setChart(ReportChart::measuresChart(title, labels, m_figures, campaign.currency()));
}

ReportChartView *CandidateComparisonDialog::chartView() const
{
    return static_cast<ReportChartView *>(chart());
}

} // namespace planner
