#pragma once

#include "reportcharts.h"

#include <QFont>
#include <QString>

namespace planner {

// A report chart as an SVG element to put inline in the HTML report (no file beside it).
class MediaPlanSvg
{
public:
    static constexpr int width = 760; // CSS pixels, the width of the HTML report's text

    static QString svgOf(const ReportChart &chart, const QFont &font, bool rightToLeft);
    // The report's HTML with each chart marker replaced by its chart, and the style added.
    static QString inlineCharts(QString html, const QList<ReportChart> &charts, const QFont &font,
                                bool rightToLeft);
};

} // namespace planner
