#include "menuactions.h"

#include <QWidget>

namespace planner {

MenuActions::MenuActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

} // namespace planner
