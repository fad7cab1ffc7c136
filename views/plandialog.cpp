#include "plandialog.h"

#include "charts/reportchartview.h"
#include "mediaplan.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace planner {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

PlanDialog::PlanDialog(const Campaign &campaign, const QList<PlanSummary> &plans,
                       const QHash<qint64, Candidate> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_plans(plans)
    , m_candidates(candidates)
{
    setWindowTitle(plans.size() > 1 ? tr("Compare goals — %1").arg(campaign.name)
                                    : tr("Suggested shortlist — %1").arg(campaign.name));
    auto *columns = new QHBoxLayout;
    for (int plan = 0; plan < plans.size(); ++plan)
        columns->addWidget(createPlanColumn(plan), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (plans.size() > 1) {
        // The plans' columns over their chart; the marketer moves the line between them.
        auto *split = new QSplitter(Qt::Vertical, this);
        auto *top = new QWidget(split);
        top->setLayout(columns);
        split->addWidget(top);
        split->addWidget(createChart());
        layout->addWidget(split, 1);
    } else {
        layout->addLayout(columns, 1);
    }
    layout->addWidget(buttons);
    resize(plans.size() > 1 ? 1180 : 720, plans.size() > 1 ? 860 : 560);
}

ReportChart PlanDialog::comparisonChart(const Campaign &campaign, const QList<PlanSummary> &plans,
                                       const QHash<qint64, Candidate> &candidates)
{
    QList<MediaPlanSide> sides;
    for (const PlanSummary &plan : plans) {
        MediaPlanSide side;
        side.goal = plan.goal;
        side.entries = plan.entries;
        side.figures = plan.figures;
        side.totals = plan.totals;
        sides << side;
    }
    return ReportChart::goalsChart(campaign, sides, candidates);
}

QWidget *PlanDialog::createChart()
{
    m_chart = new ReportChartView(this);
    m_chart->setChart(comparisonChart(m_campaign, m_plans, m_candidates));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chart);
    return scroll;
}

QWidget *PlanDialog::createPlanColumn(int plan)
{
    const PlanSummary &summaryOf = m_plans.at(plan);
    auto *box = new QGroupBox(heading(summaryOf), this);
    auto *text = new QLabel(summary(summaryOf), box);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaries << text;
    auto *table = new QTableWidget(box);
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Candidate"), tr("Platform"), tr("Status"),
                                      summaryOf.goal == Goal::Awareness ? tr("Authentic reach")
                                                                        : tr("Authentic engagements"),
                                      tr("Cost")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setRowCount(int(summaryOf.entries.size()));
    for (int row = 0; row < summaryOf.entries.size(); ++row) {
        const ShortlistEntry &entry = summaryOf.entries.at(row);
        const ProjectedFigures &f = summaryOf.figures.value(row);
        const QString name = m_candidates.value(entry.candidateId).name;
        table->setItem(row, 0, cell(LocalFormat::isolated(name)
                                    + (entry.locked ? tr(" (locked)") : QString())));
        table->setItem(row, 1, cell(DisplayNames::platform(entry.platform)));
        table->setItem(row, 2, cell(DisplayNames::status(entry.status)));
        const double value = summaryOf.goal == Goal::Awareness ? f.uniqueReach : f.engagements * f.authenticity;
        table->setItem(row, 3, cell(LocalFormat::count(std::llround(value)), true));
        table->setItem(row, 4, cell(f.cost ? LocalFormat::money(*f.cost) : QStringLiteral("—"), true));
    }
    table->resizeColumnsToContents();
    m_tables << table;
    auto *use = new QPushButton(tr("&Use This Plan"), box);
    use->setEnabled(summaryOf.problem.isEmpty());
    use->setToolTip(tr("Replaces the unlocked entries of the shortlist with this plan (undoable)"));
    connect(use, &QPushButton::clicked, this, [this, plan] {
        m_chosen = plan;
        accept();
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(table, 1);
    layout->addWidget(use, 0, Qt::AlignTrailing);
    return box;
}

QString PlanDialog::heading(const PlanSummary &plan) const
{
    //: Heading of a suggested plan; %1 is the goal
    return tr("Goal: %1").arg(DisplayNames::goal(plan.goal));
}

QString PlanDialog::summary(const PlanSummary &plan) const
{
    if (!plan.problem.isEmpty())
        return tr("No shortlist fits: %1").arg(plan.problem);
    const CampaignTotals &t = plan.totals;
    QStringList lines;
    lines << (plan.goal == Goal::Awareness
                  ? tr("Authentic reach in the target regions: %1").arg(LocalFormat::count(std::llround(plan.objective)))
                  //: Niche trust counts candidates in both the target niches and the target regions
                  : tr("Authentic engagements in the target niches and regions: %1").arg(LocalFormat::count(std::llround(plan.objective))));
    lines << tr("%Ln candidates · cost %1 of %2", nullptr, int(plan.entries.size()))
                 .arg(LocalFormat::money(t.cost), LocalFormat::money(m_campaign.budget));
    lines << tr("Unique reach %1 · impressions %2 · engagements %3")
                 .arg(LocalFormat::count(std::llround(t.uniqueReach)), LocalFormat::count(std::llround(t.impressions)),
                      LocalFormat::count(std::llround(t.engagements)));
    lines << (plan.provenOptimal
                  ? tr("No other shortlist within the budget brings more.")
                  : tr("At most %1 below the best possible shortlist.").arg(LocalFormat::percent(plan.gap * 100.0)));
    return lines.join(QLatin1Char('\n'));
}

QString PlanDialog::planText(int plan) const
{
    return m_summaries.value(plan) ? m_summaries.at(plan)->text() : QString();
}

} // namespace planner
