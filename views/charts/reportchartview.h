#pragma once

#include "reportcharts.h"

#include <QWidget>

namespace planner {

// A chart of the media plan report shown in the window, drawn by the same code as the
// report (each measure on its own scale, every bar labelled with its value), mirrored in a
// right-to-left language; as tall as its bars need at the width it is given.
class ReportChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartView(QWidget *parent = nullptr);

    void setChart(const ReportChart &chart);
    const ReportChart &chart() const { return m_chart; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReportChart m_chart;
};

} // namespace planner
