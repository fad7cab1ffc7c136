#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QPainter;
class QPaintDevice;
class QRectF;

namespace planner {

// A long table of the PDF report (the shortlist) drawn with QPainter instead of laid out as
// a QTextDocument table, which costs about a third of a millisecond a cell: seconds for a
// 500-entry shortlist. Its columns are sized once for every row, and it is cut into pieces
// that each fit a page, every piece with the header row on top. Mirrored for a right-to-left
// page: the first column on the right.
class ReportTable
{
public:
    ReportTable() = default;
    // rows[i] holds one text per header column; numeric columns are aligned at the end.
    ReportTable(QStringList header, QList<QStringList> rows, QList<bool> numeric);

    const QStringList &header() const { return m_header; }
    const QList<QStringList> &rows() const { return m_rows; }
    bool isNumeric(int column) const { return m_numeric.value(column); }

    // The table laid out width wide in font on device, in pieces: the first at most
    // firstHeight high (what is left of its page), every other at most pageHeight.
    QList<ReportTable> pieces(double width, double firstHeight, double pageHeight, const QFont &font,
                              QPaintDevice *device) const;
    // The height of a piece that pieces() made; 0 for a table not laid out.
    double height() const;
    void paint(QPainter *painter, const QRectF &rect, const QFont &font, bool rightToLeft) const;

private:
    QList<double> columnWidths(double width, const QFont &font, QPaintDevice *device,
                               QList<QList<double>> *advances) const;
    double rowHeight(const QStringList &cells, const QList<double> &advances, const QList<double> &widths,
                     const QFont &font, QPaintDevice *device) const;
    void paintRow(QPainter *painter, const QStringList &cells, const QRectF &rect, bool header, bool rightToLeft) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<bool> m_numeric;
    // Set by pieces(): the columns' widths, the header's and each row's height.
    QList<double> m_widths;
    double m_headerHeight = 0.0;
    QList<double> m_rowHeights;
};

} // namespace planner
