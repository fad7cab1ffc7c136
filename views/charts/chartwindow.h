#pragma once

#include "settingskeys.h"

#include <QDialog>

namespace planner {

// A chart in a window of its own, as large as the marketer makes it: its size and place
// remembered between runs under a key of its own. A chart that grows with its bars
// (a ReportChartView) scrolls when taller than the window; any other fills it.
class ChartWindow : public QDialog
{
    Q_OBJECT

public:
    ChartWindow(QWidget *chart, const SettingsKey<QByteArray> &geometryKey, QWidget *parent = nullptr);

    QWidget *chart() const { return m_chart; }

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *m_chart;
    const SettingsKey<QByteArray> &m_geometryKey;
};

} // namespace planner
