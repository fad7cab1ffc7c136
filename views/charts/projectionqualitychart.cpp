#include "charts/projectionqualitychart.h"

#include "charts/chartaxes.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <cmath>

namespace planner {

ProjectionQualityChart::ProjectionQualityChart(const CampaignFile *file, QWidget *parent)
    : QWidget(parent)
    , m_file(file)
    , m_view(new QChartView(new QChart, this))
    , m_measureLabel(new QLabel(this))
    , m_measure(new QComboBox(this))
    , m_errors(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 320);
    m_measureLabel->setBuddy(m_measure);
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_measureLabel);
    top->addWidget(m_measure);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errors);
    retranslateUi();
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ProjectionQualityChart::rebuild);
    rebuild();
}

QChart *ProjectionQualityChart::chart() const
{
    return m_view->chart();
}

void ProjectionQualityChart::setMeasure(ProjectionCheck::Measure measure)
{
    m_measure->setCurrentIndex(int(measure));
}

QString ProjectionQualityChart::errorText() const
{
    return m_errors->text();
}

void ProjectionQualityChart::rebuild()
{
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
    QChart *c = chart();
    ChartAxes::mirror(c, layoutDirection());
    const auto measure = ProjectionCheck::Measure(std::max(0, m_measure->currentIndex()));
    m_points = m_file ? ProjectionCheck::collect(*m_file, measure) : QList<ProjectionCheck::Point>();
    if (m_points.isEmpty()) {
        m_errors->setText(tr("No completed campaign has results yet: enter them under Campaign ▸ Results…, "
                             "mark the campaign completed, and each delivered entry shows here."));
        return;
    }
    double max = 0.0;
    QMap<int, QScatterSeries *> byPlatform;
    for (const ProjectionCheck::Point &point : std::as_const(m_points)) {
        QScatterSeries *&series = byPlatform[int(point.platform)];
        if (!series) {
            series = new QScatterSeries;
            series->setName(DisplayNames::platform(point.platform));
            series->setMarkerSize(9.0);
        }
        series->append(point.projected, point.actual);
        max = std::max({max, point.projected, point.actual});
    }
    const ChartAxes::Label label = [](double v) { return LocalFormat::compact(v); };
    auto *xAxis = ChartAxes::valueAxis(max, label);
    auto *yAxis = ChartAxes::valueAxis(max, label);
    xAxis->setTitleText(tr("Projected"));
    yAxis->setTitleText(tr("Actual"));
    ChartAxes::attach(c, xAxis, Qt::Horizontal, layoutDirection());
    ChartAxes::attach(c, yAxis, Qt::Vertical, layoutDirection());
    // Where every point would lie if the projections were right.
    auto *diagonal = new QLineSeries;
    diagonal->setName(tr("Actual = projected"));
    diagonal->append(0.0, 0.0);
    diagonal->append(xAxis->max(), xAxis->max());
    QList<QXYSeries *> series{diagonal};
    for (QScatterSeries *scatter : std::as_const(byPlatform))
        series << scatter;
    for (QXYSeries *s : series) {
        c->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    QStringList lines;
    for (const ProjectionCheck::GroupError &group : ProjectionCheck::errors(m_points))
        lines << groupLine(group);
    m_errors->setText(lines.join(QLatin1Char('\n')));
}

QString ProjectionQualityChart::groupLine(const ProjectionCheck::GroupError &group) const
{
    const QString tier = DisplayNames::tier(group.tier);
    const QString typical = LocalFormat::isolated(LocalFormat::percent(group.typicalError * 100.0));
    const QString bias = LocalFormat::isolated(LocalFormat::percent(std::abs(group.bias) * 100.0));
    //: %1 platform, %2 tier, %3 typical error (a percentage), %4 how many entries
    const QString head = tr("%1 · %2: typical error %3 (%Ln entries)", nullptr, group.points)
                             .arg(DisplayNames::platform(group.platform), tier, typical);
    if (std::abs(group.bias) < 0.005)
        return head;
    //: Appended to a typical error line: %1 a percentage
    return head + QStringLiteral("; ")
        + (group.bias > 0 ? tr("results ran %1 above the projections").arg(bias)
                          : tr("results ran %1 below the projections").arg(bias));
}

void ProjectionQualityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ProjectionQualityChart::retranslateUi()
{
    m_measureLabel->setText(tr("&Measure:"));
    const QSignalBlocker blocker(m_measure);
    const int current = std::max(0, m_measure->currentIndex());
    m_measure->clear();
    m_measure->addItems({tr("Reach"), tr("Impressions"), tr("Engagements")});
    m_measure->setCurrentIndex(current);
}

} // namespace planner
