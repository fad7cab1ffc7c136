#include "charts/budgetchart.h"

#include "charts/chartaxes.h"
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

} // namespace

BudgetChart::BudgetChart(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_split(new QComboBox(this))
{
    m_split->addItems({QString(), QString(), QString()});
    auto *row = new QVBoxLayout;
    for (int i = 0; i < splitCount; ++i) {
        auto *chart = new QChart;
        chart->setMargins(QMargins(2, 2, 2, 2));
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        m_views << view;
        row->addWidget(view, 1);
        view->setVisible(i == 0);
    }
    connect(m_split, &QComboBox::currentIndexChanged, this, [this](int split) {
        for (int i = 0; i < m_views.size(); ++i)
            m_views.at(i)->setVisible(i == split);
    });
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
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &BudgetChart::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &BudgetChart::rebuild);
    }
    rebuild();
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
        c->setTitle(splitTitle(split));
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
            slice->setLabelVisible(true);
            const QString tip = it.key() + QLatin1String(": ") + LocalFormat::compactMoney(it.value(), currency);
            connect(slice, &QPieSlice::hovered, this, [this, tip](bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip, this);
                else
                    QToolTip::hideText();
            });
        }
        c->addSeries(series);
    }
}

void BudgetChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace planner
