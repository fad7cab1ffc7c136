#include "chartobject.h"

#include "mediaplanhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

namespace planner {

ChartObject::ChartObject(QList<ReportChart> charts, const QFont &font, bool rightToLeft, QObject *parent)
    : QObject(parent)
    , m_charts(std::move(charts))
    , m_font(font)
    , m_rightToLeft(rightToLeft)
{
}

void ChartObject::placeIn(QTextDocument *document)
{
    document->documentLayout()->registerHandler(objectType, this);
    for (int i = 0; i < m_charts.size(); ++i) {
        QTextCursor cursor = document->find(MediaPlanHtml::chartMarker(i));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(objectType);
        format.setProperty(chartProperty, i);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF ChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int chart = format.property(chartProperty).toInt();
    // The body's width less the document's margin on both sides.
    const double width = document->pageSize().width() - 2.0 * document->documentMargin() - 4.0;
    if (chart < 0 || chart >= m_charts.size() || width <= 0.0)
        return {};
    return {width, m_charts.at(chart).heightFor(width, m_font, document->documentLayout()->paintDevice())};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    const int chart = format.property(chartProperty).toInt();
    if (chart >= 0 && chart < m_charts.size())
        m_charts.at(chart).paint(painter, rect, m_font, m_rightToLeft);
}

} // namespace planner
