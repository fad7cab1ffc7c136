#include "readonlyguard.h"

#include "storage/campaignfile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace planner {

namespace {

// An action's own tooltip and status tip, kept on it while reason() stands in their place.
const char ownTipsProperty[] = "plannerOwnTips";

} // namespace

ReadOnlyGuard::ReadOnlyGuard(QMainWindow *window)
    : QObject(window)
    , m_badge(new QLabel(window))
{
    m_badge->setObjectName(QStringLiteral("viewOnlyBadge"));
    window->statusBar()->addPermanentWidget(m_badge);
    m_badge->hide();
    retranslate();
}

void ReadOnlyGuard::guard(QAbstractItemView *view)
{
    m_views << view;
}

QString ReadOnlyGuard::reason()
{
    return tr("You can only view this team database; ask its owner for the planner role.");
}

bool ReadOnlyGuard::mayEdit(const CampaignFile *file)
{
    return !file || file->mayEdit();
}

void ReadOnlyGuard::enable(QAction *action, bool allowed, bool may)
{
    action->setEnabled(allowed && may);
    const QStringList own = action->property(ownTipsProperty).toStringList();
    if (!may) {
        // Texts set since (a new language) are the action's own now.
        if (action->toolTip() != reason() || own.size() != 2)
            action->setProperty(ownTipsProperty, QStringList{action->toolTip(), action->statusTip()});
        action->setToolTip(reason());
        action->setStatusTip(reason());
    } else if (own.size() == 2) {
        action->setToolTip(own.at(0));
        action->setStatusTip(own.at(1));
        action->setProperty(ownTipsProperty, QVariant());
    }
}

QLabel *ReadOnlyGuard::notice(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("viewOnlyNotice"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void ReadOnlyGuard::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
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

void ReadOnlyGuard::retranslate()
{
    //: Status bar, when the user may only read the team database
    m_badge->setText(tr("View only"));
    m_badge->setToolTip(reason());
}

} // namespace planner
