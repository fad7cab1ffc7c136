#pragma once

#include <QString>

class QWidget;

namespace planner {

// Writes a widget's picture (a chart page) to PNG, SVG or PDF, chosen by the file suffix,
// through a temporary file so that a failed export leaves nothing half written.
class ChartExporter
{
public:
    static bool save(QWidget *widget, const QString &path);
};

} // namespace planner
