// The "More filters" row and the saved views of the main window, on a real file: values
// typed as marketers type them (Persian digits, "1,2 jt"), the indicator of how many ranges
// are on, one click to clear, and a saved view brought back from the menu.
#include "campaignpanel.h"
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "rangefilterrow.h"
#include "savedviewsbutton.h"
#include "storage/candidatestore.h"
#include "testsupport.h"
#include "unknowncountwait.h"

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <memory>

using namespace planner;

namespace {

Candidate candidate(const QString &name, qint64 followers, std::optional<Money> fee,
                    std::optional<double> engagement)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Influencer;
    Channel channel;
    channel.platform = Platform::Instagram;
    channel.handle = QStringLiteral("@") + name.toLower();
    channel.followers = followers;
    channel.fee = fee;
    channel.engagementRatePct = engagement;
    result.channels << channel;
    return result;
}

class MoreFiltersTest : public test::TempDirTest
{
protected:
    void TearDown() override
    {
        m_window.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // A window in the locale's language on a new file with four candidates in rupiah.
    void open(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        m_window = std::make_unique<MainWindow>(nullptr);
        Error error;
        ASSERT_TRUE(m_window->openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        for (const Candidate &c : {candidate(QStringLiteral("Ayu"), 9999, Money(1200000, QStringLiteral("IDR")), 4.0),
                                   candidate(QStringLiteral("Budi"), 10000, Money(1200001, QStringLiteral("IDR")), 2.5),
                                   candidate(QStringLiteral("Citra"), 250000, Money(900000, QStringLiteral("IDR")), std::nullopt),
                                   candidate(QStringLiteral("Dewi"), 40000, std::nullopt, 3.0)})
            ASSERT_TRUE(m_window->addCandidateFromEditor(c));
    }

    CandidateFilterBar *bar() const { return m_window->panel()->filterBar(); }
    RangeFilterRow *row() const { return bar()->rangeRow(); }
    CandidateTableModel *model() const { return m_window->panel()->model(); }

    QStringList names() const
    {
        QStringList result;
        for (int i = 0; i < model()->rowCount(); ++i)
            result << model()->rowAt(i)->name;
        result.sort();
        return result;
    }

    // The unknown count comes from the panel's background counter.
    bool unknownLabelShows(const QString &text) const
    {
        return test::unknownLabelShows(row(), m_window.get(), text);
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MoreFiltersTest, PersianDigitsBoundTheFollowersAndTheButtonCountsTheRangesOn)
{
    open(QLocale(QLocale::Persian, QLocale::Iran));
    bar()->moreFiltersButton()->click();
    EXPECT_TRUE(row()->isVisibleTo(m_window.get()));
    row()->field(0, false)->setText(QStringLiteral("۱۰٬۰۰۰"));
    EXPECT_EQ(names(), test::texts({"Budi", "Citra", "Dewi"}));
    row()->field(1, false)->setText(QStringLiteral("۳"));
    EXPECT_EQ(names(), test::texts({"Dewi"}));
    // Citra's engagement is unknown: left out, and said so (counted in the background).
    EXPECT_TRUE(unknownLabelShows(QStringLiteral("۱")));
    EXPECT_TRUE(bar()->moreFiltersButton()->text().contains(QStringLiteral("۲")))
        << bar()->moreFiltersButton()->text().toStdString();
    row()->clearButton()->click();
    EXPECT_EQ(names().size(), 4);
    EXPECT_TRUE(row()->field(0, false)->text().isEmpty());
    EXPECT_FALSE(bar()->moreFiltersButton()->text().contains(QStringLiteral("۲")));
    EXPECT_FALSE(row()->unknownLabel()->isVisibleTo(m_window.get()));
}

TEST_F(MoreFiltersTest, AFeeTypedAsIndonesiansWriteItIsInclusiveAndAnUnreadableOneIsMarked)
{
    open(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    // No campaign yet: fees are compared in the language's currency, rupiah.
    row()->field(3, true)->setText(QStringLiteral("1,2 jt"));
    EXPECT_EQ(names(), test::texts({"Ayu", "Citra"}));
    row()->field(3, true)->setText(QStringLiteral("lots"));
    EXPECT_FALSE(row()->field(3, true)->toolTip().isEmpty());
    EXPECT_EQ(names().size(), 4);
}

TEST_F(MoreFiltersTest, ASavedViewBringsBackItsFilterSortAndColumns)
{
    open(QLocale(QLocale::English, QLocale::UnitedStates));
    QTableView *table = m_window->panel()->table();
    row()->field(0, false)->setText(QStringLiteral("10K"));
    table->sortByColumn(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    table->setColumnHidden(CandidateTableModel::HandleColumn, true);
    SavedViewsButton *views = m_window->panel()->savedViews();
    ASSERT_TRUE(views->saveAs(QStringLiteral("Big enough")));

    bar()->clear();
    table->setColumnHidden(CandidateTableModel::HandleColumn, false);
    table->sortByColumn(CandidateTableModel::NameColumn, Qt::AscendingOrder);
    ASSERT_EQ(names().size(), 4);

    views->viewMenu()->aboutToShow();
    QAction *mine = nullptr;
    for (QAction *action : views->viewMenu()->actions()) {
        if (action->text() == QLatin1String("Big enough"))
            mine = action;
    }
    ASSERT_NE(mine, nullptr);
    mine->trigger();
    EXPECT_EQ(names(), test::texts({"Budi", "Citra", "Dewi"}));
    EXPECT_EQ(model()->rowAt(0)->name, QStringLiteral("Citra"));
    EXPECT_TRUE(table->isColumnHidden(CandidateTableModel::HandleColumn));
    EXPECT_EQ(row()->field(0, false)->text(), QStringLiteral("10,000"));
    EXPECT_TRUE(row()->isVisibleTo(m_window.get()));
}

TEST_F(MoreFiltersTest, TheOpenCampaignsProjectedCpeBoundsTheListAsItsGoalFitShowsIt)
{
    open(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    // A free post has no cost per engagement: unknown, left out and counted.
    ASSERT_TRUE(m_window->addCandidateFromEditor(candidate(QStringLiteral("Eka"), 5000, Money(0, QStringLiteral("IDR")), 2.0)));
    bar()->moreFiltersButton()->click();
    EXPECT_FALSE(row()->field(6, true)->isEnabled()); // no campaign, nothing to project for
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan");
    campaign.budget = Money::fromMajor(100000000, QStringLiteral("IDR"));
    ASSERT_TRUE(m_window->campaignPanel()->createCampaign(campaign));
    ASSERT_TRUE(row()->field(6, true)->isEnabled());

    // Ayu: 1,200,000 over 9,999 × 4 % = 399.96 engagements, CPE 3,000.3; Budi: 1,200,001
    // over 250, CPE 4,800.004, just past 4.800 as Indonesians write it.
    row()->field(6, true)->setText(QStringLiteral("4.800"));
    EXPECT_TRUE(names().contains(QStringLiteral("Ayu")));
    EXPECT_FALSE(names().contains(QStringLiteral("Budi")));
    EXPECT_FALSE(names().contains(QStringLiteral("Eka")));
    // Every row left has the CPE its goal-fit projection shows within the bound.
    for (int i = 0; i < model()->rowCount(); ++i) {
        const auto score = model()->goalScore(i);
        ASSERT_TRUE(score && score->figures().cpe) << model()->rowAt(i)->name.toStdString();
        EXPECT_LE(*score->figures().cpe, 4800.0);
    }
    EXPECT_TRUE(unknownLabelShows(QStringLiteral("1")));
    EXPECT_TRUE(bar()->moreFiltersButton()->text().contains(QStringLiteral("1")));
    row()->clearButton()->click();
    EXPECT_TRUE(row()->field(6, true)->text().isEmpty());
    EXPECT_EQ(names().size(), 5);
    EXPECT_FALSE(row()->unknownLabel()->isVisibleTo(m_window.get()));
}
