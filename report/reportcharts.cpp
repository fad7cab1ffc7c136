#include "reportcharts.h"

#include "mediaplan.h"
#include "reporttext.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace planner {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
};

const QColor reachColor(0x2f, 0x6f, 0xb3);
const QColor engagementColor(0xd9, 0x7a, 0x1e);
const QColor costColor(0x4e, 0x9a, 0x5b);
const QColor peopleColor(0x8a, 0x5a, 0xa8);

double rowHeight(const QFontMetricsF &metrics)
{
    return metrics.height() * 1.45;
}

ReportBarPanel panel(const QString &title, const QColor &color)
{
    ReportBarPanel result;
    result.title = title;
    result.color = color;
    return result;
}

void addBar(ReportBarPanel &panel, const QString &label, double value, const QString &text)
{
    panel.labels << label;
    panel.values << value;
    panel.valueTexts << text;
}

QString moneyText(double major, const QString &currency)
{
    return LocalFormat::compactMoney(LocalFormat::displayValue(major, currency), currency);
}

// The entries that count, the costliest first, at most ReportChart::mostEntriesShown.
QList<int> shownEntries(const MediaPlanSide &side)
{
    QList<int> shown;
    for (int i = 0; i < side.entries.size(); ++i) {
        if (side.entries.at(i).counts())
            shown << i;
    }
    std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
        return side.figures.at(a).costValue() > side.figures.at(b).costValue();
    });
    return shown.mid(0, ReportChart::mostEntriesShown);
}

QList<ReportChart> shortlistCharts(const MediaPlan &plan)
{
    const MediaPlanSide &side = plan.shortlist;
    const QString currency = plan.campaign.currency();
    ReportBarPanel reach = panel(Text::tr("Unique reach"), reachColor);
    ReportBarPanel engagements = panel(Text::tr("Engagements"), engagementColor);
    //: %1 currency code
    ReportBarPanel cost = panel(Text::tr("Cost (%1)").arg(currency), costColor);
    const QList<int> shown = shownEntries(side);
    for (const int i : shown) {
        // Isolated: a name keeps its own direction on a page of the other.
        const QString name = LocalFormat::isolated(plan.candidates.value(side.entries.at(i).candidateId).name);
        const ProjectedFigures &f = side.figures.at(i);
        addBar(reach, name, f.uniqueReach, LocalFormat::compact(f.uniqueReach));
        addBar(engagements, name, f.engagements, LocalFormat::compact(f.engagements));
        addBar(cost, name, f.costValue(), f.cost ? moneyText(f.costValue(), currency) : Text::tr("unknown"));
    }
    int counted = 0;
    for (const ShortlistEntry &entry : side.entries)
        counted += entry.counts() ? 1 : 0;
    const QString title = counted > shown.size()
        //: %1 and %2 counts: the chart shows the costliest %1 of %2 entries
        ? Text::tr("The shortlist, measure by measure: the %1 costliest of %2 entries")
              .arg(LocalFormat::count(shown.size()), LocalFormat::count(counted))
        : Text::tr("The shortlist, measure by measure");
    if (shown.isEmpty())
        return {};
    // A chart each, so that none is taller than a page.
    return {ReportChart(title, {reach}), ReportChart(title, {engagements}), ReportChart(title, {cost})};
}

ReportChart budgetChart(const MediaPlan &plan)
{
    const MediaPlanSide &side = plan.shortlist;
    const QString currency = plan.campaign.currency();
    QMap<CandidateKind, double> byKind;
    for (int i = 0; i < side.entries.size(); ++i) {
        if (side.entries.at(i).counts())
            byKind[plan.candidates.value(side.entries.at(i).candidateId).kind] += side.figures.at(i).costValue();
    }
    //: %1 currency code
    ReportBarPanel cost = panel(Text::tr("Cost by kind of person (%1)").arg(currency), costColor);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        addBar(cost, DisplayNames::kindPlural(it.key()), it.value(), moneyText(it.value(), currency));
    const double budget = plan.campaign.budget.toDouble();
    addBar(cost, Text::tr("Budget"), budget, moneyText(budget, currency));
    return ReportChart(Text::tr("Where the budget goes"), {cost});
}

} // namespace

ReportChart::ReportChart(QString title, QList<ReportBarPanel> panels)
    : m_title(std::move(title))
    , m_panels(std::move(panels))
{
}

ReportChart ReportChart::goalsChart(const Campaign &campaign, const QList<MediaPlanSide> &sides,
                                    const QHash<qint64, Candidate> &candidates)
{
    const QString currency = campaign.currency();
    ReportBarPanel reach = panel(Text::tr("Unique reach"), reachColor);
    ReportBarPanel engagements = panel(Text::tr("Engagements"), engagementColor);
    ReportBarPanel cost = panel(Text::tr("Cost (%1)").arg(currency), costColor);
    ReportBarPanel people = panel(Text::tr("People by kind"), peopleColor);
    for (const MediaPlanSide &side : sides) {
        const QString goal = DisplayNames::goal(side.goal);
        const CampaignTotals &t = side.totals;
        addBar(reach, goal, t.uniqueReach, LocalFormat::compact(t.uniqueReach));
        addBar(engagements, goal, t.engagements, LocalFormat::compact(t.engagements));
        addBar(cost, goal, t.cost.toDouble(), moneyText(t.cost.toDouble(), currency));
        const QMap<CandidateKind, int> kinds = side.peopleByKind(candidates);
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            //: %1 kind of person (plural), %2 goal: a bar of the goals chart
            addBar(people, Text::tr("%1 · %2").arg(DisplayNames::kindPlural(it.key()), goal), it.value(),
                   LocalFormat::count(it.value()));
        }
    }
    return ReportChart(Text::tr("The same budget for each goal"), {reach, engagements, cost, people});
}

ReportChart ReportChart::measuresChart(const QString &title, const QStringList &labels,
                                       const QList<ProjectedFigures> &figures, const QString &currency)
{
    ReportBarPanel reach = panel(Text::tr("Unique reach"), reachColor);
    ReportBarPanel engagements = panel(Text::tr("Engagements"), engagementColor);
    ReportBarPanel cost = panel(Text::tr("Cost (%1)").arg(currency), costColor);
    //: %1 currency code: cost per thousand impressions
    ReportBarPanel cpm = panel(Text::tr("CPM (%1)").arg(currency), costColor.darker(120));
    //: %1 currency code: cost per engagement
    ReportBarPanel cpe = panel(Text::tr("CPE (%1)").arg(currency), peopleColor);
    const auto money = [&](const std::optional<double> &value) {
        return value ? moneyText(*value, currency) : Text::tr("unknown");
    };
    for (int i = 0; i < labels.size() && i < figures.size(); ++i) {
        const ProjectedFigures &f = figures.at(i);
        addBar(reach, labels.at(i), f.uniqueReach, LocalFormat::compact(f.uniqueReach));
        addBar(engagements, labels.at(i), f.engagements, LocalFormat::compact(f.engagements));
        addBar(cost, labels.at(i), f.costValue(), money(f.cost ? std::optional<double>(f.costValue()) : std::nullopt));
        addBar(cpm, labels.at(i), f.cpm.value_or(0.0), money(f.cpm));
        addBar(cpe, labels.at(i), f.cpe.value_or(0.0), money(f.cpe));
    }
    if (reach.labels.isEmpty())
        return {};
    return ReportChart(title, {reach, engagements, cost, cpm, cpe});
}

QList<ReportChart> ReportChart::chartsOf(const MediaPlan &plan)
{
    QList<ReportChart> charts;
    for (const ReportChart &chart : shortlistCharts(plan) + QList<ReportChart>{budgetChart(plan), goalsChart(plan.campaign, {plan.shortlist, plan.otherGoal}, plan.candidates)}) {
        if (!chart.isEmpty())
            charts << chart;
    }
    return charts;
}

double ReportChart::heightFor(double, const QFont &font, QPaintDevice *device) const
{
    const QFontMetricsF metrics(font, device);
    double height = rowHeight(metrics) * 1.3; // the title
    for (const ReportBarPanel &panel : m_panels)
        height += rowHeight(metrics) * (panel.labels.size() + 1.5);
    return height;
}

void ReportChart::paint(QPainter *painter, const QRectF &rect, const QFont &font, bool rightToLeft) const
{
    painter->save();
    painter->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(bold);
    const QFontMetricsF metrics(font, painter->device());
    const double row = rowHeight(metrics);
    painter->setPen(Qt::black);
    const Qt::Alignment side = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    ReportText::draw(painter, QRectF(rect.left(), rect.top(), rect.width(), row * 1.3), side | Qt::AlignVCenter, m_title,
                     rightToLeft);
    double top = rect.top() + row * 1.3;
    for (const ReportBarPanel &panel : m_panels) {
        painter->setFont(font);
        top += paintPanel(painter, panel, QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                          rightToLeft);
    }
    painter->restore();
}

double ReportChart::paintPanel(QPainter *painter, const ReportBarPanel &panel, const QRectF &rect,
                               bool rightToLeft) const
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    const double row = rowHeight(metrics);
    const Qt::Alignment start = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    QFont titleFont = painter->font();
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(panel.color.darker(140));
    ReportText::draw(painter, QRectF(rect.left(), rect.top() + row * 0.3, rect.width(), row), start | Qt::AlignVCenter,
                     panel.title, rightToLeft);
    titleFont.setBold(false);
    painter->setFont(titleFont);
    double labelWidth = 0.0;
    double valueWidth = 0.0;
    for (int i = 0; i < panel.labels.size(); ++i) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(panel.labels.at(i)));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(panel.valueTexts.at(i)));
    }
    labelWidth = std::min(labelWidth + row * 0.5, rect.width() * 0.38);
    const double gap = row * 0.3;
    const double barSpace = std::max(0.0, rect.width() - labelWidth - valueWidth - 2 * gap);
    const double largest = panel.values.isEmpty() ? 0.0 : *std::max_element(panel.values.cbegin(), panel.values.cend());
    double top = rect.top() + row * 1.4;
    for (int i = 0; i < panel.labels.size(); ++i, top += row) {
        const double length = largest > 0.0 ? barSpace * std::max(0.0, panel.values.at(i)) / largest : 0.0;
        // A bar of a value above zero is at least a sliver, so a small candidate shows.
        const double bar = panel.values.at(i) > 0.0 ? std::max(length, row * 0.12) : 0.0;
        const double labelX = rightToLeft ? rect.right() - labelWidth : rect.left();
        const double barX = rightToLeft ? rect.right() - labelWidth - gap - bar : rect.left() + labelWidth + gap;
        const double valueX = rightToLeft ? barX - gap - valueWidth : barX + bar + gap;
        painter->setPen(Qt::black);
        const QString label = metrics.elidedText(panel.labels.at(i), Qt::ElideRight, labelWidth - row * 0.3);
        ReportText::draw(painter, QRectF(labelX, top, labelWidth - row * 0.3, row), start | Qt::AlignVCenter, label,
                         rightToLeft);
        painter->fillRect(QRectF(barX, top + row * 0.18, bar, row * 0.64), panel.color);
        ReportText::draw(painter, QRectF(valueX, top, valueWidth, row), start | Qt::AlignVCenter, panel.valueTexts.at(i),
                         rightToLeft);
    }
    return row * (panel.labels.size() + 1.5);
}

} // namespace planner
