#pragma once

#include "reportcharts.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace planner {

// Puts the report's charts into a QTextDocument as objects of their own type, a page wide,
// so they are painted with QPainter where the text flows: vectors in the PDF.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<ReportChart> charts, const QFont &font, bool rightToLeft, QObject *parent = nullptr);

    // Registers this handler with document, before its text is set: each chart marker
    // (MediaPlanHtml::chartMarker, an image) is then drawn as its chart.
    void placeIn(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    int chartOf(const QTextFormat &format) const; // -1 when the format names no chart

    QList<ReportChart> m_charts;
    QFont m_font;
    bool m_rightToLeft;
};

} // namespace planner
