#include "reportchartview.h"

#include <QPainter>
#include <cmath>

namespace planner {

ReportChartView::ReportChartView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void ReportChartView::setChart(const ReportChart &chart)
{
    m_chart = chart;
    updateGeometry();
    update();
}

int ReportChartView::heightForWidth(int width) const
{
    return int(std::ceil(m_chart.heightFor(width, font(), const_cast<ReportChartView *>(this)))) + 8;
}

QSize ReportChartView::sizeHint() const
{
    return {640, heightForWidth(640)};
}

void ReportChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart.paint(&painter, QRectF(rect()).adjusted(8, 4, -8, -4), font(), layoutDirection() == Qt::RightToLeft);
}

} // namespace planner
