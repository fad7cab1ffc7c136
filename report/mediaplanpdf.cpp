#include "mediaplanpdf.h"

#include "chartobject.h"
#include "mediaplanhtml.h"
#include "reportlanguage.h"
#include "reporttext.h"
#include "text/localformat.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace planner {

namespace {

// Room at the foot of each page for the title, the date and the page number, in points.
constexpr double footerPoints = 22.0;
constexpr double marginMillimetres = 16.0;

} // namespace

MediaPlanPdf::MediaPlanPdf(const ReportLanguage &language, QString title, QString date)
    : m_language(language)
    , m_title(std::move(title))
    , m_date(std::move(date))
{
}

QString MediaPlanPdf::styleSheet(bool rightToLeft)
{
    const QString end = rightToLeft ? QStringLiteral("left") : QStringLiteral("right");
    return QStringLiteral("h1 { font-size: 26pt; color: #1f3b5a; margin-top: 120px; }\n"
                          "p.client { font-size: 18pt; margin-bottom: 24px; }\n"
                          "h2 { font-size: 15pt; color: #1f3b5a; }\n"
                          "h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }\n"
                          "table { border-collapse: collapse; border-color: #9aa7b4; }\n"
                          "th { background-color: #e4ebf2; font-weight: bold; }\n"
                          "table.shortlist { font-size: 7pt; }\n"
                          "table.assumptions { font-size: 7.5pt; }\n"
                          "td.n { text-align: %1; }\n"
                          "p.why { font-size: 8.5pt; color: #333333; }\n"
                          "p.fit { font-size: 8.5pt; color: #1f3b5a; }\n"
                          "td.source { color: #444444; font-style: italic; }\n"
                          "p.table { margin-top: 0px; margin-bottom: 0px; }\n")
        .arg(end);
}

QFont MediaPlanPdf::font(double points) const
{
    QFont font;
    font.setFamilies(m_language.fontFamilies());
    font.setPointSizeF(points);
    return font;
}

QString MediaPlanPdf::placeTable(QString html, const ReportTable &table, ChartObject *objects, QTextDocument *document,
                                 QPaintDevice *device) const
{
    // A piece of the table is an object on a line of its own: one that does not fit what is
    // left of a page goes whole to the next. So each piece is a page high less a line's
    // room, the first less the heading's too (the table starts a page under its heading).
    const double width = document->pageSize().width() - 2.0 * document->documentMargin() - 4.0;
    const double line = QFontMetricsF(font(9.0), device).height();
    const double page = document->pageSize().height() - 2.0 * document->documentMargin() - 2.0 * line;
    const double heading = 3.0 * QFontMetricsF(font(15.0), device).height();
    const QList<ReportTable> pieces = table.pieces(width, page - heading, page, font(7.0), device);
    QStringList markers;
    for (int i = 0; i < pieces.size(); ++i)
        markers << ChartObject::tableMarker(i);
    objects->setTables(pieces, font(7.0));
    return html.replace(MediaPlanHtml::tableMarker(), markers.join(QStringLiteral("<br>")));
}

bool MediaPlanPdf::write(const QString &html, const QList<ReportChart> &charts, const ReportTable &table,
                         QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setPageSize(m_language.pageSize());
    writer.setPageMargins(QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
                          QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Campaign Planner"));
    const double footer = footerPoints * writer.resolution() / 72.0;
    const QSizeF body(writer.width(), writer.height() - footer);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font(9.0));
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(m_language.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setDefaultStyleSheet(styleSheet(m_language.isRightToLeft()));
    document.setPageSize(body);
    ChartObject chartObject(charts, font(8.0), m_language.isRightToLeft());
    chartObject.placeIn(&document);
    document.setHtml(placeTable(html, table, &chartObject, &document, &writer));

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF view(0.0, page * body.height(), body.width(), body.height());
        painter.translate(0.0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(&painter, QRectF(0.0, body.height(), body.width(), footer), page + 1, pages);
    }
    return painter.end();
}

void MediaPlanPdf::paintFooter(QPainter *painter, const QRectF &rect, int page, int pages) const
{
    painter->save();
    painter->setFont(font(7.5));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawLine(QLineF(rect.topLeft(), rect.topRight()));
    const bool rtl = m_language.isRightToLeft();
    painter->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const QLocale locale = m_language.locale();
    //: %1 page number, %2 number of pages
    const QString number = tr("Page %1 of %2").arg(locale.toString(page), locale.toString(pages));
    const Qt::Alignment start = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const Qt::Alignment end = (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    //: %1 report title, %2 date it was written: the line at the foot of each page
    ReportText::draw(painter, rect, start, tr("%1 · %2").arg(LocalFormat::isolated(m_title), LocalFormat::isolated(m_date)), rtl);
    ReportText::draw(painter, rect, end, number, rtl);
    painter->restore();
}

} // namespace planner
