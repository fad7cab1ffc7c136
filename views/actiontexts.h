#pragma once

#include <QAction>
#include <QString>

namespace planner {

// Names an action for the menus (its text, with the & mnemonic) and says in the status bar
// what it does; with alsoToolTip its toolbar button shows the same words as its tooltip.
inline void describeAction(QAction *action, const QString &text, const QString &statusTip,
                           bool alsoToolTip = false)
{
    action->setText(text);
    action->setStatusTip(statusTip);
    if (alsoToolTip)
        action->setToolTip(statusTip);
}

} // namespace planner
