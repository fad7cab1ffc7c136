// File > Connect to Team Database… against the real test server (scripts/pg-test-server.sh):
// the dialog's fields make the address, the window opens the server's database through the
// same path as File > Open, and each kind of failure is said for what it is.
#include "backendtestsupport.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "modeltestsupport.h"
#include "storage/campaignfile.h"
#include "storage/candidatestore.h"
#include "storage/serveraddress.h"
#include "teamdatabaseactions.h"
#include "teamdatabasedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>

using namespace planner;

namespace {

Candidate creator(const QString &name, const QString &handle)
{
    return test::makeCandidate(name, CandidateKind::Creator, {test::makeChannel(Platform::YouTube, handle, 85000)});
}

// A database of its own on the test server, made empty and dropped at the end; the window
// tests need one (the dialog has no place for the store suites' schema option).
class TeamDatabaseTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        const QString uri = test::TestDatabase::serverUri();
        if (uri.isEmpty())
            GTEST_SKIP() << "PLANNER_TEST_PG is not set: no PostgreSQL server to connect to "
                            "(scripts/pg-test-server.sh)";
        m_server = QUrl(uri);
        m_database = QStringLiteral("team_%1").arg(QCoreApplication::applicationPid());
        test::TestDatabase::run(QStringLiteral("DROP DATABASE IF EXISTS ") + m_database + QStringLiteral(" WITH (FORCE)"));
        ASSERT_TRUE(test::TestDatabase::run(QStringLiteral("CREATE DATABASE ") + m_database));
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("own.sqlite")), true, &error))
            << error.text().toStdString();
    }

    void TearDown() override
    {
        if (!m_database.isEmpty()) {
            // The window lets go of the server before its database goes.
            Error error;
            m_window.openFile(filePath(QStringLiteral("own.sqlite")), true, &error);
            test::TestDatabase::run(QStringLiteral("DROP DATABASE IF EXISTS ") + m_database
                                    + QStringLiteral(" WITH (FORCE)"));
        }
        TempDirTest::TearDown();
    }

    QString address(const QString &user, int port, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
            .arg(user, m_server.host(), QString::number(port), database);
    }

    TeamDatabaseActions *actions() const { return m_window.findChild<TeamDatabaseActions *>(); }

    MainWindow m_window{nullptr};
    QUrl m_server;
    QString m_database;
};

} // namespace

TEST_F(TeamDatabaseTest, TheDialogOpensTheServersCandidatesInTheWindow)
{
    {
        // A colleague's candidates, already on the server.
        Error error;
        auto colleague = CampaignFile::open(address(m_server.userName(), m_server.port(), m_database),
                                            Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(colleague) << error.text().toStdString();
        ASSERT_TRUE(colleague->candidates().add(creator(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha")), &error));
        ASSERT_TRUE(colleague->candidates().add(creator(QStringLiteral("Aisyah Glow"), QStringLiteral("@aisyah.glow")), &error));
    }
    bool filled = false;
    QString shownError;
    QTimer::singleShot(0, &m_window, [&] {
        auto *dialog = qobject_cast<TeamDatabaseDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(m_server.host());
        dialog->findChild<QSpinBox *>(QStringLiteral("teamPort"))->setValue(m_server.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(m_database);
        dialog->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(m_server.userName());
        dialog->findChild<QComboBox *>(QStringLiteral("teamTls"))
            ->setCurrentIndex(int(TeamDatabaseDialog::tlsModes().indexOf(QStringLiteral("disable"))));
        filled = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // A failure would show a message box over the window: say what it said and close it.
        QTimer::singleShot(0, &m_window, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                shownError = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
                box->close();
            }
        });
    });
    ASSERT_TRUE(actions());
    actions()->connectAction()->trigger();
    ASSERT_TRUE(filled);
    EXPECT_TRUE(shownError.isEmpty()) << shownError.toStdString();

    EXPECT_EQ(m_window.currentFile(), address(m_server.userName(), m_server.port(), m_database));
    EXPECT_EQ(m_window.windowTitle(), QStringLiteral("%1@%2/%3 — Campaign Planner")
                                          .arg(m_server.userName(), m_server.host(), m_database));
    CandidateTableModel *model = m_window.panel()->model();
    ASSERT_EQ(model->rowCount(), 2);
    QStringList names = {model->rowAt(0)->name, model->rowAt(1)->name};
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Aisyah Glow"), QStringLiteral("Nguyễn Thu Hà")}));

    // The details are filled in next time, and no password is among the settings.
    TeamDatabaseDialog again;
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("teamHost"))->text(), m_server.host());
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("teamPort"))->value(), m_server.port());
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->text(), m_database);
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("teamUser"))->text(), m_server.userName());
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("teamTls"))->currentData().toString(), QStringLiteral("disable"));
    for (const QString &key : QSettings().allKeys())
        EXPECT_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive)) << key.toStdString();
}

TEST_F(TeamDatabaseTest, EachFailureSaysWhatWentWrongAndKeepsTheOpenFile)
{
    const QString ownFile = m_window.currentFile();
    struct Case
    {
        QString address;
        QString says;
    };
    const QList<Case> cases = {
        // Nothing listens on port 1 of this machine.
        {address(m_server.userName(), 1, m_database), QStringLiteral("no server answers at %1:1").arg(m_server.host())},
        {address(m_server.userName(), m_server.port(), QStringLiteral("no_such_team")),
         QStringLiteral("the server has no database named “no_such_team”")},
        {address(QStringLiteral("nobody_here"), m_server.port(), m_database), QStringLiteral("did not let nobody_here in")},
    };
    for (const Case &each : cases) {
        Error error;
        EXPECT_FALSE(actions()->connectTo(each.address, &error));
        EXPECT_TRUE(error.text().contains(each.says)) << error.text().toStdString();
        EXPECT_EQ(m_window.currentFile(), ownFile);
    }
}
