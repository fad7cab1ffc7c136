#include "charts/goalcomparisonchart.h"

#include "charts/chartaxes.h"
#include "charts/chartlegend.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace planner {

GoalComparisonChart::GoalComparisonChart(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_legend(new ChartLegend(this))
{
    auto *grid = new QGridLayout;
    for (int i = 0; i < chartCount; ++i) {
        auto *view = ChartAxes::panelView(this);
        // Low enough that the six charts never make the panel push the candidate list up.
        view->setMinimumSize(120, 80);
        m_views << view;
        grid->addWidget(view, i / 2, i % 2);
    }
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_legend);
    layout->addLayout(grid, 1);
    rebuild();
}

void GoalComparisonChart::setPlans(const QList<PlanSummary> &plans, const QString &currency,
                                   const QHash<qint64, Candidate> &candidates)
{
    m_plans = plans;
    m_currency = currency;
    m_candidates = candidates;
    rebuild();
}

QChart *GoalComparisonChart::chart(int index) const
{
    return m_views.value(index) ? m_views.at(index)->chart() : nullptr;
}

QString GoalComparisonChart::title(int index) const
{
    switch (index) {
    case 0: return tr("Unique reach");
    case 1: return tr("Engagements");
    case 2: return tr("Cost");
    case 3: return tr("CPM");
    case 4: return tr("CPE");
    default: return tr("People of each kind");
    }
}

QColor GoalComparisonChart::planColor(int plan)
{
    return plan == 0 ? QColor(0x20, 0x9f, 0xdf) : QColor(0xf6, 0xa6, 0x25);
}

double GoalComparisonChart::measure(int index, const PlanSummary &plan) const
{
    const CampaignTotals &t = plan.totals;
    switch (index) {
    case 0: return t.uniqueReach;
    case 1: return t.engagements;
    case 2: return t.cost.toDouble();
    case 3: return t.cpm.value_or(0.0);
    default: return t.cpe.value_or(0.0);
    }
}

QList<double> GoalComparisonChart::values(int index) const
{
    QList<double> result;
    for (QAbstractSeries *series : chart(index)->series()) {
        for (QBarSet *set : static_cast<QBarSeries *>(series)->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                result << set->at(i);
        }
    }
    return result;
}

void GoalComparisonChart::rebuild()
{
    m_empty->setText(tr("Choose “Compare Goals…” to plan the budget for both goals and see them here."));
    m_empty->setVisible(m_plans.size() < 2);
    QStringList planNames;
    QList<ChartLegend::Entry> legend;
    for (int p = 0; p < m_plans.size(); ++p) {
        planNames << DisplayNames::goal(m_plans.at(p).goal);
        legend << ChartLegend::Entry{planColor(p), planNames.last()};
    }
    m_legend->setEntries(m_plans.size() >= 2 ? legend : QList<ChartLegend::Entry>());
    for (int index = 0; index < chartCount; ++index) {
        QChart *c = chart(index);
        c->removeAllSeries();
        ChartAxes::removeAxes(c);
        c->setTitle(title(index));
        ChartAxes::mirror(c, layoutDirection());
        if (m_plans.size() < 2) {
            c->legend()->hide();
            continue;
        }
        auto *series = new QBarSeries;
        QStringList categories;
        double max = 0.0;
        c->legend()->hide(); // one legend for all, above the charts
        if (index < 5) {
            for (int p = 0; p < m_plans.size(); ++p) {
                auto *set = new QBarSet(planNames.at(p));
                *set << measure(index, m_plans.at(p));
                set->setColor(planColor(p));
                max = std::max(max, measure(index, m_plans.at(p)));
                series->append(set);
            }
            categories << QString();
        } else {
            // People per kind: one bar set per plan, kinds as categories.
            for (CandidateKind kind : allKinds())
                categories << DisplayNames::kindPlural(kind);
            for (int p = 0; p < m_plans.size(); ++p) {
                auto *set = new QBarSet(planNames.at(p));
                set->setColor(planColor(p));
                for (CandidateKind kind : allKinds()) {
                    int people = 0;
                    for (const ShortlistEntry &entry : m_plans.at(p).entries)
                        people += entry.counts() && m_candidates.value(entry.candidateId).kind == kind;
                    *set << people;
                    max = std::max(max, double(people));
                }
                series->append(set);
            }
        }
        c->addSeries(series);
        const bool money = index >= 2 && index <= 4;
        auto *valueAxis = ChartAxes::valueAxis(max, [this, money](double v) {
            return money ? LocalFormat::compactMoney(v, m_currency) : LocalFormat::compact(v);
        }, 2);
        if (index < 5) {
            // A small chart cut its axis labels ("200 nghìn", "500 triệu ₫") to "…": the two
            // plans' figures go under its title instead, each in its plan's colour.
            valueAxis->setLabelsVisible(false);
            QStringList figures;
            for (int p = 0; p < m_plans.size(); ++p) {
                const double v = measure(index, m_plans.at(p));
                figures << QStringLiteral("<span style=\"color:%1\">%2</span>")
                               .arg(planColor(p).name(),
                                    (money ? LocalFormat::compactMoney(v, m_currency) : LocalFormat::compact(v)).toHtmlEscaped());
            }
            c->setTitle(title(index).toHtmlEscaped() + QStringLiteral("<br><small>") + figures.join(QStringLiteral(" · "))
                        + QStringLiteral("</small>"));
        }
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        categoryAxis->setLabelsVisible(index == 5); // the measures have one group: the legend names the bars
        ChartAxes::attach(c, categoryAxis, Qt::Horizontal, layoutDirection());
        ChartAxes::attach(c, valueAxis, Qt::Vertical, layoutDirection());
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        connect(series, &QAbstractBarSeries::hovered, this,
                [this, categories, money](bool on, int i, QBarSet *set) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    const double v = set->at(i);
                    const QString what = categories.value(i).isEmpty() ? set->label()
                                                                       : set->label() + QLatin1String(" · ") + categories.value(i);
                    QToolTip::showText(QCursor::pos(),
                                       what + QLatin1String(": ")
                                           + (money ? LocalFormat::compactMoney(v, m_currency) : LocalFormat::compact(v)),
                                       this);
                });
    }
}

void GoalComparisonChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace planner
