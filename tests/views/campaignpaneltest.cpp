// The campaign part of the main window on a real file: campaigns, shortlist edits through
// the undo stack, the campaign editor's refusals and the assumptions dialog.
#include "assumptionsdialog.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "campaignactions.h"
#include "campaigneditordialog.h"
#include "campaignpanel.h"
#include "storage/campaignstore.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "storage/exchangeratestore.h"
#include "mainwindow.h"
#include "shortlistsuggestrunner.h"
#include "itemmodels/shortlisttablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace planner;

namespace {

Candidate person(const QString &name, Platform platform, qint64 followers, const QString &region)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Creator;
    result.regions = {region};
    result.niches = {QStringLiteral("food")};
    Channel channel;
    channel.platform = platform;
    channel.handle = QStringLiteral("@") + name.left(4).toLower();
    channel.followers = followers;
    channel.fee = Money(2500000, QStringLiteral("VND"));
    result.channels << channel;
    return result;
}

Campaign campaign(const QString &name)
{
    Campaign result;
    result.name = name;
    result.goal = Goal::Awareness;
    result.budget = Money(50000000, QStringLiteral("VND"));
    result.regions = {QStringLiteral("VN")};
    return result;
}

class CampaignPanelTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        ASSERT_TRUE(m_window.addCandidateFromEditor(person(QStringLiteral("Linh"), Platform::TikTok, 80000, QStringLiteral("VN"))));
        ASSERT_TRUE(m_window.addCandidateFromEditor(person(QStringLiteral("Bayu"), Platform::Instagram, 30000, QStringLiteral("ID"))));
        m_window.undoStack()->clear();
    }

    CampaignPanel *panel() const { return m_window.campaignPanel(); }
    ShortlistTableModel *shortlist() const { return panel()->model(); }
    void settle() const { QApplication::processEvents(); }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(CampaignPanelTest, ACreatedCampaignIsChosenAndItsCreationCanBeUndone)
{
    ASSERT_TRUE(panel()->createCampaign(campaign(QStringLiteral("Tết launch"))));
    settle();
    ASSERT_TRUE(panel()->currentCampaign());
    EXPECT_EQ(panel()->currentCampaign()->name, QStringLiteral("Tết launch"));
    EXPECT_EQ(panel()->chooser()->currentText(), QStringLiteral("Tết launch"));
    EXPECT_TRUE(m_window.campaignActions()->suggestAction()->isEnabled());
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    EXPECT_FALSE(panel()->currentCampaign());
    EXPECT_TRUE(panel()->campaignStore()->campaigns().isEmpty());
    m_window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    settle();
    EXPECT_EQ(panel()->campaignStore()->campaigns().size(), 1);
}

TEST_F(CampaignPanelTest, ShortlistAddEditRemoveGoThroughUndo)
{
    ASSERT_TRUE(panel()->createCampaign(campaign(QStringLiteral("Launch"))));
    settle();
    ASSERT_TRUE(panel()->addCandidate(1));
    ASSERT_TRUE(panel()->addCandidate(2));
    settle();
    ASSERT_EQ(shortlist()->rowCount(), 2);
    EXPECT_FALSE(panel()->addCandidate(1)) << "a candidate already listed is shown, not added twice";
    EXPECT_FALSE(panel()->totalsText().isEmpty());

    // A cell edit becomes a stored, undoable change.
    ASSERT_TRUE(shortlist()->setData(shortlist()->index(0, ShortlistTableModel::CountColumn), 3));
    settle();
    EXPECT_EQ(panel()->campaignStore()->entries(panel()->currentCampaign()->id).first().deliverables, 3);
    EXPECT_EQ(shortlist()->entryAt(0)->deliverables, 3);
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    EXPECT_EQ(shortlist()->entryAt(0)->deliverables, 1);

    panel()->table()->setCurrentIndex(shortlist()->index(1, 0));
    ASSERT_TRUE(panel()->removeCurrentEntry());
    settle();
    EXPECT_EQ(shortlist()->rowCount(), 1);
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    EXPECT_EQ(shortlist()->rowCount(), 2);
}

TEST_F(CampaignPanelTest, UndoingACandidateDeletionBringsBackTheirShortlistEntries)
{
    ASSERT_TRUE(panel()->createCampaign(campaign(QStringLiteral("Launch"))));
    settle();
    ASSERT_TRUE(panel()->addCandidate(1));
    ASSERT_TRUE(panel()->addCandidate(2));
    settle();
    CampaignStore *store = panel()->campaignStore();
    const qint64 campaignId = panel()->currentCampaign()->id;
    ShortlistEntry linh = store->entries(campaignId).first();
    ASSERT_EQ(linh.candidateId, 1);
    linh.status = EntryStatus::Negotiating;
    linh.deliverables = 4;
    linh.agreedFee = Money(3000000, QStringLiteral("VND"));
    linh.notes = QStringLiteral("gửi brief trước thứ Sáu");
    ASSERT_TRUE(store->updateEntry(linh));

    ASSERT_TRUE(m_window.deleteCandidate(1));
    settle();
    ASSERT_EQ(store->entries(campaignId).size(), 1);
    EXPECT_EQ(shortlist()->rowCount(), 1);

    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    const QList<ShortlistEntry> back = store->entriesOfCandidate(1);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back.first().campaignId, campaignId);
    EXPECT_EQ(back.first().platform, linh.platform);
    EXPECT_EQ(back.first().status, EntryStatus::Negotiating);
    EXPECT_EQ(back.first().deliverables, 4);
    EXPECT_EQ(back.first().agreedFee, linh.agreedFee);
    EXPECT_EQ(back.first().notes, linh.notes);
    EXPECT_EQ(shortlist()->rowCount(), 2);

    m_window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    settle();
    EXPECT_TRUE(store->entriesOfCandidate(1).isEmpty());
    EXPECT_EQ(shortlist()->rowCount(), 1);
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    EXPECT_EQ(store->entriesOfCandidate(1).size(), 1);
}

TEST_F(CampaignPanelTest, DeletingACampaignIsUndoneWithItsShortlist)
{
    ASSERT_TRUE(panel()->createCampaign(campaign(QStringLiteral("Launch"))));
    settle();
    ASSERT_TRUE(panel()->addCandidate(1));
    settle();
    ASSERT_TRUE(panel()->deleteCurrentCampaign());
    settle();
    EXPECT_TRUE(panel()->campaignStore()->campaigns().isEmpty());
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    ASSERT_TRUE(panel()->currentCampaign());
    EXPECT_EQ(shortlist()->rowCount(), 1);
}

TEST_F(CampaignPanelTest, TheCampaignEditorNamesTheFieldAtFault)
{
    CampaignEditorDialog dialog({QStringLiteral("USD"), QStringLiteral("VND")});
    dialog.findChild<QLineEdit *>()->setText(QString()); // the name comes first
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Name"))) << dialog.errorText().toStdString();

    Campaign wrong = campaign(QStringLiteral("Budget check"));
    dialog.setCampaign(wrong);
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(QStringLiteral("budget")))
            edit->setText(QStringLiteral("lots"));
    }
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Budget"))) << dialog.errorText().toStdString();
}

TEST_F(CampaignPanelTest, TheAssumptionsDialogSavesAtOnceAndRefusesNonsense)
{
    AssumptionStore *store = &m_window.file()->assumptions();
    ASSERT_TRUE(store);
    AssumptionsDialog dialog(store, &m_window.file()->rates());
    const QString key = QStringLiteral("benchmark_cpm");
    ASSERT_TRUE(dialog.editAssumption(key, QLocale().toString(8.25)));
    EXPECT_DOUBLE_EQ(store->load().value(key).value_or(0.0), 8.25);
    EXPECT_FALSE(dialog.editAssumption(key, QStringLiteral("cheap")));
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_DOUBLE_EQ(store->load().value(key).value_or(0.0), 8.25) << "a refused value changes nothing";
    // Tier thresholds stay in order.
    EXPECT_FALSE(dialog.editAssumption(QStringLiteral("tier_threshold.micro"), QStringLiteral("5000000")));
    EXPECT_EQ(store->tierThresholds().lowerBound(Tier::Micro), 10000);
    ASSERT_TRUE(dialog.editAssumption(QStringLiteral("tier_threshold.micro"), QStringLiteral("5000")));
    EXPECT_EQ(m_window.store()->tierThresholds().lowerBound(Tier::Micro), 5000);
    dialog.restoreDefaults();
    EXPECT_EQ(store->tierThresholds().lowerBound(Tier::Micro), 10000);
    EXPECT_DOUBLE_EQ(store->load().find(key)->value, store->load().find(key)->defaultValue);
    // Exchange rates: a new currency is added, a rate of zero refused.
    ASSERT_TRUE(dialog.addRate(QStringLiteral("thb"), QStringLiteral("36.5")));
    EXPECT_DOUBLE_EQ(m_window.file()->rates().load().perUsd(QStringLiteral("THB")).value_or(0.0), 36.5);
    EXPECT_FALSE(dialog.addRate(QStringLiteral("THB"), QStringLiteral("0")));
    EXPECT_DOUBLE_EQ(m_window.file()->rates().load().perUsd(QStringLiteral("THB")).value_or(0.0), 36.5);
}

TEST_F(CampaignPanelTest, ASuggestedPlanReplacesTheUnlockedEntriesAndUndoBringsThemBack)
{
    Error error;
    ASSERT_TRUE(m_window.loadDemo(&error)) << error.text().toStdString();
    settle();
    ASSERT_TRUE(panel()->currentCampaign());
    const qint64 campaignId = panel()->currentCampaign()->id;
    const QList<ShortlistEntry> before = shortlist()->entries();
    ASSERT_FALSE(before.isEmpty());

    ShortlistSuggestRunner runner(panel(), &m_window);
    const auto plans = runner.plan({Goal::Awareness, Goal::NicheTrust}, SuggestOptions{0.5, {}});
    ASSERT_TRUE(plans);
    ASSERT_EQ(plans->size(), 2);
    EXPECT_EQ(plans->at(0).goal, Goal::Awareness);
    EXPECT_EQ(plans->at(1).goal, Goal::NicheTrust);
    const PlanSummary &plan = plans->at(0);
    ASSERT_TRUE(plan.problem.isEmpty()) << plan.problem.toStdString();
    EXPECT_LE(plan.totals.cost.minorUnits(), panel()->currentCampaign()->budget.minorUnits());
    // Locked entries survive every plan.
    for (const ShortlistEntry &entry : before) {
        if (entry.locked) {
            EXPECT_TRUE(std::any_of(plan.entries.cbegin(), plan.entries.cend(), [&](const ShortlistEntry &e) {
                return e.candidateId == entry.candidateId && e.locked;
            }));
        }
    }

    ASSERT_TRUE(runner.apply(plan));
    settle();
    EXPECT_EQ(shortlist()->rowCount(), plan.entries.size());
    EXPECT_EQ(panel()->campaignStore()->entries(campaignId).size(), plan.entries.size());
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    settle();
    QList<qint64> restored;
    for (const ShortlistEntry &entry : panel()->campaignStore()->entries(campaignId))
        restored << entry.candidateId;
    QList<qint64> original;
    for (const ShortlistEntry &entry : before)
        original << entry.candidateId;
    std::sort(restored.begin(), restored.end());
    std::sort(original.begin(), original.end());
    EXPECT_EQ(restored, original);
}

TEST_F(CampaignPanelTest, TheGoalFitColumnAppearsWithACampaignAndWhySaysWhy)
{
    QTableView *table = m_window.panel()->table();
    EXPECT_TRUE(table->isColumnHidden(CandidateTableModel::GoalFitColumn));
    ASSERT_TRUE(panel()->createCampaign(campaign(QStringLiteral("Launch"))));
    settle();
    EXPECT_FALSE(table->isColumnHidden(CandidateTableModel::GoalFitColumn));
    table->setCurrentIndex(m_window.panel()->model()->index(0, 0));
    const QString why = m_window.campaignActions()->whyText();
    EXPECT_FALSE(why.isEmpty());
    EXPECT_TRUE(why.contains(m_window.panel()->model()->rowAt(0)->name));
}
