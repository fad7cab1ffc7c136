#include "reporttable.h"

#include "reporttext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace planner {

namespace {

const QColor headerColor(0xe4, 0xeb, 0xf2);
const QColor ruleColor(0x9a, 0xa7, 0xb4);

// Room inside a cell on each side, across and down, for a font of these metrics.
double padAcross(const QFontMetricsF &metrics)
{
    return metrics.height() * 0.3;
}

double padDown(const QFontMetricsF &metrics)
{
    return metrics.height() * 0.18;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

double longestWord(const QString &text, const QFontMetricsF &metrics)
{
    double longest = 0.0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

// The height text takes in a cell of width (padding included); advance is its width on
// one line, so only a text that does not fit is wrapped to be measured.
double cellHeight(const QString &text, double advance, double width, const QFontMetricsF &metrics)
{
    const double inner = width - 2.0 * padAcross(metrics);
    if (advance <= inner)
        return metrics.height() + 2.0 * padDown(metrics);
    return metrics.boundingRect(QRectF(0.0, 0.0, std::max(inner, 1.0), 1e9), Qt::TextWordWrap, text).height()
        + 2.0 * padDown(metrics);
}

} // namespace

ReportTable::ReportTable(QStringList header, QList<QStringList> rows, QList<bool> numeric)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_numeric(std::move(numeric))
{
}

QList<double> ReportTable::columnWidths(double width, const QFont &font, QPaintDevice *device,
                                        QList<QList<double>> *advances) const
{
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF bold(boldOf(font), device);
    const qsizetype columns = m_header.size();
    QList<double> natural(columns);
    QList<double> least(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        natural[c] = bold.horizontalAdvance(m_header.at(c));
        least[c] = longestWord(m_header.at(c), bold);
    }
    advances->reserve(m_rows.size());
    for (const QStringList &row : m_rows) {
        QList<double> rowAdvances(columns);
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = row.value(c);
            rowAdvances[c] = metrics.horizontalAdvance(text);
            natural[c] = std::max(natural.at(c), rowAdvances.at(c));
            // A figure is never broken; a text may wrap between its words.
            least[c] = std::max(least.at(c), isNumeric(int(c)) ? rowAdvances.at(c) : longestWord(text, metrics));
        }
        *advances << rowAdvances;
    }
    const double pad = 2.0 * padAcross(metrics);
    for (qsizetype c = 0; c < columns; ++c) {
        natural[c] += pad;
        least[c] += pad;
    }
    const double naturalSum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    const double leastSum = std::accumulate(least.cbegin(), least.cend(), 0.0);
    if (naturalSum <= width) { // room for every text on one line: the rest shared out
        QList<double> widths(columns);
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = natural.at(c) * width / naturalSum;
        return widths;
    }
    if (leastSum >= width) { // not even the longest words fit: all shrunk alike
        for (double &share : least)
            share *= width / leastSum;
        return least;
    }
    // The longest words fit. What is left widens the columns that wrap, the first first
    // (the name, which a reader scans down and which reads whole on one line).
    QList<double> widths = least;
    double left = width - leastSum;
    for (qsizetype c = 0; c < columns && left > 0.0; ++c) {
        const double wider = std::min(left, natural.at(c) - least.at(c));
        widths[c] += wider;
        left -= wider;
    }
    return widths;
}

double ReportTable::rowHeight(const QStringList &cells, const QList<double> &advances, const QList<double> &widths,
                              const QFont &font, QPaintDevice *device) const
{
    const QFontMetricsF metrics(font, device);
    double height = 0.0;
    for (qsizetype c = 0; c < widths.size(); ++c)
        height = std::max(height, cellHeight(cells.value(c), advances.value(c), widths.at(c), metrics));
    return height;
}

QList<ReportTable> ReportTable::pieces(double width, double firstHeight, double pageHeight, const QFont &font,
                                       QPaintDevice *device) const
{
    QList<QList<double>> advances;
    const QList<double> widths = columnWidths(width, font, device, &advances);
    QList<double> headerAdvances;
    const QFontMetricsF bold(boldOf(font), device);
    for (const QString &title : m_header)
        headerAdvances << bold.horizontalAdvance(title);
    const double headerHeight = rowHeight(m_header, headerAdvances, widths, boldOf(font), device);

    QList<ReportTable> result;
    ReportTable piece(m_header, {}, m_numeric);
    piece.m_widths = widths;
    piece.m_headerHeight = headerHeight;
    double used = headerHeight;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const double height = rowHeight(m_rows.at(r), advances.at(r), widths, font, device);
        const double room = result.isEmpty() ? firstHeight : pageHeight;
        if (!piece.m_rows.isEmpty() && used + height > room) {
            result << piece;
            piece.m_rows.clear();
            piece.m_rowHeights.clear();
            used = headerHeight;
        }
        piece.m_rows << m_rows.at(r);
        piece.m_rowHeights << height;
        used += height;
    }
    result << piece;
    return result;
}

double ReportTable::height() const
{
    return m_widths.isEmpty() ? 0.0 : std::accumulate(m_rowHeights.cbegin(), m_rowHeights.cend(), m_headerHeight);
}

void ReportTable::paint(QPainter *painter, const QRectF &rect, const QFont &font, bool rightToLeft) const
{
    if (m_widths.isEmpty())
        return;
    painter->save();
    painter->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter->fillRect(QRectF(rect.left(), rect.top(), rect.width(), m_headerHeight), headerColor);
    painter->setPen(Qt::black);
    painter->setFont(boldOf(font));
    paintRow(painter, m_header, QRectF(rect.left(), rect.top(), rect.width(), m_headerHeight), true, rightToLeft);
    painter->setFont(font);
    double top = rect.top() + m_headerHeight;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        paintRow(painter, m_rows.at(r), QRectF(rect.left(), top, rect.width(), m_rowHeights.at(r)), false, rightToLeft);
        top += m_rowHeights.at(r);
    }
    // The rules: under the header and each row, and between the columns.
    QPen rule(ruleColor);
    rule.setWidthF(painter->device()->logicalDpiY() / 144.0); // half a point
    painter->setPen(rule);
    painter->setBrush(Qt::NoBrush);
    const double bottom = top;
    painter->drawRect(QRectF(rect.left(), rect.top(), rect.width(), bottom - rect.top()));
    top = rect.top() + m_headerHeight;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        painter->drawLine(QLineF(rect.left(), top, rect.right(), top));
        top += m_rowHeights.at(r);
    }
    const double scale = rect.width() / std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
    double x = 0.0;
    for (qsizetype c = 0; c + 1 < m_widths.size(); ++c) {
        x += m_widths.at(c) * scale;
        const double at = rightToLeft ? rect.right() - x : rect.left() + x;
        painter->drawLine(QLineF(at, rect.top(), at, bottom));
    }
    painter->restore();
}

void ReportTable::paintRow(QPainter *painter, const QStringList &cells, const QRectF &rect, bool header,
                           bool rightToLeft) const
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    const double scale = rect.width() / std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
    const Qt::Alignment start = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment end = rightToLeft ? Qt::AlignLeft : Qt::AlignRight;
    double x = 0.0;
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const double width = m_widths.at(c) * scale;
        const double left = rightToLeft ? rect.right() - x - width : rect.left() + x;
        x += width;
        const QRectF cell = QRectF(left, rect.top(), width, rect.height())
                                .adjusted(padAcross(metrics), padDown(metrics), -padAcross(metrics), -padDown(metrics));
        const Qt::Alignment across = header ? Qt::AlignHCenter : (isNumeric(int(c)) ? end : start);
        ReportText::draw(painter, cell, across | Qt::AlignVCenter, cells.value(c), rightToLeft, true);
    }
}

} // namespace planner
