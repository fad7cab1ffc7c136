#include "charts/budgetchart.h"

#include "charts/followmodel.h"
#include "charts/chartaxes.h"
#include "charts/chartlegend.h"
#include "text/localformat.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>

namespace planner {

namespace {

const int splitColumns[BudgetChart::splitCount] = {ShortlistTableModel::KindColumn,
                                                   ShortlistTableModel::TierColumn,
                                                   ShortlistTableModel::PlatformColumn};

// Qt Charts' light theme colours, in its order.
QColor sliceColor(int index)
{
    static const QColor colors[] = {QColor(0x209fdf), QColor(0x99ca53), QColor(0xf6a625), QColor(0x6d5fd5),
                                    QColor(0xbf593e), QColor(0x38ad6b), QColor(0x3c6ad5), QColor(0xe65c8a)};
    return colors[index % int(std::size(colors))];
}

} // namespace

BudgetChart::BudgetChart(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_split(new QComboBox(this))
{
    m_split->addItems({QString(), QString(), QString()});
    m_split->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows its words' length
    auto *row = new QVBoxLayout;
    for (int i = 0; i < splitCount; ++i) {
        auto *view = ChartAxes::panelView(this);
        auto *legend = new ChartLegend(this);
        m_views << view;
        m_legends << legend;
        row->addWidget(view, 1);
        row->addWidget(legend);
    }
    connect(m_split, &QComboBox::currentIndexChanged, this, &BudgetChart::showSplit);
    showSplit(0);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split, 0, Qt::AlignLeading);
    layout->addWidget(m_empty);
    layout->addLayout(row, 1);
    rebuild();
}

void BudgetChart::setModel(ShortlistTableModel *model)
{
    followModel(this, m_model, model, &BudgetChart::rebuild);
    rebuild();
}

void BudgetChart::showSplit(int split)
{
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->setVisible(i == split);
        m_legends.at(i)->setVisible(i == split && !m_legends.at(i)->texts().isEmpty());
    }
}

ChartLegend *BudgetChart::legend(int split) const
{
    return m_legends.value(split);
}

void BudgetChart::setSplit(int split)
{
    m_split->setCurrentIndex(split);
}

QChart *BudgetChart::chart(int split) const
{
    return m_views.value(split) ? m_views.at(split)->chart() : nullptr;
}

QString BudgetChart::splitTitle(int split) const
{
    switch (split) {
    case 0: return tr("Budget by kind");
    case 1: return tr("Budget by tier");
    default: return tr("Budget by platform");
    }
}

QList<QPair<QString, double>> BudgetChart::slices(int split) const
{
    QList<QPair<QString, double>> result;
    const QChart *c = chart(split);
    for (QAbstractSeries *series : c->series()) {
        for (QPieSlice *slice : static_cast<QPieSeries *>(series)->slices())
            result << qMakePair(slice->property("category").toString(), slice->value());
    }
    return result;
}

void BudgetChart::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const QString currency = m_model && m_model->campaign() ? m_model->campaign()->currency() : QString();
    double total = 0.0;
    for (int row = 0; row < rows; ++row)
        total += m_model->index(row, ShortlistTableModel::CostColumn).data(ShortlistTableModel::ValueRole).toDouble();
    m_empty->setText(tr("The budget split shows once the shortlist has costs."));
    m_empty->setVisible(total <= 0.0);
    for (int split = 0; split < splitCount; ++split) {
        QChart *c = chart(split);
        c->removeAllSeries();
        // The split chooser above names the chart: no title of its own to cut short.
        c->setTitle(QString());
        ChartAxes::mirror(c, layoutDirection());
        c->legend()->setAlignment(Qt::AlignBottom);
        m_split->setItemText(split, splitTitle(split));
        QMap<QString, double> sums;
        for (int row = 0; row < rows; ++row) {
            const double cost = m_model->index(row, ShortlistTableModel::CostColumn)
                                    .data(ShortlistTableModel::ValueRole).toDouble();
            if (cost > 0.0)
                sums[m_model->index(row, splitColumns[split]).data().toString()] += cost;
        }
        auto *series = new QPieSeries;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            //: Pie slice: %1 category (e.g. KOL), %2 share of the budget
            QPieSlice *slice = series->append(tr("%1 · %2").arg(it.key(), LocalFormat::percent(100.0 * it.value() / total)),
                                              it.value());
            slice->setProperty("category", it.key());
            // Named in the legend under the pie, where a name has room; on the slice a
            // small share's label was cut to "I…" or "Ti…".
            slice->setLabelVisible(false);
            // Coloured here, so the legend (read before the theme's first paint) agrees.
            slice->setColor(sliceColor(int(series->count()) - 1));
            const QString tip = it.key() + QLatin1String(": ") + LocalFormat::compactMoney(it.value(), currency);
            connect(slice, &QPieSlice::hovered, this, [this, tip](bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip, this);
                else
                    QToolTip::hideText();
            });
        }
        c->addSeries(series);
        m_legends.at(split)->takeOver(c);
    }
    showSplit(m_split->currentIndex());
}

void BudgetChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace planner
