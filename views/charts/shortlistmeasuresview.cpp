#include "charts/shortlistmeasuresview.h"

#include "charts/followmodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QEvent>

namespace planner {

ShortlistMeasuresView::ShortlistMeasuresView(QWidget *parent)
    : ReportChartView(parent)
{
}

void ShortlistMeasuresView::setModel(ShortlistTableModel *model)
{
    followModel(this, m_model, model, &ShortlistMeasuresView::rebuild);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ShortlistMeasuresView::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ShortlistMeasuresView::rebuild);
    }
    rebuild();
}

void ShortlistMeasuresView::rebuild()
{
    if (!m_model || !m_model->campaign()) {
        setChart({});
        return;
    }
    QStringList labels;
    QList<ProjectedFigures> figures;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ShortlistEntry *entry = m_model->entryAt(row);
        const ProjectedFigures *f = m_model->figuresAt(row);
        if (!entry || !f || !entry->counts())
            continue;
        //: %1 candidate name, %2 platform: a bar of the shortlist chart
        labels << tr("%1 · %2").arg(LocalFormat::isolated(m_model->candidates().value(entry->candidateId).name),
                                    DisplayNames::platform(entry->platform));
        figures << *f;
    }
    const Campaign &campaign = *m_model->campaign();
    //: %1 campaign name
    setChart(ReportChart::measuresChart(tr("The shortlist of “%1”, measure by measure").arg(campaign.name), labels,
                                        figures, campaign.currency()));
}

void ShortlistMeasuresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    ReportChartView::changeEvent(event);
}

} // namespace planner
