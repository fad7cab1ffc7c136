#pragma once

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QScatterSeries;

namespace planner {

class ChartLegend;

class CandidateTableModel;

// Cost against reach (or engagements) of every candidate channel the current filter shows,
// coloured by kind, with the efficient ones (nobody cheaper brings more) joined by a line.
// Read from the candidate table model for the open campaign; a click selects the candidate.
class CostScatterChart : public QWidget
{
    Q_OBJECT

public:
    explicit CostScatterChart(QWidget *parent = nullptr);

    // Points drawn at most; a wider filter shows the first rows in the table's order.
    static constexpr int pointLimit = 20000;

    void setModel(CandidateTableModel *model);
    void setMeasure(int measure); // 0 reach, 1 engagements
    QChart *chart() const;
    int pointCount() const;
    // Candidate ids of the efficient frontier, cheapest first (for tests).
    QList<qint64> efficientCandidates() const { return m_frontier; }
    // The tooltip last shown for a point under the mouse: the candidate, platform, cost, value.
    QString lastTip() const { return m_tip; }

public slots:
    void rebuild();
    void highlightCandidate(qint64 candidateId);

signals:
    void candidateClicked(qint64 candidateId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Point
    {
        double cost = 0.0;
        double value = 0.0;
        int row = 0;
    };
    void pointActivated(QScatterSeries *series, const QPointF &point, bool click);
    void retranslateUi();

    CandidateTableModel *m_model = nullptr;
    QChartView *m_view;
    QComboBox *m_measure;
    QLabel *m_note;
    ChartLegend *m_legend;
    QHash<QScatterSeries *, QList<Point>> m_points;
    QScatterSeries *m_selected = nullptr;
    QList<qint64> m_frontier;
    QString m_currency;
    bool m_dirty = true;
    bool m_rebuilding = false;
    QString m_tip;
};

} // namespace planner
