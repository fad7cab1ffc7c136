// The charts beside the shortlist on the demo file: values equal the models' projections,
// Persian reads right to left with Persian digits, and exports are real PNG, SVG and PDF.
#include "charts/budgetchart.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "charts/chartspanel.h"
#include "charts/costscatterchart.h"
#include "exportactions.h"
#include "storage/candidatestore.h"
#include "charts/goalcomparisonchart.h"
#include "mainwindow.h"
#include "charts/shortlistchart.h"
#include "shortlistsuggestrunner.h"
#include "itemmodels/shortlisttablemodel.h"
#include "demowindowtest.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <cmath>

using namespace planner;

namespace {

class ChartsTest : public test::DemoWindowTest
{
protected:
    void TearDown() override
    {
        QLocale::setDefault(QLocale::c());
    }

    ShortlistTableModel *shortlist() const { return m_window.campaignPanel()->model(); }
    ChartsPanel *charts() const { return m_window.chartsPanel(); }
};

bool hasPersianDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9; });
}

} // namespace

TEST_F(ChartsTest, ShortlistBarsCarryTheProjectedFiguresAndFollowEdits)
{
    ShortlistChart *chart = charts()->shortlistChart();
    ASSERT_GT(shortlist()->rowCount(), 1);
    const QList<double> reach = chart->values(0);
    const QList<double> lengths = chart->barLengths(0);
    ASSERT_EQ(reach.size(), shortlist()->rowCount());
    ASSERT_EQ(lengths.size(), reach.size());
    const double largest = *std::max_element(reach.cbegin(), reach.cend());
    for (int row = 0; row < reach.size(); ++row) {
        const ProjectedFigures *f = shortlist()->figuresAt(row);
        const double expected = shortlist()->entryAt(row)->counts() ? f->uniqueReach : 0.0;
        EXPECT_DOUBLE_EQ(reach.at(row), expected) << row;
        EXPECT_NEAR(lengths.at(row), expected / largest, 1e-12) << row;
    }
    // An edit on the shortlist shows at once: three deliverables triple the cost bar.
    const int row = 0;
    const double cost = chart->values(3).at(row);
    ASSERT_TRUE(shortlist()->setData(shortlist()->index(row, ShortlistTableModel::CountColumn), 3));
    QApplication::processEvents();
    EXPECT_NEAR(chart->values(3).at(row), 3 * cost, 1.0);
}

TEST_F(ChartsTest, TheBudgetSplitAddsUpToTheShortlistCost)
{
    BudgetChart *chart = charts()->budgetChart();
    const double total = shortlist()->totals().cost.toDouble();
    for (int split = 0; split < BudgetChart::splitCount; ++split) {
        double sum = 0.0;
        for (const auto &slice : chart->slices(split))
            sum += slice.second;
        EXPECT_NEAR(sum, total, 0.5) << split;
    }
}

TEST_F(ChartsTest, TheGoalChartsShowBothPlansTotals)
{
    ShortlistSuggestRunner runner(m_window.campaignPanel(), &m_window);
    const auto plans = runner.plan({Goal::Awareness, Goal::NicheTrust}, SuggestOptions{0.5, {}});
    ASSERT_TRUE(plans);
    m_window.campaignPanel()->setComparison(*plans, runner.candidates());
    GoalComparisonChart *chart = charts()->goalChart();
    const QList<double> reach = chart->values(0);
    ASSERT_EQ(reach.size(), 2);
    EXPECT_DOUBLE_EQ(reach.at(0), plans->at(0).totals.uniqueReach);
    EXPECT_DOUBLE_EQ(reach.at(1), plans->at(1).totals.uniqueReach);
    EXPECT_DOUBLE_EQ(chart->values(2).at(0), plans->at(0).totals.cost.toDouble());
    EXPECT_EQ(charts()->tabs()->currentWidget(), chart);
}

TEST_F(ChartsTest, TheScatterShowsEveryPricedChannelAndARisingFrontier)
{
    m_window.show();
    charts()->tabs()->setCurrentWidget(charts()->scatterChart());
    QApplication::processEvents();
    CostScatterChart *chart = charts()->scatterChart();
    chart->rebuild();
    CandidateTableModel *model = m_window.panel()->model();
    int priced = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto score = model->goalScore(row);
        priced += score && score->figures().cost.has_value();
    }
    EXPECT_EQ(chart->pointCount(), priced);
    EXPECT_FALSE(chart->efficientCandidates().isEmpty());
}

TEST_F(ChartsTest, PersianChartsReadRightToLeftWithPersianDigits)
{
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    charts()->setLayoutDirection(Qt::RightToLeft);
    QApplication::processEvents();
    // Vertical value axes stand on the right.
    QChart *goals = charts()->goalChart()->chart(0);
    ShortlistSuggestRunner runner(m_window.campaignPanel(), &m_window);
    const auto plans = runner.plan({Goal::Awareness, Goal::NicheTrust}, SuggestOptions{0.5, {}});
    ASSERT_TRUE(plans);
    m_window.campaignPanel()->setComparison(*plans, runner.candidates());
    bool valueAxisRight = false;
    for (QAbstractAxis *axis : goals->axes(Qt::Vertical)) {
        valueAxisRight = valueAxisRight || axis->alignment() == Qt::AlignRight;
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            EXPECT_TRUE(hasPersianDigit(values->categoriesLabels().last())) << values->categoriesLabels().last().toStdString();
    }
    EXPECT_TRUE(valueAxisRight);
    // The shortlist's bars grow from the right: its horizontal value axis runs reversed.
    QChart *bars = charts()->shortlistChart()->chart();
    ASSERT_FALSE(bars->axes(Qt::Horizontal).isEmpty());
    EXPECT_TRUE(bars->axes(Qt::Horizontal).first()->isReverse());
    for (QAbstractAxis *axis : bars->axes(Qt::Vertical))
        EXPECT_EQ(axis->alignment(), Qt::AlignRight);
}

TEST_F(ChartsTest, ExportWritesRealPngSvgAndPdfFiles)
{
    m_window.show();
    QApplication::processEvents();
    const QString png = filePath(QStringLiteral("chart.png"));
    const QString svg = filePath(QStringLiteral("chart.svg"));
    const QString pdf = filePath(QStringLiteral("chart.pdf"));
    ASSERT_TRUE(charts()->exportCurrent(png));
    ASSERT_TRUE(charts()->exportCurrent(svg));
    ASSERT_TRUE(charts()->exportCurrent(pdf));
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    EXPECT_TRUE(svgText.contains("<svg")) << svgText.left(80).toStdString();
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.readAll().startsWith("%PDF-"));
    // A path that cannot be written is refused and leaves nothing behind.
    EXPECT_FALSE(charts()->exportCurrent(png + QStringLiteral("/inside-a-file.png")));
}

TEST_F(ChartsTest, TheFileMenuExportsTheShortlistAndTheFilteredTable)
{
    ExportActions *exports = m_window.exportActions();
    EXPECT_TRUE(exports->exportShortlistAction()->isEnabled());
    const QString shortlistPath = filePath(QStringLiteral("shortlist.csv"));
    Error error;
    ASSERT_TRUE(exports->exportShortlist(shortlistPath, CsvPreset::excel(QLocale(QLocale::Vietnamese)), &error))
        << error.text().toStdString();
    QFile shortlistFile(shortlistPath);
    ASSERT_TRUE(shortlistFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = shortlistFile.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel preset starts with a byte order mark";
    EXPECT_EQ(bytes.count("\r\n"), shortlist()->rowCount() + 1);
    const QString firstName = shortlist()->candidates().value(shortlist()->entryAt(0)->candidateId).name;
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(firstName));

    CandidateFilter filter;
    filter.kind = CandidateKind::Kol;
    m_window.panel()->model()->setFilter(filter);
    const QString tablePath = filePath(QStringLiteral("kols.csv"));
    ASSERT_TRUE(exports->exportCandidates(tablePath, CsvPreset::plain(), &error)) << error.text().toStdString();
    QFile tableFile(tablePath);
    ASSERT_TRUE(tableFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(tableFile.readAll().count('\n'), m_window.store()->rowCount(filter) + 1);
}
