#include "mediaplanhtml.h"

#include "itemmodels/deliveredcolumns.h"
#include "itemmodels/goalexplanation.h"
#include "planning/projection.h"
#include "text/assumptionlabels.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false)
{
    return (number ? QStringLiteral("<td class=\"n\">") : QStringLiteral("<td>")) + text
        + QStringLiteral("</td>");
}

// A cell of text that reads left to right (a source, a key) keeps that direction on a
// right-to-left page, so its words and figures stay in their order.
QString textCell(const QString &text, bool rightToLeftPage)
{
    if (!rightToLeftPage || text.isRightToLeft())
        return cell(text.toHtmlEscaped());
    return QStringLiteral("<td dir=\"ltr\">") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString headerCell(const QString &text)
{
    return QStringLiteral("<th>") + escaped(text) + QStringLiteral("</th>");
}


QString heading(const QString &text, bool newPage = true)
{
    return (newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">") : QStringLiteral("<h2>"))
        + escaped(text) + QStringLiteral("</h2>\n");
}

// Persian separates a list with its own comma.
QString listSeparator()
{
    return QLocale().language() == QLocale::Persian ? QStringLiteral("، ") : QStringLiteral(", ");
}

QString count(double value)
{
    return LocalFormat::count(std::llround(value));
}

// Long tables go in pieces of a page or so, each with its header: QTextDocument lays a
// table out in time that grows faster than its rows, and a reader finds the columns' names
// on every page.
QString table(const QString &headerRow, const QStringList &rows, const QString &cls = QString())
{
    constexpr int rowsPerPiece = 30;
    const QString start = QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                         "cellpadding=\"3\">\n")
                              .arg(cls);
    QString html;
    for (qsizetype first = 0; first < rows.size() || first == 0; first += rowsPerPiece) {
        html += start + headerRow + rows.mid(first, rowsPerPiece).join(QString()) + QStringLiteral("</table>\n");
        if (rows.isEmpty())
            break;
    }
    return html;
}

} // namespace

MediaPlanHtml::MediaPlanHtml(const MediaPlan &plan, bool rightToLeft, bool mirrorColumns)
    : m_plan(plan)
    , m_rightToLeft(rightToLeft)
    , m_mirrorColumns(mirrorColumns)
{
}

QString MediaPlanHtml::row(QStringList cells) const
{
    if (m_mirrorColumns)
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>\n");
}

QString MediaPlanHtml::chartMarker(int chart)
{
    return QStringLiteral("<img src=\"planner-chart:%1\">").arg(chart);
}

QString MediaPlanHtml::tableMarker()
{
    return QStringLiteral("<img src=\"planner-table\">");
}

QString MediaPlanHtml::title() const
{
    if (!m_plan.title.isEmpty()) {
        //: %1 the client-facing title the marketer gave, %2 campaign name: the line under each page
        return tr("%1 · %2").arg(LocalFormat::isolated(m_plan.title), LocalFormat::isolated(m_plan.campaign.name));
    }
    //: %1 campaign name: the report's title and the line under each page
    return tr("Media plan · %1").arg(m_plan.campaign.name);
}

QString MediaPlanHtml::html(int chartCount, bool shortlistAsObject) const
{
    const QString dir = m_rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">"
                          "<title>%3</title></head>\n<body dir=\"%2\">\n")
               .arg(lang, dir, escaped(title()))
        + cover() + summary() + plannedAgainstActual() + shortlistSection(shortlistAsObject) + charts(chartCount) + goalComparison() + cards()
        + assumptions() + QStringLiteral("</body></html>\n");
}

// Once results are entered: each measure as projected and as delivered, with the difference.
QString MediaPlanHtml::plannedAgainstActual() const
{
    if (!m_plan.delivered)
        return QString();
    const DeliveredFigures &delivered = *m_plan.delivered;
    const QString currency = m_plan.campaign.currency();
    const QStringList labels{tr("Reach"), tr("Impressions"), tr("Engagements"), tr("Cost"),
                             tr("CPM (cost per thousand impressions)"), tr("CPE (cost per engagement)"),
                             tr("Earned media value (EMV)")};
    QStringList rows;
    for (int i = 0; i < DeliveredColumns::MeasureCount; ++i) {
        const auto measure = DeliveredColumns::Measure(i);
        const DeliveredColumns::Comparison comparison =
            DeliveredColumns::compare(measure, m_plan.shortlist.totals, delivered);
        if (!comparison.actual)
            continue;
        const QString projected = !comparison.projected ? QStringLiteral("—")
            : DeliveredColumns::isMoney(measure)        ? money(*comparison.projected)
                                                        : count(*comparison.projected);
        rows << row({cell(escaped(labels.value(i))), cell(projected, true),
                     cell(escaped(DeliveredColumns::display(measure, comparison, currency)), true)});
    }
    const QString state = m_plan.completedOn.isNull()
        //: %1 how many delivered posts or videos have results
        ? tr("Results entered so far (delivered pieces: %1); the campaign is not marked completed yet.")
              .arg(LocalFormat::count(delivered.pieces))
        //: %1 the day the campaign was marked completed, %2 how many delivered posts or videos have results
        : tr("The campaign was completed on %1. Delivered pieces with results: %2.")
              .arg(LocalFormat::date(m_plan.completedOn), LocalFormat::count(delivered.pieces));
    return heading(tr("Planned against actual"), false) + QStringLiteral("<p>") + escaped(state)
        + QStringLiteral("</p>\n")
        + table(row({headerCell(tr("Measure")), headerCell(tr("Projected")), headerCell(tr("Actual (difference)"))}),
                rows, QStringLiteral("summary"));
}

QString MediaPlanHtml::money(double major) const
{
    return escaped(LocalFormat::money(Money::fromMajor(major, m_plan.campaign.currency())));
}

QString MediaPlanHtml::optionalMoneyText(const std::optional<double> &major) const
{
    return major ? LocalFormat::money(Money::fromMajor(*major, m_plan.campaign.currency())) : QStringLiteral("—");
}

QString MediaPlanHtml::optionalMoney(const std::optional<double> &major) const
{
    return escaped(optionalMoneyText(major));
}

QString MediaPlanHtml::dates() const
{
    const Campaign &c = m_plan.campaign;
    if (c.startDate.isNull() && c.endDate.isNull())
        return tr("not set");
    //: %1 first day, %2 last day of the campaign
    return tr("%1 to %2").arg(c.startDate.isNull() ? QStringLiteral("…") : LocalFormat::date(c.startDate),
                              c.endDate.isNull() ? QStringLiteral("…") : LocalFormat::date(c.endDate));
}

QString MediaPlanHtml::cover() const
{
    const Campaign &c = m_plan.campaign;
    QString html = QStringLiteral("<h1 class=\"cover\">") + escaped(m_plan.title.isEmpty() ? tr("Media plan") : m_plan.title)
        + QStringLiteral("</h1>\n")
        + QStringLiteral("<p class=\"client\">") + escaped(c.name) + QStringLiteral("</p>\n");
    QStringList rows;
    rows << row({cell(escaped(tr("Campaign dates"))), cell(escaped(dates()))});
    rows << row({cell(escaped(tr("Goal"))), cell(escaped(DisplayNames::goal(c.goal)))});
    rows << row({cell(escaped(tr("Budget"))), cell(escaped(LocalFormat::money(c.budget)))});
    rows << row({cell(escaped(tr("Currency"))), cell(escaped(c.currency()))});
    if (!c.niches.isEmpty()) {
        QStringList niches;
        for (const QString &niche : c.niches)
            niches << DisplayNames::niche(niche);
        rows << row({cell(escaped(tr("Niches"))), cell(escaped(niches.join(listSeparator())))});
    }
    if (!c.regions.isEmpty())
        rows << row({cell(escaped(tr("Regions"))), cell(escaped(c.regions.join(listSeparator())))});
    rows << row({cell(escaped(tr("Prepared on"))), cell(escaped(LocalFormat::date(m_plan.written)))});
    html += table(QString(), rows, QStringLiteral("facts"));
    if (!c.notes.isEmpty())
        html += QStringLiteral("<p>") + escaped(c.notes) + QStringLiteral("</p>\n");
    return html;
}

QString MediaPlanHtml::summary() const
{
    const CampaignTotals &t = m_plan.shortlist.totals;
    const double budget = m_plan.campaign.budget.toDouble();
    const double cost = t.cost.toDouble();
    QStringList rows;
    const auto add = [this, &rows](const QString &label, const QString &value) {
        rows << row({cell(escaped(label)), cell(value, true)});
    };
    add(tr("Entries counted (declined left out)"), LocalFormat::count(t.entries));
    add(tr("Unique reach"), count(t.uniqueReach));
    add(tr("Impressions"), count(t.impressions));
    add(tr("Engagements"), count(t.engagements));
    add(tr("Projected cost"), money(cost));
    add(tr("Budget"), money(budget));
    add(cost <= budget ? tr("Left of the budget") : tr("Over the budget"), money(std::abs(budget - cost)));
    if (budget > 0.0)
        add(tr("Share of the budget used"), escaped(LocalFormat::percent(cost / budget * 100.0)));
    add(tr("CPM (cost per thousand impressions)"), optionalMoney(t.cpm));
    add(tr("CPE (cost per engagement)"), optionalMoney(t.cpe));
    add(tr("Earned media value (EMV)"), money(t.emv));
    QString html = heading(tr("Projected totals against the budget"))
        + table(row({headerCell(tr("Measure")), headerCell(tr("Projected"))}), rows, QStringLiteral("summary"));
    if (t.defaults != ProjectedFigures::NoDefault)
        html += QStringLiteral("<p>") + escaped(tr("Some figures rest on the tier's default rates, not on the "
                                                   "candidates' own data: see the cards and the assumptions."))
            + QStringLiteral("</p>\n");
    return html;
}

ReportTable MediaPlanHtml::shortlistTable() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_plan.shortlist.entries.size(); ++i)
        rows << shortlistRow(i);
    return ReportTable({tr("Rank"), tr("Name"), tr("Status"), tr("Deliverables"), tr("Fee"), tr("Unique reach"),
                        tr("Impressions"), tr("Engagements"), tr("CPM"), tr("CPE"), tr("EMV")},
                       rows, {true, false, false, false, true, true, true, true, true, true, true});
}

QString MediaPlanHtml::shortlistSection(bool asObject) const
{
    //: %1 number of entries
    const QString html = heading(tr("The shortlist (%1 entries)").arg(LocalFormat::count(m_plan.shortlist.entries.size())));
    if (asObject)
        return html + QStringLiteral("<p class=\"table\">") + tableMarker() + QStringLiteral("</p>\n");
    const ReportTable shortlist = shortlistTable();
    QStringList header;
    for (const QString &title : shortlist.header())
        header << headerCell(title);
    QStringList rows;
    for (const QStringList &texts : shortlist.rows()) {
        QStringList cells;
        for (int c = 0; c < texts.size(); ++c)
            cells << cell(escaped(texts.at(c)), shortlist.isNumeric(c));
        rows << row(cells);
    }
    return html + table(row(header), rows, QStringLiteral("shortlist"));
}

QStringList MediaPlanHtml::shortlistRow(int i) const
{
    const ShortlistEntry &entry = m_plan.shortlist.entries.at(i);
    const ProjectedFigures &f = m_plan.shortlist.figures.at(i);
    const Candidate candidate = m_plan.candidates.value(entry.candidateId);
    const int rank = m_plan.ranks.value(i);
    //: %1 count, %2 format, %3 platform: "2 × Post on Instagram"
    const QString deliverables = tr("%1 × %2 on %3").arg(LocalFormat::count(entry.deliverables),
                                                        DisplayNames::format(entry.format),
                                                        DisplayNames::platform(entry.platform));
    return {rank > 0 ? LocalFormat::count(rank) : QStringLiteral("—"), candidate.name,
            DisplayNames::status(entry.status), deliverables,
            f.cost ? LocalFormat::money(*f.cost) : tr("unknown"), count(f.uniqueReach), count(f.impressions),
            count(f.engagements), optionalMoneyText(f.cpm), optionalMoneyText(f.cpe), optionalMoneyText(f.emv)};
}

QString MediaPlanHtml::charts(int chartCount) const
{
    QString html = heading(tr("Charts"));
    for (int i = 0; i < chartCount; ++i)
        html += QStringLiteral("<p class=\"chart\">") + chartMarker(i) + QStringLiteral("</p>\n");
    return html;
}

QString MediaPlanHtml::goalComparison() const
{
    const MediaPlanSide &mine = m_plan.shortlist;
    const MediaPlanSide &other = m_plan.otherGoal;
    //: %1 goal: a column of the goals table
    const QString header = row({headerCell(tr("Measure")),
                                headerCell(tr("This shortlist, for %1").arg(DisplayNames::goal(mine.goal))),
                                headerCell(tr("Suggested for %1").arg(DisplayNames::goal(other.goal)))});
    QStringList rows;
    const auto add = [this, &rows](const QString &label, const QString &a, const QString &b) {
        rows << row({cell(escaped(label)), cell(a, true), cell(b, true)});
    };
    const auto people = [this](const MediaPlanSide &side) {
        QStringList parts;
        const QMap<CandidateKind, int> kinds = side.peopleByKind(m_plan.candidates);
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            parts << tr("%1 %2").arg(LocalFormat::count(it.value()), DisplayNames::kindPlural(it.key()));
        return escaped(parts.join(QStringLiteral(" · ")));
    };
    add(tr("People by kind"), people(mine), people(other));
    add(tr("Unique reach"), count(mine.totals.uniqueReach), count(other.totals.uniqueReach));
    add(tr("Impressions"), count(mine.totals.impressions), count(other.totals.impressions));
    add(tr("Engagements"), count(mine.totals.engagements), count(other.totals.engagements));
    add(tr("Projected cost"), money(mine.totals.cost.toDouble()), money(other.totals.cost.toDouble()));
    add(tr("CPM"), optionalMoney(mine.totals.cpm), optionalMoney(other.totals.cpm));
    add(tr("CPE"), optionalMoney(mine.totals.cpe), optionalMoney(other.totals.cpe));
    add(tr("EMV"), money(mine.totals.emv), money(other.totals.emv));
    QString html = heading(tr("The same budget for the other goal"))
        + QStringLiteral("<p>")
        + escaped(tr("The budget of %1 planned for each goal; the plan for %2 is the one the planner "
                     "suggests, with locked and declined entries kept.")
                      .arg(LocalFormat::money(m_plan.campaign.budget), DisplayNames::goal(other.goal)))
        + QStringLiteral("</p>\n") + table(header, rows, QStringLiteral("goals"));
    if (!other.problem.isEmpty())
        html += QStringLiteral("<p>") + escaped(other.problem) + QStringLiteral("</p>\n");
    return html;
}

QString MediaPlanHtml::cards() const
{
    QString html = heading(tr("The candidates"));
    for (int i = 0; i < m_plan.shortlist.entries.size(); ++i)
        html += card(i);
    return html;
}

QString MediaPlanHtml::card(int i) const
{
    const ShortlistEntry &entry = m_plan.shortlist.entries.at(i);
    const ProjectedFigures &f = m_plan.shortlist.figures.at(i);
    const Candidate candidate = m_plan.candidates.value(entry.candidateId);
    const Channel *channel = Projection::channelFor(candidate, entry.platform);
    QStringList facts;
    facts << DisplayNames::kind(candidate.kind) << DisplayNames::tier(f.tier);
    facts << (channel && !channel->handle.isEmpty()
                  ? tr("%1 %2").arg(DisplayNames::platform(entry.platform), LocalFormat::isolated(channel->handle))
                  : DisplayNames::platform(entry.platform));
    QStringList figures;
    if (channel) {
        figures << (channel->followers ? tr("%1 followers").arg(LocalFormat::count(*channel->followers))
                                       : tr("followers unknown"));
        if (channel->engagementRatePct)
            figures << tr("engagement rate %1").arg(LocalFormat::percent(*channel->engagementRatePct));
    }
    figures << tr("authenticity %1").arg(LocalFormat::percent(f.authenticity * 100.0));
    figures << (f.cost ? tr("fee %1").arg(LocalFormat::money(*f.cost)) : tr("fee unknown"));
    QString html = QStringLiteral("<h3>") + escaped(candidate.name) + QStringLiteral("</h3>\n<p>")
        + escaped(facts.join(QStringLiteral(" · "))) + QStringLiteral("<br>") + escaped(figures.join(QStringLiteral(" · ")))
        + QStringLiteral("</p>\n") + brandFit(entry.candidateId) + whyLines(i);
    for (const QString &note : {candidate.notes, entry.notes}) {
        if (!note.isEmpty())
            html += QStringLiteral("<p><i>") + escaped(tr("Notes: %1").arg(note)) + QStringLiteral("</i></p>\n");
    }
    return html;
}

QString MediaPlanHtml::brandFit(qint64 candidateId) const
{
    const auto found = m_plan.brandFits.constFind(candidateId);
    if (found == m_plan.brandFits.constEnd() || found->isEmpty())
        return {};
    QStringList reasons;
    for (const BrandFit::Reason reason : found->reasons)
        reasons << BrandFit::reasonName(reason);
    const QString reasonText = reasons.join(listSeparator());
    QString line;
    if (found->rating && !reasons.isEmpty())
        //: %1 rating 0-5, %2 the marketer's reasons: a candidate's card in the report
        line = tr("Brand fit: %1 of 5 (%2)").arg(LocalFormat::count(*found->rating), reasonText);
    else if (found->rating)
        //: %1 rating 0-5
        line = tr("Brand fit: %1 of 5").arg(LocalFormat::count(*found->rating));
    else if (!reasons.isEmpty())
        //: %1 the marketer's reasons
        line = tr("Brand fit, not rated: %1").arg(reasonText);
    QStringList lines;
    if (!line.isEmpty())
        lines << escaped(line);
    if (!found->note.trimmed().isEmpty())
        lines << escaped(tr("Brand fit note: %1").arg(found->note.trimmed()));
    return QStringLiteral("<p class=\"fit\">") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>\n");
}

QString MediaPlanHtml::whyLines(int i) const
{
    const GoalScore &score = m_plan.scores.at(i);
    const int rank = m_plan.ranks.value(i);
    QStringList lines;
    if (rank > 0)
        //: %1 rank, %2 number of entries: "ranks 3 of 12 on the shortlist by goal fit"
        lines << tr("Ranks %1 of %2 on the shortlist by goal fit.")
                     .arg(LocalFormat::count(rank), LocalFormat::count(m_plan.shortlist.entries.size()));
    else
        lines << tr("Not ranked: declined, outside the brief or of unknown cost.");
    lines << GoalExplanation::briefLines(m_plan.campaign, m_plan.candidates.value(m_plan.shortlist.entries.at(i).candidateId), score);
    lines << GoalExplanation::bringsLine(score);
    if (score.matches() && score.fit())
        lines << GoalExplanation::fitLine(score, m_plan.campaign.currency());
    const qint64 candidateId = m_plan.shortlist.entries.at(i).candidateId;
    if (const auto fit = m_plan.brandFits.constFind(candidateId); fit != m_plan.brandFits.constEnd() && fit->rating)
        lines << GoalExplanation::brandLine(fit->rating, score, m_plan.brandFitWeight);
    QStringList escapedLines;
    for (const QString &line : std::as_const(lines))
        escapedLines << escaped(line);
    return QStringLiteral("<p class=\"why\">") + escapedLines.join(QStringLiteral("<br>")) + QStringLiteral("</p>\n");
}

QString MediaPlanHtml::assumptions() const
{
    // The source under its figure on a row of its own: a source runs long, and in a narrow
    // column its lines would wrap among the other columns' (and a PDF reader's text order).
    const QString header = row({headerCell(tr("Assumption")), headerCell(tr("Value")), headerCell(tr("Unit"))})
        + QStringLiteral("<tr><th colspan=\"3\">") + escaped(tr("Source")) + QStringLiteral("</th></tr>\n");
    QStringList rows;
    for (const Assumption &a : m_plan.assumptions) {
        const QString source = textCell(a.source, m_rightToLeft)
                                   .replace(QLatin1String("<td"), QLatin1String("<td colspan=\"3\" class=\"source\""));
        rows << row({textCell(AssumptionLabels::label(a.key), m_rightToLeft),
                     cell(escaped(QLocale().toString(a.value, 'g', 6)), true),
                     textCell(AssumptionLabels::unit(a.unit), m_rightToLeft)})
                + QStringLiteral("<tr>") + source + QStringLiteral("</tr>\n");
    }
    return heading(tr("Assumptions and their sources"))
        + QStringLiteral("<p>") + escaped(tr("Every projection rests on these figures; the marketer can change them "
                                             "under Campaign > Assumptions."))
        + QStringLiteral("</p>\n") + table(header, rows, QStringLiteral("assumptions"));
}

} // namespace planner
