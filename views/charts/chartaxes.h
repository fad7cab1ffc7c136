#pragma once

#include <QString>
#include <functional>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QWidget;

namespace planner {

// Axes and layout Qt Charts does not give by itself: value labels in the interface locale
// (Persian digits, compact millions, amounts in the campaign's currency) and charts that
// read right to left in Persian: categories from the right, the value axis on the right.
class ChartAxes
{
public:
    using Label = std::function<QString(double)>;

    // A value axis from 0 to a round number at or above max, with about `ticks` round steps,
    // each labelled by `label`.
    static QCategoryAxis *valueAxis(double max, const Label &label, int ticks = 5);
    // A round step (1, 2 or 5 times a power of ten) dividing 0..max into about `ticks` parts.
    static double niceStep(double max, int ticks);
    // Places an axis: the value axis of a vertical chart goes right in RTL; a horizontal
    // axis runs from the right in RTL (reversed).
    static void attach(QChart *chart, QAbstractAxis *axis, Qt::Orientation orientation,
                       Qt::LayoutDirection direction);
    // Takes every axis off a chart and deletes it, before the chart gets new ones.
    static void removeAxes(QChart *chart);
    // Legend and title follow the direction of the interface.
    static void mirror(QChart *chart, Qt::LayoutDirection direction);
    // A view of a new chart for the charts panel: thin (2 px) margins, antialiased.
    static QChartView *panelView(QWidget *parent);
};

} // namespace planner
