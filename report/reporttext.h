#pragma once

#include <Qt>

class QPainter;
class QRectF;
class QString;

namespace planner {

// Draws a line (or a wrapped cell) of the report's charts and tables in the page's own
// direction, given outright rather than left to the painter's state, so that the PDF, the
// SVG of the HTML, the window and an exported chart lay a label out alike: on a Persian
// page "Ahmad Faizal · اینستاگرام" (the name isolated, LocalFormat::isolated) reads right
// to left, the name first on the right, whatever the text begins with.
class ReportText
{
public:
    // alignment is absolute (left is left on either page).
    static void draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text,
                     bool rightToLeft, bool wrap = false);
};

} // namespace planner
