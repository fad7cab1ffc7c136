#include "reporttext.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace planner {

void ReportText::draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text,
                      bool rightToLeft, bool wrap)
{
    // Laid out here, with the direction in the option: the painter's own direction plays
    // no part.
    QTextOption option((alignment & Qt::AlignHorizontal_Mask) | Qt::AlignAbsolute);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
    QTextLayout layout(text, painter->font(), painter->device());
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0.0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0.0, height));
        height += line.height();
    }
    layout.endLayout();
    double top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top += (rect.height() - height) / 2.0;
    else if (alignment & Qt::AlignBottom)
        top += rect.height() - height;
    layout.draw(painter, QPointF(rect.left(), top));
}

} // namespace planner
