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
#include "resultactions.h"
#include "resultsdialog.h"
#include "savedviewsbutton.h"
#include "assumptionsdialog.h"
#include "storage/savedviewstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/resultstore.h"
#include "storage/teamroles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
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
        const auto candidateId = admin->candidates().add(
            makeCandidate(QStringLiteral("Nguyễn Thu Hà"), CandidateKind::Creator,
                          {makeChannel(Platform::YouTube, QStringLiteral("thuha"), 85000)}));
        ASSERT_TRUE(candidateId);
        Campaign campaign;
        campaign.name = QStringLiteral("Tết launch");
        campaign.budget = Money(30000000, QStringLiteral("VND"));
        m_campaignId = admin->campaigns().create(campaign).value_or(0);
        ASSERT_GT(m_campaignId, 0);
        // Shortlisted, so the results have something to be typed for.
        ShortlistEntry entry;
        entry.campaignId = m_campaignId;
        entry.candidateId = *candidateId;
        entry.platform = Platform::YouTube;
        ASSERT_TRUE(admin->campaigns().addEntry(entry, &error)) << error.text().toStdString();
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
                << m_window.campaignActions()->suggestAction() << m_window.campaignActions()->brandFitAction();
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
    // The window's own enabling rules ask again (a campaign chosen, the language changed):
    // still grey, still saying why, with no second party putting them back.
    m_window.campaignPanel()->selectCampaign(m_campaignId);
    m_window.campaignActions()->updateEnabled();
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&m_window, &languageChange);
    for (QAction *action : writeActions()) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_EQ(action->toolTip(), ReadOnlyGuard::reason()) << action->text().toStdString();
    }
}

TEST_F(ReadOnlyGuardTest, AViewerOpensTheAssumptionsAndResultsToReadThem)
{
    openAs(QStringLiteral("budi"));
    QAction *assumptions = m_window.campaignActions()->assumptionsAction();
    EXPECT_TRUE(assumptions->isEnabled());
    EXPECT_NE(assumptions->toolTip(), ReadOnlyGuard::reason());
    const std::unique_ptr<AssumptionsDialog> dialog(m_window.campaignActions()->createAssumptionsDialog());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isReadOnly());
    EXPECT_GT(dialog->assumptionTable()->rowCount(), 0);
    const auto *notice = dialog->findChild<QLabel *>(QStringLiteral("viewOnlyNotice"));
    ASSERT_TRUE(notice);
    EXPECT_FALSE(notice->isHidden());

    auto *resultActions = m_window.findChild<ResultActions *>();
    ASSERT_TRUE(resultActions);
    EXPECT_TRUE(resultActions->resultsAction()->isEnabled());
    const std::unique_ptr<ResultsDialog> results(resultActions->createResultsDialog());
    ASSERT_TRUE(results);
    EXPECT_EQ(results->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_FALSE(results->completedBox()->isEnabled());
    ASSERT_GT(results->entryBox()->count(), 0);
    EXPECT_FALSE(results->addResult());
    EXPECT_EQ(results->messageText(), ReadOnlyGuard::reason());
    EXPECT_TRUE(m_window.file()->results().resultsOfCampaign(m_campaignId).isEmpty());
    const auto *resultsNotice = results->findChild<QLabel *>(QStringLiteral("viewOnlyNotice"));
    ASSERT_TRUE(resultsNotice);
    EXPECT_FALSE(resultsNotice->isHidden());
    for (QPushButton *button : results->findChildren<QPushButton *>()) {
        if (button->text() != QStringLiteral("Close"))
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    }
}

TEST_F(ReadOnlyGuardTest, AViewerAppliesSavedViewsButSavesNoneAndTheServerAgrees)
{
    openAs(QStringLiteral("budi"));
    SavedViewsButton *views = m_window.panel()->savedViews();
    QStringList failures;
    QObject::connect(views, &SavedViewsButton::failed, views, [&failures](const QString &text) { failures << text; });
    EXPECT_FALSE(views->saveAs(QStringLiteral("Mine")));
    EXPECT_EQ(failures, QStringList{ReadOnlyGuard::reason()});
    // The menu offers the file's views to apply, and Save View… greyed, saying why.
    emit views->viewMenu()->aboutToShow();
    auto *save = views->viewMenu()->findChild<QAction *>(QStringLiteral("saveViewAction"));
    ASSERT_TRUE(save);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(save->statusTip(), ReadOnlyGuard::reason());
    // Views are the team's, kept in the database: the server refuses a viewer's one too.
    Error error;
    EXPECT_FALSE(SavedViewStore(m_window.file()->database()).save(views->currentView(QStringLiteral("Mine")), &error));
    EXPECT_FALSE(error.isEmpty());
    const int shared = int(SavedViewStore(m_window.file()->database()).all(&error).size());

    openAs(QStringLiteral("maya"));
    EXPECT_TRUE(views->saveAs(QStringLiteral("Maya's")));
    EXPECT_EQ(SavedViewStore(m_window.file()->database()).all(&error).size(), shared + 1);
    emit views->viewMenu()->aboutToShow();
    EXPECT_TRUE(views->viewMenu()->findChild<QAction *>(QStringLiteral("saveViewAction"))->isEnabled());
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
