#include "readonlyguard.h"

#include "campaignactions.h"
#include "campaignpanel.h"
#include "mainwindow.h"
#include "resultactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

namespace planner {

ReadOnlyGuard::ReadOnlyGuard(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_badge(new QLabel(window))
{
    m_badge->setObjectName(QStringLiteral("viewOnlyBadge"));
    window->statusBar()->addPermanentWidget(m_badge);
    m_badge->hide();
    retranslate();
}

void ReadOnlyGuard::watchWindow()
{
    for (const char *name : {"importAction", "addAction", "editAction", "deleteAction", "undoAction", "redoAction"})
        guard(m_window->findChild<QAction *>(QLatin1String(name)));
    CampaignPanel *campaign = m_window->campaignPanel();
    for (QAction *action : {campaign->newCampaignAction(), campaign->editCampaignAction(),
                            campaign->deleteCampaignAction(), campaign->removeEntryAction()})
        guard(action);
    CampaignActions *actions = m_window->campaignActions();
    for (QAction *action : {actions->addToShortlistAction(), actions->suggestAction(), actions->assumptionsAction(),
                            actions->brandFitAction()})
        guard(action);
    if (auto *results = m_window->findChild<ResultActions *>())
        guard(results->resultsAction());
    guard(campaign->table());
}

void ReadOnlyGuard::guard(QAction *action)
{
    if (!action)
        return;
    m_actions << action;
    // Whatever enables the action again (a new selection, a campaign chosen) is undone at once;
    // what the window wants is kept for when editing is allowed again.
    connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
        if (!m_readOnly || m_holding)
            return;
        m_tips[action].enabled = enabled;
        if (enabled)
            hold(action);
    });
}

void ReadOnlyGuard::guard(QAbstractItemView *view)
{
    m_views << view;
}

QString ReadOnlyGuard::reason()
{
    return tr("You can only view this team database: ask whoever runs it to make you a planner.");
}

void ReadOnlyGuard::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    for (QAction *action : std::as_const(m_actions)) {
        if (!action)
            continue;
        if (readOnly) {
            m_tips.insert(action, Tips{action->toolTip(), action->statusTip(), action->isEnabled()});
            hold(action);
        } else {
            const Tips tips = m_tips.take(action);
            action->setToolTip(tips.toolTip);
            action->setStatusTip(tips.statusTip);
            action->setEnabled(tips.enabled);
        }
    }
    for (QAbstractItemView *view : std::as_const(m_views)) {
        if (!view)
            continue;
        if (readOnly) {
            m_triggers.insert(view, int(view->editTriggers()));
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else {
            view->setEditTriggers(QAbstractItemView::EditTriggers(m_triggers.take(view)));
        }
    }
    m_badge->setVisible(readOnly);
}

void ReadOnlyGuard::hold(QAction *action)
{
    m_holding = true;
    action->setEnabled(false);
    action->setToolTip(reason());
    action->setStatusTip(reason());
    m_holding = false;
}

void ReadOnlyGuard::retranslate()
{
    //: Status bar, when the user may only read the team database
    m_badge->setText(tr("View only"));
    m_badge->setToolTip(reason());
    if (!m_readOnly)
        return;
    for (QAction *action : std::as_const(m_actions)) {
        if (action)
            hold(action);
    }
}

} // namespace planner
