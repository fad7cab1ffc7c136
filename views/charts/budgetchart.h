#pragma once

#include <QWidget>

class QChart;
class QComboBox;
class QChartView;
class QLabel;
class QPieSeries;

namespace planner {

class ChartLegend;

class ShortlistTableModel;

// Where the shortlist's budget goes: by kind, by tier or by platform, as the marketer picks,
// read from the shortlist model whenever it changes.
class BudgetChart : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetChart(QWidget *parent = nullptr);

    void setModel(ShortlistTableModel *model);
    void setSplit(int split);
    static constexpr int splitCount = 3;
    QChart *chart(int split) const;
    ChartLegend *legend(int split) const;
    // Each slice's label and amount, by split (for tests).
    QList<QPair<QString, double>> slices(int split) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSplit(int split);
    void rebuild();
    QString splitTitle(int split) const;

    ShortlistTableModel *m_model = nullptr;
    QList<QChartView *> m_views;
    QList<ChartLegend *> m_legends;
    QComboBox *m_split;
    QLabel *m_empty;
};

} // namespace planner
