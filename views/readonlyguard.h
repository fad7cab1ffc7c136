#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QLabel;

namespace planner {

class MainWindow;

// While the open database may only be read (a viewer on a team database: the server's own
// grants, TeamRoles::mayEdit, asked on connect), keeps every action that would change it
// greyed out whatever else enables it, says why in its tooltip and status tip, stops editing
// the shortlist in place, and shows "View only" in the status bar. The server refuses a
// viewer's write anyway; this spares the marketer the attempt.
class ReadOnlyGuard : public QObject
{
    Q_OBJECT

public:
    explicit ReadOnlyGuard(MainWindow *window);

    // Guards every action of the window that changes the database.
    void watchWindow();
    void guard(QAction *action);
    void guard(QAbstractItemView *view);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Why a change cannot be made, in the window's language.
    static QString reason();
    void retranslate();

private:
    void hold(QAction *action);

    MainWindow *m_window;
    QLabel *m_badge;
    bool m_readOnly = false;
    // Set while the guard itself greys an action out.
    bool m_holding = false;
    // Each guarded action's own tooltip, status tip and whether the window would enable it,
    // given back when editing is allowed again.
    struct Tips
    {
        QString toolTip;
        QString statusTip;
        bool enabled = false;
    };
    QHash<QAction *, Tips> m_tips;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QAbstractItemView>> m_views;
    QHash<QAbstractItemView *, int> m_triggers;
};

} // namespace planner
