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
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int chartProperty = QTextFormat::UserProperty + 1;

    ChartObject(QList<ReportChart> charts, const QFont &font, bool rightToLeft, QObject *parent = nullptr);

    // Registers this handler with document and replaces each chart marker of its text
    // (MediaPlanHtml::chartMarker) by the chart.
    void placeIn(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QList<ReportChart> m_charts;
    QFont m_font;
    bool m_rightToLeft;
};

} // namespace planner
