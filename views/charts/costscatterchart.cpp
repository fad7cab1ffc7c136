#include "charts/costscatterchart.h"

#include "charts/followmodel.h"
#include "itemmodels/candidatetablemodel.h"
#include "charts/chartaxes.h"
#include "charts/chartlegend.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

namespace planner {

CostScatterChart::CostScatterChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_measure(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_legend(new ChartLegend(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_measure->addItems({QString(), QString()});
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Số người tiếp cận thật" whole
    connect(m_measure, &QComboBox::currentIndexChanged, this, &CostScatterChart::rebuild);
    m_note->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_measure);
    top->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    retranslateUi();
}

QChart *CostScatterChart::chart() const
{
    return m_view->chart();
}

void CostScatterChart::setModel(CandidateTableModel *model)
{
    followModel(this, m_model, model, &CostScatterChart::rebuild);
    // A campaign opened or closed: the goal-fit column's header changes with it.
    if (model)
        connect(model, &QAbstractItemModel::headerDataChanged, this, &CostScatterChart::rebuild);
    rebuild();
}

void CostScatterChart::setMeasure(int measure)
{
    m_measure->setCurrentIndex(measure);
}

int CostScatterChart::pointCount() const
{
    int count = 0;
    for (const QList<Point> &points : m_points)
        count += int(points.size());
    return count;
}

void CostScatterChart::rebuild()
{
    // Reading thousands of rows is wasted while nobody looks: wait until shown.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    if (m_rebuilding)
        return; // loading rows below may report changes: one rebuild at a time
    const QScopedValueRollback<bool> guard(m_rebuilding, true);
    // A fresh chart each time: nothing of an earlier language or filter can stay behind.
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
    QChart *c = chart();
    m_points.clear();
    m_frontier.clear();
    m_selected = nullptr;
    ChartAxes::mirror(c, layoutDirection());
    const bool reach = m_measure->currentIndex() != 1;
    // The measure chooser above names the chart: no title of its own to cut short.
    if (!m_model || !m_model->hasGoalColumn()) {
        m_note->setText(tr("Open a campaign to see what each candidate brings for its cost."));
        return;
    }
    // The rows the filter matches, loaded as the table would when scrolled, up to the limit.
    while (m_model->rowCount() < pointLimit && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int rows = std::min(m_model->rowCount(), pointLimit);
    QHash<CandidateKind, QScatterSeries *> byKind;
    QList<Point> all;
    double maxCost = 0.0, maxValue = 0.0;
    for (CandidateKind kind : allKinds()) {
        auto *series = new QScatterSeries;
        series->setName(DisplayNames::kindPlural(kind));
        series->setMarkerSize(8.0);
        byKind.insert(kind, series);
    }
    for (int row = 0; row < rows; ++row) {
        const CandidateRow *candidate = m_model->rowAt(row);
        const auto score = m_model->goalScore(row);
        if (!candidate || !score || !score->figures().cost)
            continue;
        m_currency = score->figures().cost->currency();
        const Point point{score->cost(), reach ? score->figures().uniqueReach * 1.0 : score->figures().engagements, row};
        QScatterSeries *series = byKind.value(candidate->kind);
        series->append(point.cost, point.value);
        m_points[series] << point;
        all << point;
        maxCost = std::max(maxCost, point.cost);
        maxValue = std::max(maxValue, point.value);
    }
    // Efficient: nobody at the same or a lower cost brings as much.
    std::sort(all.begin(), all.end(), [](const Point &a, const Point &b) {
        return a.cost < b.cost || (a.cost == b.cost && a.value > b.value);
    });
    auto *frontier = new QLineSeries;
    frontier->setName(tr("Most for the money"));
    double best = -1.0;
    for (const Point &point : std::as_const(all)) {
        if (point.value > best) {
            best = point.value;
            frontier->append(point.cost, point.value);
            m_frontier << m_model->rowAt(point.row)->candidateId;
        }
    }
    // Beside the shortlist the chart is narrow: the axis names the currency once in its
    // title, and its labels are numbers alone ("100 triệu", not "100 triệu ₫" cut to "10...").
    // The unit of size goes there too: "400 میلیون" was cut to "۴۰۰ م…" between two ticks.
    const double shownMax = LocalFormat::displayValue(maxCost, m_currency);
    const double unit = shownMax >= 1e9 ? 1e9 : shownMax >= 1e6 ? 1e6 : shownMax >= 1e3 ? 1e3 : 1.0;
    auto *xAxis = ChartAxes::valueAxis(maxCost, [this, unit](double v) {
        return LocalFormat::compact(LocalFormat::displayValue(v, m_currency) / unit);
    }, 3);
    xAxis->setTitleText((unit > 1.0 ? QStringLiteral("× ") + LocalFormat::compact(unit) + QLatin1Char(' ') : QString())
                        + LocalFormat::currencySymbol(m_currency));
    auto *yAxis = ChartAxes::valueAxis(maxValue, [](double v) { return LocalFormat::compact(v); });
    ChartAxes::attach(c, xAxis, Qt::Horizontal, layoutDirection());
    xAxis->setTitleFont(xAxis->labelsFont());
    ChartAxes::attach(c, yAxis, Qt::Vertical, layoutDirection());
    QList<QXYSeries *> series{frontier};
    for (CandidateKind kind : allKinds())
        series << byKind.value(kind);
    m_selected = new QScatterSeries;
    m_selected->setMarkerSize(16.0);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(palette().color(QPalette::Highlight));
    m_selected->setName(tr("Selected"));
    series << m_selected;
    c->legend()->setAlignment(Qt::AlignBottom);
    for (QXYSeries *s : series) {
        c->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
        if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter != m_selected) {
            connect(scatter, &QXYSeries::hovered, this,
                    [this, scatter](const QPointF &p, bool on) { on ? pointActivated(scatter, p, false) : QToolTip::hideText(); });
            connect(scatter, &QXYSeries::clicked, this,
                    [this, scatter](const QPointF &p) { pointActivated(scatter, p, true); });
        }
    }
    m_legend->takeOver(c, {m_selected});
    // Smooth edges cost more than the points are worth once they crowd.
    m_view->setRenderHint(QPainter::Antialiasing, pointCount() <= 2000);
    m_note->setText(m_model->rowCount() > rows || m_model->canFetchMore({})
                        ? tr("Showing the first %1 channels: narrow the filter to see all.").arg(LocalFormat::count(rows))
                        : tr("%1 channels; the line joins the efficient ones.").arg(LocalFormat::count(pointCount())));
}

void CostScatterChart::pointActivated(QScatterSeries *series, const QPointF &point, bool click)
{
    const QList<Point> &points = m_points.value(series);
    // Nearest on screen: cost and reach differ by orders of magnitude, so compared as
    // numbers the nearest point was often another candidate's.
    const QPointF at = chart()->mapToPosition(point, series);
    const auto distance = [&](const Point &p) {
        const QPointF d = chart()->mapToPosition(QPointF(p.cost, p.value), series) - at;
        return std::hypot(d.x(), d.y());
    };
    const auto nearest = std::min_element(points.cbegin(), points.cend(),
                                          [&](const Point &a, const Point &b) { return distance(a) < distance(b); });
    if (nearest == points.cend() || !m_model)
        return;
    const CandidateRow *row = m_model->rowAt(nearest->row);
    if (!row)
        return;
    if (click) {
        emit candidateClicked(row->candidateId);
        return;
    }
    const bool reach = m_measure->currentIndex() != 1;
    m_tip = LocalFormat::isolated(row->name) + QLatin1String(" · ") + DisplayNames::platform(row->channel.platform) + QLatin1Char('\n')
                           + tr("Cost: %1").arg(LocalFormat::compactMoney(nearest->cost, m_currency)) + QLatin1Char('\n')
                           + (reach ? tr("Authentic reach: %1") : tr("Engagements: %1")).arg(LocalFormat::count(qRound64(nearest->value)));
    QToolTip::showText(QCursor::pos(), m_tip, this);
}

void CostScatterChart::highlightCandidate(qint64 candidateId)
{
    if (!m_selected || !m_model)
        return;
    m_selected->clear();
    for (const QList<Point> &points : std::as_const(m_points)) {
        for (const Point &point : points) {
            const CandidateRow *row = m_model->rowAt(point.row);
            if (row && row->candidateId == candidateId)
                m_selected->append(point.cost, point.value);
        }
    }
}

void CostScatterChart::retranslateUi()
{
    m_measure->setItemText(0, tr("Authentic reach"));
    m_measure->setItemText(1, tr("Engagements"));
    m_measure->setToolTip(tr("What to set against the cost"));
    rebuild();
}

void CostScatterChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void CostScatterChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace planner
