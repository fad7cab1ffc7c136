// Campaign > Media Plan Report… on a real file: the report is written in the language
// asked for while the window speaks another, and the window's language is back afterwards.
// Compare Goals charts both plans, each measure on its own scale.
#include "campaignpanel.h"
#include "charts/reportchartview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "reportactions.h"
#include "testsupport.h"
#include "text/displaynames.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QProcess>
#include <tuple>

using namespace planner;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReportActionsTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
        m_window = std::make_unique<MainWindow>(&m_languages);
        Error error;
        ASSERT_TRUE(m_window->openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        ASSERT_TRUE(m_window->loadDemo(&error)) << error.text().toStdString();
    }
    void TearDown() override
    {
        m_window.reset();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ReportActionsTest, AnEnglishReportFromAPersianWindowLeavesTheWindowPersian)
{
    ReportActions *reports = m_window->reportActions();
    ASSERT_TRUE(m_window->campaignPanel()->currentCampaign().has_value());
    EXPECT_TRUE(reports->reportAction()->isEnabled());
    const QString persianTitle = reports->reportAction()->text();
    EXPECT_NE(persianTitle, QStringLiteral("Media Plan &Report…"));

    const QString path = filePath(QStringLiteral("plan.pdf"));
    Error error;
    ASSERT_TRUE(reports->writeReport(QStringLiteral("en"), path, &error)) << error.text().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Media plan"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Assumptions and their sources")));
    EXPECT_TRUE(text.contains(m_window->campaignPanel()->currentCampaign()->name));

    // The window's translator and locale are back.
    EXPECT_EQ(QCoreApplication::translate("planner::ReportActions", "Media Plan &Report…"), persianTitle);
    EXPECT_EQ(QLocale().language(), QLocale::Persian);
}

TEST_F(ReportActionsTest, AReportThatCannotBeWrittenSaysWhereAndLeavesNoFile)
{
    const QString path = filePath(QStringLiteral("missing-folder/plan.pdf"));
    Error error;
    EXPECT_FALSE(m_window->reportActions()->writeReport(QStringLiteral("fa"), path, &error));
    EXPECT_TRUE(error.text().contains(path)) << error.text().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReportActionsTest, TheClientFacingTitleGoesOnTheCoverAndIsRememberedPerCampaign)
{
    const QString campaign = m_window->campaignPanel()->currentCampaign()->name;
    ReportActions::rememberTitle(campaign, QString());
    EXPECT_TRUE(ReportActions::lastTitle(campaign).isEmpty());

    const QString title = QStringLiteral("Đề xuất KOL mùa Tết");
    const QString path = filePath(QStringLiteral("titled.pdf"));
    Error error;
    ASSERT_TRUE(m_window->reportActions()->writeReport(QStringLiteral("vi"), path, &error, title))
        << error.text().toStdString();
    EXPECT_TRUE(pdfText(path).contains(title));

    // Remembered under the campaign's name, even one with a slash, and for no other.
    ReportActions::rememberTitle(campaign, title);
    ReportActions::rememberTitle(QStringLiteral("Spring/Summer"), QStringLiteral("SS27 proposal"));
    EXPECT_EQ(ReportActions::lastTitle(campaign), title);
    EXPECT_EQ(ReportActions::lastTitle(QStringLiteral("Spring/Summer")), QStringLiteral("SS27 proposal"));
    EXPECT_TRUE(ReportActions::lastTitle(QStringLiteral("Spring")).isEmpty());
    ReportActions::rememberTitle(campaign, QString());
    EXPECT_TRUE(ReportActions::lastTitle(campaign).isEmpty());
}

TEST(PlanDialogChartTest, CompareGoalsChartsBothPlansEachMeasureOnItsOwnScale)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan");
    campaign.budget = Money::fromMajor(1000, QStringLiteral("USD"));
    Candidate big;
    big.id = 1;
    big.kind = CandidateKind::Kol;
    Candidate small;
    small.id = 2;
    small.kind = CandidateKind::Koc;
    QList<PlanSummary> plans;
    for (const auto &[goal, id, reach, engagements] :
         {std::tuple{Goal::Awareness, qint64(1), 2000000.0, 1500.0}, std::tuple{Goal::NicheTrust, qint64(2), 9000.0, 800.0}}) {
        PlanSummary plan;
        plan.goal = goal;
        ShortlistEntry entry;
        entry.candidateId = id;
        plan.entries << entry;
        plan.totals.uniqueReach = reach;
        plan.totals.engagements = engagements;
        plan.totals.cost = Money::fromMajor(goal == Goal::Awareness ? 900 : 300, QStringLiteral("USD"));
        plans << plan;
    }
    PlanDialog dialog(campaign, plans, {{1, big}, {2, small}});
    ASSERT_NE(dialog.goalsChart(), nullptr);
    const ReportChart &chart = dialog.goalsChart()->chart();
    ASSERT_EQ(chart.panels().size(), 4);
    const ReportBarPanel &reach = chart.panels().at(0);
    EXPECT_EQ(reach.labels, (QStringList{DisplayNames::goal(Goal::Awareness), DisplayNames::goal(Goal::NicheTrust)}));
    EXPECT_EQ(reach.values, (QList<double>{2000000.0, 9000.0}));
    EXPECT_EQ(chart.panels().at(1).values, (QList<double>{1500.0, 800.0}));
    EXPECT_EQ(chart.panels().at(2).values, (QList<double>{900.0, 300.0}));
    // People by kind: one KOL in the first plan, one KOC in the second, each labelled.
    EXPECT_EQ(chart.panels().at(3).values, (QList<double>{1.0, 1.0}));
    EXPECT_EQ(reach.valueTexts.size(), 2);
    EXPECT_FALSE(reach.valueTexts.at(1).isEmpty());
    // The chart asks for the height its bars need.
    EXPECT_GT(dialog.goalsChart()->heightForWidth(800), 20 * QFontMetrics(dialog.font()).height());
    PlanDialog single(campaign, plans.mid(0, 1), {{1, big}});
    EXPECT_EQ(single.goalsChart(), nullptr);
}
