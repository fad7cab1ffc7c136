#pragma once

#include "reportcharts.h"
#include "reporttable.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace planner {

// Puts the report's charts and the pieces of its long table into a QTextDocument as
// objects of their own type, a page wide, so they are painted with QPainter where the text
// flows: vectors in the PDF.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<ReportChart> charts, const QFont &font, bool rightToLeft, QObject *parent = nullptr);

    // Registers this handler with document, before its text is set: each chart marker
    // (MediaPlanHtml::chartMarker, an image) is then drawn as its chart.
    void placeIn(QTextDocument *document);
    // The pieces of a table laid out by ReportTable::pieces(), drawn in font: piece i where
    // tableMarker(i) stands.
    void setTables(QList<ReportTable> pieces, const QFont &font);
    static QString tableMarker(int piece);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    // The number in the image's name after prefix, -1 when it names none below count.
    static int indexOf(const QTextFormat &format, const QString &prefix, qsizetype count);

    QList<ReportChart> m_charts;
    QFont m_font;
    QList<ReportTable> m_tables;
    QFont m_tableFont;
    bool m_rightToLeft;
};

} // namespace planner
