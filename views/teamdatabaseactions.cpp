#include "teamdatabaseactions.h"

#include "actiontexts.h"
#include "mainwindow.h"
#include "teamdatabasedialog.h"

#include "storage/serveraddress.h"
#include "storage/serverfault.h"
#include "storage/serverpasswords.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace planner {

TeamDatabaseActions::TeamDatabaseActions(MainWindow *window)
    : MenuActions(window)
    , m_mainWindow(window)
    , m_connect(newAction(&TeamDatabaseActions::askAndConnect))
{
    m_connect->setObjectName(QStringLiteral("connectTeamAction"));
    retranslate();
}

void TeamDatabaseActions::retranslate()
{
    describeAction(m_connect, tr("Connect to &Team Database…"),
                   tr("Opens the team's shared candidates and campaigns on a PostgreSQL server"));
}

void TeamDatabaseActions::askAndConnect()
{
    TeamDatabaseDialog dialog(m_window);
    while (dialog.exec() == QDialog::Accepted) {
        dialog.remember();
        Error error;
        if (connectTo(dialog.address(), &error))
            return;
        if (error.isEmpty())
            continue; // the password was not given: back to the details
        QMessageBox::warning(m_window, tr("Connect to Team Database"), error.text());
    }
}

bool TeamDatabaseActions::connectTo(const QString &address, Error *error)
{
    // A password typed before in this session is asked for again: it may have changed.
    ServerPasswords::forget(address);
    Error fault;
    if (m_mainWindow->openFile(address, false, &fault))
        return true;
    if (fault.fieldKey == QLatin1String(ServerFault::passwordFieldKey)) {
        bool given = false;
        const auto parsed = ServerAddress::parse(address, nullptr);
        //: %1 user@server/database
        const QString password = QInputDialog::getText(
            m_window, tr("Password for the Team Database"),
            tr("Password of %1 (not saved):").arg(parsed ? parsed->shownName() : address),
            QLineEdit::Password, QString(), &given);
        if (!given) {
            *error = Error();
            return false;
        }
        ServerPasswords::set(address, password);
        if (m_mainWindow->openFile(address, false, &fault))
            return true;
        ServerPasswords::forget(address);
    }
    *error = fault;
    return false;
}

} // namespace planner
