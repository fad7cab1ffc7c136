// The side panel's charts full size on the demo file: the shortlist each measure on its own
// scale with the model's projections, the other charts drawn afresh in their own window,
// and the window's size remembered.
#include "campaignpanel.h"
#include "charts/chartspanel.h"
#include "charts/chartwindow.h"
#include "charts/costscatterchart.h"
#include "charts/goalcomparisonchart.h"
#include "charts/shortlistmeasuresview.h"
#include "itemmodels/shortlisttablemodel.h"
#include "mainwindow.h"
#include "shortlistsuggestrunner.h"
#include "settingskeys.h"
#include "demowindowtest.h"

#include <QApplication>
#include <QTabWidget>

using namespace planner;

namespace {

class FullSizeChartTest : public test::DemoWindowTest
{
protected:
    void SetUp() override
    {
        SettingsKeys::chartWindowGeometry.setValue({});
        DemoWindowTest::SetUp();
    }

    void TearDown() override { SettingsKeys::chartWindowGeometry.setValue({}); }

    ChartsPanel *charts() const { return m_window.chartsPanel(); }
};

} // namespace

TEST_F(FullSizeChartTest, TheShortlistFullSizeShowsEveryEntryOnEachMeasuresOwnScale)
{
    charts()->tabs()->setCurrentIndex(0);
    ChartWindow *window = charts()->showFullSize();
    ASSERT_NE(window, nullptr);
    auto *view = qobject_cast<ShortlistMeasuresView *>(window->chart());
    ASSERT_NE(view, nullptr);
    const ShortlistTableModel *model = m_window.campaignPanel()->model();
    QList<double> reach;
    QList<double> cost;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row)->counts()) {
            reach << model->figuresAt(row)->uniqueReach;
            cost << model->figuresAt(row)->costValue();
        }
    }
    ASSERT_GE(reach.size(), 2);
    const ReportChart &chart = view->chart();
    ASSERT_EQ(chart.panels().size(), 5);
    EXPECT_EQ(chart.panels().at(0).values, reach);
    EXPECT_EQ(chart.panels().at(2).values, cost);
    for (const ReportBarPanel &panel : chart.panels())
        EXPECT_EQ(panel.valueTexts.size(), reach.size()); // every bar labelled
    window->close();
}

TEST_F(FullSizeChartTest, EachTabOpensItsOwnChartAndTheWindowRemembersItsSize)
{
    charts()->tabs()->setCurrentWidget(charts()->scatterChart());
    ChartWindow *window = charts()->showFullSize();
    ASSERT_NE(qobject_cast<CostScatterChart *>(window->chart()), nullptr);
    EXPECT_NE(window->chart(), charts()->scatterChart());
    window->resize(1234, 777);
    window->close();
    QApplication::processEvents();
    EXPECT_FALSE(SettingsKeys::chartWindowGeometry.value().isEmpty());
    charts()->tabs()->setCurrentWidget(charts()->goalChart());
    ChartWindow *again = charts()->showFullSize();
    ASSERT_NE(qobject_cast<GoalComparisonChart *>(again->chart()), nullptr);
    EXPECT_EQ(again->size(), QSize(1234, 777));
    again->close();
}

TEST_F(FullSizeChartTest, TheGoalsFullSizeDrawsBothPlansWithEveryLabelWhole)
{
    ShortlistSuggestRunner runner(m_window.campaignPanel(), &m_window);
    const auto plans = runner.plan({Goal::Awareness, Goal::NicheTrust}, SuggestOptions{0.5, {}});
    ASSERT_TRUE(plans);
    m_window.campaignPanel()->setComparison(*plans, runner.candidates());
    ASSERT_EQ(charts()->tabs()->currentWidget(), charts()->goalChart());
    ChartWindow *window = charts()->showFullSize();
    auto *view = qobject_cast<ReportChartView *>(window->chart());
    ASSERT_NE(view, nullptr);
    const ReportChart &chart = view->chart();
    ASSERT_EQ(chart.panels().size(), 4); // reach, engagements, cost, people by kind
    EXPECT_EQ(chart.panels().at(0).values,
              (QList<double>{plans->at(0).totals.uniqueReach, plans->at(1).totals.uniqueReach}));
    EXPECT_EQ(chart.panels().at(2).values,
              (QList<double>{plans->at(0).totals.cost.toDouble(), plans->at(1).totals.cost.toDouble()}));
    window->close();
}
