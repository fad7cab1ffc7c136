#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;

namespace planner {

class ChartLegend;
class ChartValueProxy;
class ShortlistTableModel;

// Reach, impressions, engagements and cost of each shortlist entry side by side. Each
// measure's bars are drawn as a share of its largest value, so that reach in millions and
// cost in rupiah both stay readable; the tooltip gives the real figures. Fed from the
// shortlist model whenever it changes: an edit shows at once.
class ShortlistChart : public QWidget
{
    Q_OBJECT

public:
    explicit ShortlistChart(QWidget *parent = nullptr);

    void setModel(ShortlistTableModel *model);
    QChart *chart() const;
    // The title above the chart (a wrapped label, not the chart's own).
    QString title() const;
    static constexpr int measureCount = 4;
    // The real values behind a measure's bars, in shortlist order (for tests).
    QList<double> values(int measure) const;
    // The drawn bar lengths (shares of the measure's largest value).
    QList<double> barLengths(int measure) const;

public slots:
    void highlightRow(int row);

signals:
    void rowClicked(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildAxes();
    void showTip(bool on, int row);

    ShortlistTableModel *m_model = nullptr;
    ChartValueProxy *m_proxy;
    QChartView *m_view;
    QHorizontalBarSeries *m_series;
    QLabel *m_empty;
    QLabel *m_title;
    ChartLegend *m_legend;
};

} // namespace planner
