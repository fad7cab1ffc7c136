#pragma once

#include <QAction>
#include <QKeySequence>
#include <QObject>

class QWidget;

namespace planner {

// What each menu's group of actions (Campaign, Export, Report, Results, Help, Team) shares:
// the window its dialogs open over, its actions made here and tied to what they do, their
// texts following the window's language, and the status-bar message of a file written.
class MenuActions : public QObject
{
    Q_OBJECT

public:
    explicit MenuActions(QWidget *window);

signals:
    // A file was written: what and where, for the status bar.
    void written(const QString &message);

protected:
    // Names the group's actions in the window's language: the group's constructor runs it,
    // then the group runs it again whenever the window's language changes.
    virtual void retranslate() = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // A new action of this group with its shortcut (none when empty) that runs the
    // group's slot when triggered.
    template <typename Group, typename Result>
    QAction *newAction(Result (Group::*slot)(), const QKeySequence &shortcut = {})
    {
        auto *action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, static_cast<Group *>(this), slot);
        return action;
    }

    QWidget *const m_window;
};

} // namespace planner
