#include "chartobject.h"

#include "mediaplanhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
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

void ChartObject::setTables(QList<ReportTable> pieces, const QFont &font)
{
    m_tables = std::move(pieces);
    m_tableFont = font;
}

QString ChartObject::tableMarker(int piece)
{
    return QStringLiteral("<img src=\"planner-table:%1\">").arg(piece);
}

int ChartObject::indexOf(const QTextFormat &format, const QString &prefix, qsizetype count)
{
    const QString name = format.toImageFormat().name();
    bool ok = false;
    const int index = name.startsWith(prefix) ? name.mid(prefix.size()).toInt(&ok) : -1;
    return ok && index >= 0 && index < count ? index : -1;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // The body's width less the document's margin on both sides.
    const double width = document->pageSize().width() - 2.0 * document->documentMargin() - 4.0;
    if (width <= 0.0)
        return {};
    if (const int piece = indexOf(format, QStringLiteral("planner-table:"), m_tables.size()); piece >= 0)
        return {width, m_tables.at(piece).height()};
    const int chart = indexOf(format, QStringLiteral("planner-chart:"), m_charts.size());
    if (chart < 0)
        return {};
    return {width, m_charts.at(chart).heightFor(width, m_font, document->documentLayout()->paintDevice())};
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    // The layout hands over an object near a page as well as on it: drawn there, its text
    // would be in that page's content, clipped from sight but not from a PDF reader's search.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    if (const int piece = indexOf(format, QStringLiteral("planner-table:"), m_tables.size()); piece >= 0)
        m_tables.at(piece).paint(painter, rect, m_tableFont, m_rightToLeft);
    else if (const int chart = indexOf(format, QStringLiteral("planner-chart:"), m_charts.size()); chart >= 0)
        m_charts.at(chart).paint(painter, rect, m_font, m_rightToLeft);
}

} // namespace planner
