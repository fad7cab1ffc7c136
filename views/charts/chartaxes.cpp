#include "charts/chartaxes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLegend>
#include <cmath>

namespace planner {

double ChartAxes::niceStep(double max, int ticks)
{
    if (!(max > 0.0) || ticks < 1)
        return 1.0;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

QCategoryAxis *ChartAxes::valueAxis(double max, const Label &label, int ticks)
{
    auto *axis = new QCategoryAxis;
    const double step = niceStep(max, ticks);
    const int count = std::max(1, int(std::ceil(std::max(max, step) / step - 1e-9)));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0.0, step * count);
    axis->append(label(0.0), 0.0);
    for (int i = 1; i <= count; ++i) {
        // Category labels must be unique: a non-breaking space keeps equal texts apart.
        QString text = label(step * i);
        while (axis->categoriesLabels().contains(text))
            text += QChar(0x00A0);
        axis->append(text, step * i);
    }
    return axis;
}

void ChartAxes::attach(QChart *chart, QAbstractAxis *axis, Qt::Orientation orientation,
                       Qt::LayoutDirection direction)
{
    const bool rtl = direction == Qt::RightToLeft;
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85); // small multiples: labels must fit narrow charts
    axis->setLabelsFont(font);
    if (orientation == Qt::Horizontal) {
        axis->setReverse(rtl);
        // The last value's label is centred on the plot's far edge: half of it hangs past
        // the plot, and without room there "100.0%" was clipped to "100.0".
        if (auto *values = qobject_cast<QCategoryAxis *>(axis); values && values->count() > 0) {
            const QString last = values->categoriesLabels().constLast();
            const int overhang = QFontMetrics(font).horizontalAdvance(last) / 2 + 4;
            QMargins margins = chart->margins();
            // Both sides: a right-to-left chart mirrors its margins, so the far end's side
            // is not known here for sure.
            margins.setLeft(std::max(margins.left(), overhang));
            margins.setRight(std::max(margins.right(), overhang));
            chart->setMargins(margins);
            // Reversed (right to left), Qt Charts drops a label that reaches past the plot's
            // edge whatever the margin: the range ends a little past the last label.
            if (rtl)
                values->setMax(values->max() * 1.12);
        }
        chart->addAxis(axis, Qt::AlignBottom);
    } else {
        chart->addAxis(axis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    }
}

void ChartAxes::removeAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartAxes::mirror(QChart *chart, Qt::LayoutDirection direction)
{
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setReverseMarkers(direction == Qt::RightToLeft);
    // Beside the shortlist a chart is narrow: "Số người tiếp cận" or "Unique reach" in the
    // legend's own smaller type, and whole in a tooltip where it is still cut short.
    // From the application's font, not the legend's: a chart kept across language
    // switches passes here each time.
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    chart->legend()->setFont(font);
    chart->legend()->setShowToolTips(true);
    chart->setLayoutDirection(direction);
}

QChartView *ChartAxes::panelView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace planner
