#pragma once

#include "domain/error.h"

#include "menuactions.h"

#include <QString>

class QAction;

namespace planner {

class MainWindow;

// File > Connect to Team Database…: asks where the team's server is (TeamDatabaseDialog),
// then opens it the way File > Open opens a file (MainWindow::openFile). When the server
// wants a password that libpq found nowhere, asks for it (held in memory for this session
// only, never saved) and tries again; a failure says what went wrong in the window's
// language.
class TeamDatabaseActions : public MenuActions
{
    Q_OBJECT

public:
    explicit TeamDatabaseActions(MainWindow *window);

    QAction *connectAction() const { return m_connect; }

    // Opens the team database at address in the window, asking for a password when the
    // server wants one none was found for; false (and *error) when it could not be opened
    // or the marketer cancelled the password (error empty then).
    bool connectTo(const QString &address, Error *error);

private:
    void retranslate() override;
    void askAndConnect();

    MainWindow *m_mainWindow;
    QAction *m_connect;
};

} // namespace planner
