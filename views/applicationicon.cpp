#include "applicationicon.h"

namespace planner {

QList<int> ApplicationIcon::sizes()
{
    return {16, 24, 32, 48, 64, 128, 256};
}

QIcon ApplicationIcon::icon()
{
    // Pictures drawn for each size rather than the SVG, so no image plugin is needed.
    QIcon icon;
    for (int size : sizes())
        icon.addFile(QStringLiteral(":/icons/campaign-planner-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace planner
