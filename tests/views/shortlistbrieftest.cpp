// Issue 21 on a real file in the main window: the shortlist shows fees in the campaign's
// currency with the original in the tooltip, CPM and CPE of a free candidate as "—" with the
// reason, and "Why This Rank?" names each part of the brief, from a shortlist row too.
#include "campaignactions.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "mainwindow.h"
#include "text/localformat.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>

using namespace planner;

namespace {

Candidate person(const QString &name, const QString &region, const Money &fee)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Kol;
    result.regions = {region};
    result.niches = {QStringLiteral("food")};
    Channel channel;
    channel.platform = Platform::Instagram;
    channel.handle = QStringLiteral("@") + name.toLower();
    channel.followers = 60000;
    channel.engagementRatePct = 3.0;
    channel.fee = fee;
    result.channels << channel;
    return result;
}

class ShortlistBriefTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        const QString vnd = QStringLiteral("VND");
        ASSERT_TRUE(m_window.addCandidateFromEditor(person(QStringLiteral("Linh"), QStringLiteral("VN-SG"), Money(18000000, vnd))));
        ASSERT_TRUE(m_window.addCandidateFromEditor(person(QStringLiteral("Reza"), QStringLiteral("IR"),
                                                           Money(3500000000, QStringLiteral("IRR")))));
        ASSERT_TRUE(m_window.addCandidateFromEditor(person(QStringLiteral("Free"), QStringLiteral("VN"), Money(0, vnd))));
        Campaign campaign;
        campaign.name = QStringLiteral("Tết food");
        campaign.goal = Goal::NicheTrust;
        campaign.budget = Money(300000000, vnd);
        campaign.regions = {QStringLiteral("VN")};
        campaign.niches = {QStringLiteral("food")};
        ASSERT_TRUE(panel()->createCampaign(campaign));
        settle();
        for (qint64 id : {1, 2, 3})
            ASSERT_TRUE(panel()->addCandidate(id));
        settle();
        ASSERT_EQ(shortlist()->rowCount(), 3);
    }

    CampaignPanel *panel() const { return m_window.campaignPanel(); }
    ShortlistTableModel *shortlist() const { return panel()->model(); }
    void settle() const { QApplication::processEvents(); }
    QString cell(qint64 candidateId, int column, int role = Qt::DisplayRole) const
    {
        return shortlist()->index(shortlist()->rowOfCandidate(candidateId), column).data(role).toString();
    }

    // The text without the direction isolates LocalFormat::isolated puts around names.
    static QString plain(QString text)
    {
        return text.remove(QChar(0x2068)).remove(QChar(0x2069));
    }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(ShortlistBriefTest, FeesShowInTheCampaignsCurrencyWithTheOriginalInTheTooltip)
{
    // 3,500,000,000 rial at 1,000,000 a dollar and 26,000 đồng a dollar: 91,000,000 đồng.
    const QString reza = cell(2, ShortlistTableModel::FeeColumn);
    EXPECT_EQ(reza, LocalFormat::money(Money(91000000, QStringLiteral("VND"))));
    const QString tip = cell(2, ShortlistTableModel::FeeColumn, Qt::ToolTipRole);
    EXPECT_TRUE(tip.contains(LocalFormat::money(Money(3500000000, QStringLiteral("IRR"))))) << tip.toStdString();
    // A fee already in đồng has no conversion to explain.
    EXPECT_EQ(cell(1, ShortlistTableModel::FeeColumn), LocalFormat::money(Money(18000000, QStringLiteral("VND"))));
    EXPECT_TRUE(cell(1, ShortlistTableModel::FeeColumn, Qt::ToolTipRole).isEmpty());
}

TEST_F(ShortlistBriefTest, AFreeCandidatesCpmAndCpeAreADashWithTheReason)
{
    for (int column : {int(ShortlistTableModel::CpmColumn), int(ShortlistTableModel::CpeColumn)}) {
        EXPECT_EQ(cell(3, column), QStringLiteral("—"));
        EXPECT_TRUE(cell(3, column, Qt::ToolTipRole).contains(QStringLiteral("undefined, not free")))
            << cell(3, column, Qt::ToolTipRole).toStdString();
        EXPECT_NE(cell(1, column), QStringLiteral("—")); // a paid candidate has a figure
    }
}

TEST_F(ShortlistBriefTest, WhyThisRankWorksFromAShortlistRowAndNamesTheBrief)
{
    CampaignActions *actions = m_window.campaignActions();
    m_window.panel()->table()->setCurrentIndex(QModelIndex());
    panel()->table()->setCurrentIndex(shortlist()->index(shortlist()->rowOfCandidate(2), 0));
    settle();
    EXPECT_TRUE(actions->whyAction()->isEnabled()) << "no longer greyed out on a shortlist row";
    const QString reza = plain(actions->whyText());
    EXPECT_TRUE(reza.contains(QStringLiteral("Reza"))) << reza.toStdString();
    EXPECT_TRUE(reza.contains(QStringLiteral("✗ Region: IR is outside the target regions"))) << reza.toStdString();
    EXPECT_TRUE(reza.contains(QStringLiteral("✓ Niche"))) << reza.toStdString();
    EXPECT_TRUE(reza.contains(QStringLiteral("Kind: KOL, weight ×1"))) << reza.toStdString();
    EXPECT_TRUE(reza.contains(QStringLiteral("Brings nothing to this goal"))) << reza.toStdString();
    EXPECT_FALSE(reza.contains(QStringLiteral("Objective"))) << "a bare number without a unit";

    panel()->table()->setCurrentIndex(shortlist()->index(shortlist()->rowOfCandidate(1), 0));
    settle();
    const QString linh = plain(actions->whyText());
    EXPECT_TRUE(linh.contains(QStringLiteral("Linh")));
    EXPECT_TRUE(linh.contains(QStringLiteral("✓ Region: VN-SG is within the target regions (VN)"))) << linh.toStdString();
    EXPECT_TRUE(linh.contains(QStringLiteral("As booked on the shortlist")));
    // 60,000 followers × 3% × the tier's default authenticity, in a unit.
    EXPECT_TRUE(linh.contains(QStringLiteral("authentic engagements per million VND spent"))) << linh.toStdString();

    // Moving in the candidate list makes "why" speak of that row again.
    CandidateTableModel *candidates = m_window.panel()->model();
    int rezaRow = -1;
    for (int row = 0; row < candidates->rowCount(); ++row) {
        if (candidates->rowAt(row)->name == QStringLiteral("Reza"))
            rezaRow = row;
    }
    ASSERT_GE(rezaRow, 0);
    m_window.panel()->table()->setCurrentIndex(candidates->index(rezaRow, 0));
    settle();
    const QString fromList = plain(actions->whyText());
    EXPECT_TRUE(fromList.contains(QStringLiteral("Reza")));
    EXPECT_FALSE(fromList.contains(QStringLiteral("As booked on the shortlist")));
}

TEST_F(ShortlistBriefTest, TheGoalFitColumnShowsADashForWhoMissesTheBrief)
{
    CandidateTableModel *candidates = m_window.panel()->model();
    for (int row = 0; row < candidates->rowCount(); ++row) {
        const QModelIndex fit = candidates->index(row, CandidateTableModel::GoalFitColumn);
        if (candidates->rowAt(row)->name == QStringLiteral("Reza")) {
            EXPECT_EQ(fit.data().toString(), QStringLiteral("—"));
            EXPECT_TRUE(fit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("✗ Region")));
        } else if (candidates->rowAt(row)->name == QStringLiteral("Linh")) {
            EXPECT_NE(fit.data().toString(), QStringLiteral("—"));
        }
    }
}
