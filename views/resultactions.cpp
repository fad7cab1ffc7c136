#include "resultactions.h"

#include "actiontexts.h"
#include "campaignpanel.h"
#include "charts/chartwindow.h"
#include "charts/projectionqualitychart.h"
#include "resultsdialog.h"
#include "settingskeys.h"
#include "storage/campaignfile.h"

#include <QAction>

namespace planner {

ResultActions::ResultActions(CampaignPanel *campaign, QUndoStack *undo, QWidget *window)
    : MenuActions(window)
    , m_campaign(campaign)
    , m_undo(undo)
    , m_results(newAction(&ResultActions::showResults, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
    , m_quality(newAction(&ResultActions::showQuality))
{
    connect(m_campaign, &CampaignPanel::campaignChanged, this, &ResultActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void ResultActions::retranslate()
{
    describeAction(m_results, tr("&Results…"),
                   tr("Enters or imports what each delivered post really did, and marks the campaign completed"), true);
    describeAction(m_quality, tr("How Good Are Our &Projections?…"),
                   tr("Shows the projected against the actual figures of every completed campaign"), true);
}

void ResultActions::updateEnabled()
{
    m_results->setEnabled(m_campaign->currentCampaign().has_value());
    m_quality->setEnabled(m_campaign->file() != nullptr);
}

ResultsDialog *ResultActions::createResultsDialog() const
{
    const auto campaign = m_campaign->currentCampaign();
    if (!campaign || !m_campaign->file())
        return nullptr;
    return new ResultsDialog(m_campaign->file(), *campaign, m_undo, m_campaign->errorSink(),
                             m_window);
}

QWidget *ResultActions::createQualityWindow() const
{
    if (!m_campaign->file())
        return nullptr;
    auto *window = new ChartWindow(new ProjectionQualityChart(m_campaign->file()),
                                   SettingsKeys::projectionQualityGeometry, m_window);
    window->setWindowTitle(tr("How Good Are Our Projections?"));
    return window;
}

void ResultActions::showResults()
{
    if (ResultsDialog *dialog = createResultsDialog()) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

void ResultActions::showQuality()
{
    if (QWidget *window = createQualityWindow()) {
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    }
}

} // namespace planner
