// A viewer on a team database (issue 15, point 4) against the real test server: the window
// asks the server what the user may do on connect, greys out every action that would change
// the database and says why; a planner and a file may edit.
#include "modeltestsupport.h"
#include "teamrolestestsupport.h"

#include "campaignactions.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "readonlyguard.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/teamroles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QTableView>

namespace planner::test {
namespace {

class ReadOnlyGuardTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        SKIP_WITHOUT_TEST_SERVER();
        ASSERT_TRUE(m_team.prepare(m_dir));
        Error error;
        auto admin = CampaignFile::open(m_team.m_uri, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(admin) << error.text().toStdString();
        ASSERT_TRUE(admin->candidates().add(
            makeCandidate(QStringLiteral("Nguyễn Thu Hà"), CandidateKind::Creator,
                          {makeChannel(Platform::YouTube, QStringLiteral("thuha"), 85000)})));
        Campaign campaign;
        campaign.name = QStringLiteral("Tết launch");
        campaign.budget = Money(30000000, QStringLiteral("VND"));
        m_campaignId = admin->campaigns().create(campaign).value_or(0);
        ASSERT_GT(m_campaignId, 0);
        ASSERT_TRUE(TeamRoles::init(admin->database(), m_team.m_plan, &error)) << error.text().toStdString();
    }

    void TearDown() override
    {
        if (!m_team.m_uri.isEmpty()) {
            Error error;
            m_window.openFile(filePath(QStringLiteral("own.sqlite")), true, &error);
        }
        m_team.drop();
    }

    void openAs(const QString &who)
    {
        Error error;
        ASSERT_TRUE(m_window.openFile(m_team.uriAs(who), false, &error))
            << error.text().toStdString();
        m_window.campaignPanel()->selectCampaign(m_campaignId);
        QTableView *table = m_window.panel()->table();
        table->setCurrentIndex(table->model()->index(0, 0));
    }

    QList<QAction *> writeActions() const
    {
        QList<QAction *> actions;
        for (const char *name : {"importAction", "addAction", "editAction", "deleteAction"})
            actions << m_window.findChild<QAction *>(QLatin1String(name));
        CampaignPanel *campaign = m_window.campaignPanel();
        actions << campaign->newCampaignAction() << campaign->editCampaignAction()
                << campaign->deleteCampaignAction() << m_window.campaignActions()->addToShortlistAction()
                << m_window.campaignActions()->assumptionsAction() << m_window.campaignActions()->brandFitAction();
        return actions;
    }

    QLabel *badge() const { return m_window.findChild<QLabel *>(QStringLiteral("viewOnlyBadge")); }

    TeamPlace m_team;
    qint64 m_campaignId = 0;
    MainWindow m_window{nullptr};
};

TEST_F(ReadOnlyGuardTest, AViewerSeesEveryChangeGreyedOutAndWhy)
{
    openAs(QStringLiteral("budi"));
    EXPECT_GT(m_window.panel()->currentCandidateId(), 0);
    for (QAction *action : writeActions()) {
        ASSERT_TRUE(action);
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_EQ(action->toolTip(), ReadOnlyGuard::reason()) << action->text().toStdString();
        EXPECT_EQ(action->statusTip(), ReadOnlyGuard::reason()) << action->text().toStdString();
    }
    EXPECT_EQ(m_window.campaignPanel()->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    ASSERT_TRUE(badge());
    EXPECT_FALSE(badge()->isHidden());
    // Moving to another row (which enables edit and delete for a planner) keeps them grey.
    QTableView *table = m_window.panel()->table();
    table->setCurrentIndex(QModelIndex());
    table->setCurrentIndex(table->model()->index(0, 1));
    EXPECT_FALSE(m_window.findChild<QAction *>(QStringLiteral("editAction"))->isEnabled());
}

TEST_F(ReadOnlyGuardTest, APlannerAndAFileMayEditAgain)
{
    openAs(QStringLiteral("budi"));
    openAs(QStringLiteral("maya"));
    for (QAction *action : writeActions()) {
        EXPECT_TRUE(action->isEnabled()) << action->text().toStdString();
        EXPECT_NE(action->toolTip(), ReadOnlyGuard::reason()) << action->text().toStdString();
    }
    EXPECT_NE(m_window.campaignPanel()->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_TRUE(badge()->isHidden());
    Error error;
    ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("own.sqlite")), true, &error));
    EXPECT_TRUE(m_window.findChild<QAction *>(QStringLiteral("addAction"))->isEnabled());
    EXPECT_TRUE(badge()->isHidden());
}

} // namespace
} // namespace planner::test
