#include "mediaplansvg.h"

#include "mediaplanhtml.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace planner {

QString MediaPlanSvg::svgOf(const ReportChart &chart, const QFont &font, bool rightToLeft)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    const double height = chart.heightFor(width, font, &generator);
    generator.setSize(QSize(width, int(height) + 1));
    generator.setViewBox(QRectF(0, 0, width, int(height) + 1));
    generator.setTitle(chart.title());
    QPainter painter(&generator);
    chart.paint(&painter, QRectF(0, 0, width, height), font, rightToLeft);
    painter.end();
    const QString svg = QString::fromUtf8(buffer.data());
    // The element alone: an XML declaration and doctype have no place inside HTML.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    // Each run of text is a <text> at its left edge, already in visual order. Inside a
    // right-to-left page a browser would anchor each at its right edge instead (the
    // direction is inherited), shifting every run by its own width: a Latin name ended up
    // on the wrong side of its Persian neighbours. So the drawing says it is left to right.
    return QStringLiteral("<svg direction=\"ltr\"") + svg.mid(start + 4);
}

QString MediaPlanSvg::inlineCharts(QString html, const QList<ReportChart> &charts, const QFont &font,
                                   bool rightToLeft)
{
    for (int i = 0; i < charts.size(); ++i)
        html.replace(MediaPlanHtml::chartMarker(i), svgOf(charts.at(i), font, rightToLeft));
    return html;
}

} // namespace planner
