// The "More filters" row and the saved views of the main window, on a real file: values
// typed as marketers type them (Persian digits, "1,2 jt"), the indicator of how many ranges
// are on, one click to clear, and a saved view brought back from the menu.
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "rangefilterrow.h"
#include "savedviewsbutton.h"
#include "storage/candidatestore.h"
#include "testsupport.h"

#include <QAction>
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
    // Citra's engagement is unknown: left out, and said so.
    EXPECT_TRUE(row()->unknownLabel()->isVisibleTo(m_window.get()));
    EXPECT_TRUE(row()->unknownLabel()->text().contains(QStringLiteral("۱")));
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
