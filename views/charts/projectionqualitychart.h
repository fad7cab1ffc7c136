#pragma once

#include "planning/projectioncheck.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace planner {

class CampaignFile;

// How good are our projections? Per platform, the projected against the actual figure of
// every delivered entry of the completed campaigns (a point each, with the diagonal where
// they would be right), and under it the typical error per platform and tier.
class ProjectionQualityChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionQualityChart(const CampaignFile *file, QWidget *parent = nullptr);

    void setMeasure(ProjectionCheck::Measure measure);
    QChart *chart() const;
    const QList<ProjectionCheck::Point> &points() const { return m_points; }
    // The typical errors as shown under the chart, one line per platform and tier.
    QString errorText() const;
    QComboBox *measureBox() const { return m_measure; }

public slots:
    void rebuild();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString groupLine(const ProjectionCheck::GroupError &group) const;

    const CampaignFile *m_file;
    QChartView *m_view;
    QLabel *m_measureLabel;
    QComboBox *m_measure;
    QLabel *m_errors;
    QList<ProjectionCheck::Point> m_points;
};

} // namespace planner
