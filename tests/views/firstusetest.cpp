// Where a new marketer starts: the welcome shows on the first run only, the Guide opens and
// explains the kinds, an empty shortlist says what to do, date pickers open on today, and
// every export says in the status bar what it wrote where.
#include "aboutdialog.h"
#include "applicationicon.h"
#include "campaigneditordialog.h"
#include "campaignpanel.h"
#include "charts/chartspanel.h"
#include "exportactions.h"
#include "guidedialog.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "text/displaynames.h"
#include "welcomedialog.h"
#include "storage/campaignstore.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace planner;

namespace {

class FirstUseTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        QSettings().remove(QLatin1String("ui/welcomeShown"));
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("first.sqlite")), true, &error));
    }
    void TearDown() override { QSettings().remove(QLatin1String("ui/welcomeShown")); }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(FirstUseTest, WelcomeShowsOnTheFirstRunOnlyAndAgainFromHelp)
{
    HelpActions *help = m_window.helpActions();
    EXPECT_EQ(help->welcome(), nullptr);
    EXPECT_TRUE(help->showWelcomeOnFirstRun());
    ASSERT_NE(help->welcome(), nullptr);
    EXPECT_TRUE(help->welcome()->isVisible());
    // The three steps, numbered by the locale (an <ol> would number them in Latin digits).
    EXPECT_TRUE(help->welcome()->text().contains(QLatin1String("1. Look through")));
    EXPECT_TRUE(help->welcome()->text().contains(QLatin1String("3. Press")));
    help->welcome()->accept();

    // A second start (the same settings): no welcome.
    MainWindow second(nullptr);
    EXPECT_FALSE(second.helpActions()->showWelcomeOnFirstRun());
    EXPECT_EQ(second.helpActions()->welcome(), nullptr);

    // Help > Getting Started shows it again.
    EXPECT_TRUE(m_window.helpMenu()->actions().contains(help->welcomeAction()));
    help->welcomeAction()->trigger();
    EXPECT_TRUE(help->welcome()->isVisible());
}

TEST_F(FirstUseTest, GuideOpensFromHelpAndExplainsTheKindsTiersAndGoals)
{
    HelpActions *help = m_window.helpActions();
    EXPECT_TRUE(m_window.helpMenu()->actions().contains(help->guideAction()));
    EXPECT_EQ(help->guideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->guideAction()->trigger();
    ASSERT_NE(help->guide(), nullptr);
    EXPECT_TRUE(help->guide()->isVisible());
    const QString text = help->guide()->text();
    for (CandidateKind kind : allKinds())
        EXPECT_TRUE(text.contains(DisplayNames::kind(kind))) << DisplayNames::kind(kind).toStdString();
    for (Tier tier : allTiers())
        EXPECT_TRUE(text.contains(DisplayNames::tier(tier)));
    EXPECT_TRUE(text.contains(DisplayNames::goal(Goal::Awareness)));
    EXPECT_TRUE(text.contains(DisplayNames::goal(Goal::NicheTrust)));
    // The file's own tier bounds, as the list uses them.
    EXPECT_TRUE(text.contains(QLocale().toString(100000))) << text.toStdString();

    // From the welcome's button too.
    help->guide()->hide();
    help->showWelcome();
    help->welcome()->guideButton()->click();
    EXPECT_TRUE(help->guide()->isVisible());
    EXPECT_FALSE(help->welcome()->isVisible());
}

TEST_F(FirstUseTest, EmptyShortlistSaysWhatToDo)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Empty launch");
    campaign.budget = Money::fromMajor(1000, QStringLiteral("USD"));
    ASSERT_TRUE(m_window.campaignPanel()->createCampaign(campaign));
    m_window.show();
    QApplication::processEvents();
    EXPECT_EQ(m_window.campaignPanel()->model()->rowCount(), 0);
    EXPECT_FALSE(m_window.campaignPanel()->emptyHintText().isEmpty());

    Error error;
    ASSERT_TRUE(m_window.loadDemo(&error));
    m_window.campaignPanel()->selectCampaign(m_window.campaignPanel()->currentCampaign()->id);
    // A demo campaign with entries: no hint.
    QComboBox *chooser = m_window.campaignPanel()->chooser();
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        if (m_window.campaignPanel()->model()->rowCount() > 0)
            break;
    }
    ASSERT_GT(m_window.campaignPanel()->model()->rowCount(), 0);
    EXPECT_TRUE(m_window.campaignPanel()->emptyHintText().isEmpty());
}

TEST_F(FirstUseTest, DatePickersOfAnUnsetDateOpenOnToday)
{
    CampaignEditorDialog dialog({QStringLiteral("USD")});
    dialog.show();
    const QList<QDateEdit *> edits = dialog.findChildren<QDateEdit *>();
    ASSERT_EQ(edits.size(), 2);
    for (QDateEdit *edit : edits) {
        // Open the popup as a click on the arrow does.
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
        QCalendarWidget *calendar = edit->calendarWidget();
        ASSERT_TRUE(calendar->isVisible()) << "the popup did not open";
        const QCalendar::YearMonthDay today = calendar->calendar().partsFromDate(QDate::currentDate());
        EXPECT_EQ(calendar->yearShown(), today.year);
        EXPECT_EQ(calendar->monthShown(), today.month);
        EXPECT_FALSE(dialog.campaign().startDate.isValid()); // opening sets nothing
        calendar->window()->hide();
    }
}

TEST_F(FirstUseTest, EachExportSaysInTheStatusBarWhatItWroteWhere)
{
    Error error;
    ASSERT_TRUE(m_window.loadDemo(&error));
    m_window.show();
    const QString shortlist = filePath(QStringLiteral("shortlist.csv"));
    ASSERT_TRUE(m_window.exportActions()->exportShortlist(shortlist, CsvPreset::plain(), &error)) << error.text().toStdString();
    EXPECT_TRUE(QFileInfo::exists(shortlist));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(shortlist)));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(m_window.campaignPanel()->currentCampaign()->name));

    const QString candidates = filePath(QStringLiteral("candidates.csv"));
    ASSERT_TRUE(m_window.exportActions()->exportCandidates(candidates, CsvPreset::plain(), &error));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(candidates)));

    // The workbooks too, each written whole and said in the status bar.
    for (const bool candidatesList : {false, true}) {
        const QString workbook = filePath(candidatesList ? QStringLiteral("candidates.xlsx") : QStringLiteral("shortlist.xlsx"));
        ExportActions *exports = m_window.exportActions();
        ASSERT_TRUE(candidatesList ? exports->exportCandidatesWorkbook(workbook, true, &error)
                                   : exports->exportShortlistWorkbook(workbook, true, &error))
            << error.text().toStdString();
        EXPECT_GT(QFileInfo(workbook).size(), 0);
        EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(workbook)));
    }

    const QString chart = filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(m_window.chartsPanel()->exportCurrent(chart));
    EXPECT_TRUE(QFileInfo::exists(chart));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(chart)));

    // A failed export says nothing of having written.
    m_window.statusBar()->clearMessage();
    EXPECT_FALSE(m_window.chartsPanel()->exportCurrent(chart + QStringLiteral("/inside-a-file.png")));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().isEmpty());
}

// The window and its dialogs carry the program's own icon; Help > About names the version,
// the licence and the sources of the default assumptions.
TEST_F(FirstUseTest, WindowAndDialogsCarryTheProgramsIconAtEverySize)
{
    const QList<QSize> sizes = m_window.windowIcon().availableSizes();
    for (int size : ApplicationIcon::sizes())
        EXPECT_TRUE(sizes.contains(QSize(size, size))) << size;
    // Drawn, not empty: the 48 px picture has opaque pixels in its middle.
    const QImage picture = m_window.windowIcon().pixmap(48, 48).toImage();
    ASSERT_EQ(picture.size(), QSize(48, 48));
    EXPECT_EQ(qAlpha(picture.pixel(24, 24)), 255);

    m_window.helpActions()->aboutAction()->trigger();
    AboutDialog *about = m_window.helpActions()->about();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_EQ(about->windowIcon().cacheKey(), m_window.windowIcon().cacheKey());
    about->close();
}

TEST_F(FirstUseTest, AboutShowsVersionLicenceAndTheSourcesOfTheAssumptions)
{
    EXPECT_TRUE(m_window.helpMenu()->actions().contains(m_window.helpActions()->aboutAction()));
    m_window.helpActions()->showAbout();
    const AboutDialog *about = m_window.helpActions()->about();
    ASSERT_NE(about, nullptr);
    QString text;
    for (const QLabel *label : about->findChildren<QLabel *>())
        text += label->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Version " PLANNER_PROJECT_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("GPL-3.0-or-later")));
    EXPECT_TRUE(text.contains(QLatin1String("GNU General Public License")));
    for (const char *source : {"Minter.io", "Influencer Marketing Hub", "Untapper", "HypeAuditor",
                               "Modash", "Upfluence", "CreatorIQ", "Stellar"})
        EXPECT_TRUE(text.contains(QLatin1String(source))) << source;
    EXPECT_EQ(about->windowTitle(), QStringLiteral("About Campaign Planner"));
}
