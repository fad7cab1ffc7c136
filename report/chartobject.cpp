#include "chartobject.h"

#include "mediaplanhtml.h"

#include <QAbstractTextDocumentLayout>
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
    // The charts' markers are images: drawing every image of the report is this handler's
    // job, so the charts are in place when the text is first laid out.
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

int ChartObject::chartOf(const QTextFormat &format) const
{
    const QString name = format.toImageFormat().name();
    const QString prefix = QStringLiteral("planner-chart:");
    bool ok = false;
    const int chart = name.startsWith(prefix) ? name.mid(prefix.size()).toInt(&ok) : -1;
    return ok && chart >= 0 && chart < m_charts.size() ? chart : -1;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int chart = chartOf(format);
    // The body's width less the document's margin on both sides.
    const double width = document->pageSize().width() - 2.0 * document->documentMargin() - 4.0;
    if (chart < 0 || width <= 0.0)
        return {};
    return {width, m_charts.at(chart).heightFor(width, m_font, document->documentLayout()->paintDevice())};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    if (const int chart = chartOf(format); chart >= 0)
        m_charts.at(chart).paint(painter, rect, m_font, m_rightToLeft);
}

} // namespace planner
