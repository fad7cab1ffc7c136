#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QLabel;
class QMainWindow;

namespace planner {

class CampaignFile;

// What the window shows while the open database may only be read (a viewer on a team
// database: CampaignFile::mayEdit, the server's own grants asked on connect): "View only" in
// the status bar and no editing in place in the views it watches. The actions are not held
// here: each group's own enabling rule asks CampaignFile::mayEdit through enable(), so an
// action is enabled only when its selection allows it AND the user may edit, and a greyed one
// says why. The server refuses a viewer's write anyway; this spares the marketer the attempt.
class ReadOnlyGuard : public QObject
{
    Q_OBJECT

public:
    explicit ReadOnlyGuard(QMainWindow *window);

    // Stops editing in place in view while the database may only be read.
    void guard(QAbstractItemView *view);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Why a change cannot be made, in the window's language.
    static QString reason();
    void retranslate();

    // Whether the user may change file (CampaignFile::mayEdit); with no file open nothing is
    // refused (there is nothing to change either).
    static bool mayEdit(const CampaignFile *file);
    // Enables an action that changes the database when allowed (by the selection, the open
    // campaign...) and the user may edit. When they may not, its tooltip and status tip give
    // reason(); its own tips come back once they may. Run it again after the action's texts
    // are set in a new language.
    static void enable(QAction *action, bool allowed, bool mayEdit);
    // A hidden line for a dialog that shows what a viewer may read but not change, named
    // "viewOnlyNotice"; the dialog shows it and sets its text to reason() in its language.
    static QLabel *notice(QWidget *parent);

private:
    QLabel *m_badge;
    bool m_readOnly = false;
    QList<QPointer<QAbstractItemView>> m_views;
    QHash<QAbstractItemView *, int> m_triggers;
};

} // namespace planner
