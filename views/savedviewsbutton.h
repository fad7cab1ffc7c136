#pragma once

#include "domain/savedview.h"

#include <QToolButton>

class QMenu;
class QTableView;

namespace planner {

class CandidateFilterBar;
class Database;

// The "Views" button of the candidate list: a menu of the file's saved views (a named
// filter, sort and column set), one click shows one; "Save view…" keeps what is on
// screen under a name, and the marketer's own views can be deleted.
class SavedViewsButton : public QToolButton
{
    Q_OBJECT

public:
    SavedViewsButton(CandidateFilterBar *filterBar, QTableView *table, QWidget *parent = nullptr);

    // The open file (null when none), and whether the user may change it. Views are kept in
    // the file for everyone who opens it, so a viewer on a team database applies them but
    // cannot save or delete one (the server refuses them that too).
    void setDatabase(Database *database, bool mayEdit = true);
    // What is on screen now, as a view called name.
    SavedView currentView(const QString &name) const;
    void apply(const SavedView &view);
    // Saves what is on screen under name; false with the reason shown when refused.
    bool saveAs(const QString &name);
    QMenu *viewMenu() const { return m_menu; }

signals:
    void failed(const QString &message);
    void applied(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMenu();
    void askNameAndSave();
    void retranslateUi();

    CandidateFilterBar *m_filterBar;
    QTableView *m_table;
    QMenu *m_menu;
    Database *m_database = nullptr;
    bool m_mayEdit = true;
};

} // namespace planner
