#include "charts/shortlistchart.h"

#include "charts/followmodel.h"
#include "charts/chartaxes.h"
#include "charts/chartlegend.h"
#include "charts/chartvalueproxy.h"
#include "text/localformat.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QToolTip>
#include <QVBoxLayout>

namespace planner {

namespace {

// The measures are neighbouring columns of the shortlist model, mapped in one range.
constexpr int firstMeasure = ShortlistTableModel::ReachColumn;
constexpr int lastMeasure = ShortlistTableModel::CostColumn;
static_assert(lastMeasure - firstMeasure + 1 == ShortlistChart::measureCount);

} // namespace

ShortlistChart::ShortlistChart(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ChartValueProxy(ShortlistTableModel::ValueRole, this))
    , m_view(ChartAxes::panelView(this))
    , m_series(new QHorizontalBarSeries(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_legend(new ChartLegend(this))
{
    m_proxy->setNormalized(true);
    m_view->chart()->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) { showTip(on, index); });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { emit rowClicked(index); });
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Title and legend as wrapped labels: a narrow chart cuts its own short.
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    layout->addWidget(m_empty);
    layout->addWidget(m_title);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    rebuildAxes();
}

void ShortlistChart::setModel(ShortlistTableModel *model)
{
    m_proxy->setSourceModel(model);
    followModel(this, m_model, model, &ShortlistChart::rebuildAxes);
    rebuildAxes();
}

QChart *ShortlistChart::chart() const
{
    return m_view->chart();
}

QString ShortlistChart::title() const
{
    return m_title->text();
}

QList<double> ShortlistChart::values(int measure) const
{
    QList<double> result;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row)
        result << m_model->index(row, firstMeasure + measure).data(ShortlistTableModel::ValueRole).toDouble();
    return result;
}

QList<double> ShortlistChart::barLengths(int measure) const
{
    QList<double> result;
    const QBarSet *set = m_series->barSets().value(measure);
    for (int i = 0; set && i < set->count(); ++i)
        result << set->at(i);
    return result;
}

void ShortlistChart::rebuildAxes()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_empty->setText(tr("Put candidates on the shortlist to compare them here."));
    m_empty->setVisible(rows == 0);
    QChart *c = m_view->chart();
    m_title->setText(tr("Each measure as a share of its largest entry"));
    ChartAxes::mirror(c, layoutDirection());
    ChartAxes::removeAxes(c);
    // One bar set per measure, read from the model (through the proxy's shares) each time
    // the model changes: the charts never keep a copy of their own.
    m_series->clear();
    for (int column = firstMeasure; column <= lastMeasure; ++column) {
        auto *set = new QBarSet(m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString());
        for (int row = 0; row < rows; ++row)
            *set << m_proxy->index(row, column).data().toDouble();
        m_series->append(set);
        set->setSelectedColor(set->color().darker(160));
    }
    QStringList names;
    for (int row = 0; row < rows; ++row)
        names << m_model->index(row, ShortlistTableModel::NameColumn).data().toString();
    auto *values = ChartAxes::valueAxis(1.0, [](double v) { return LocalFormat::percent(v * 100.0); }, 2);
    ChartAxes::attach(c, values, Qt::Horizontal, layoutDirection());
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    ChartAxes::attach(c, categories, Qt::Vertical, layoutDirection());
    m_series->attachAxis(values);
    m_series->attachAxis(categories);
    m_legend->takeOver(c);
}

void ShortlistChart::showTip(bool on, int row)
{
    if (!on || !m_model) {
        QToolTip::hideText();
        return;
    }
    QStringList lines{m_model->index(row, ShortlistTableModel::NameColumn).data().toString()};
    for (int column = firstMeasure; column <= lastMeasure; ++column)
        lines << m_model->headerData(column, Qt::Horizontal).toString() + QLatin1String(": ")
                     + m_model->index(row, column).data().toString();
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), this);
}

void ShortlistChart::highlightRow(int row)
{
    for (QBarSet *set : m_series->barSets()) {
        set->deselectAllBars();
        if (row >= 0 && row < set->count())
            set->selectBar(row);
    }
}

void ShortlistChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        rebuildAxes();
    }
    QWidget::changeEvent(event);
}

} // namespace planner
