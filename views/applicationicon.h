#pragma once

#include <QIcon>

namespace planner {

// The program's own icon (resources/icons/campaign-planner.svg rendered at the usual sizes
// and built in), for the window, its dialogs and the About box.
class ApplicationIcon
{
public:
    static QIcon icon();
    // The sizes built in, smallest first.
    static QList<int> sizes();
};

} // namespace planner
