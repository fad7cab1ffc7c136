#pragma once

#include "mediaplan.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QString>

namespace planner {

// The media plan report's text as HTML, in the current language and locale (a
// ReportLanguage in force): the cover, the totals against the budget, the shortlist table,
// the charts, the other goal's plan side by side, a card per candidate and the assumptions
// with their sources. Where chart i goes the text holds chartMarker(i) alone in a
// paragraph (an image named planner-chart:i); the PDF draws the chart there as vectors,
// the HTML file puts an inline SVG in its place.
// The HTML keeps to what both QTextDocument and a browser read alike.
class MediaPlanHtml
{
    Q_DECLARE_TR_FUNCTIONS(MediaPlanHtml)

public:
    // mirrorColumns: the columns of each table in reverse order, for a right-to-left page
    // laid out by QTextDocument (which does not mirror tables; a browser does).
    MediaPlanHtml(const MediaPlan &plan, bool rightToLeft, bool mirrorColumns);

    // shortlistAsObject: the shortlist table as tableMarker() alone in a paragraph, for the
    // PDF to draw as a ReportTable (shortlistTable()) in its place.
    QString html(int chartCount, bool shortlistAsObject = false) const;
    static QString chartMarker(int chart);
    static QString tableMarker();
    // The shortlist table's text: a row per entry, rank, name, status, deliverables, fee,
    // unique reach, impressions, engagements, CPM, CPE and EMV.
    ReportTable shortlistTable() const;
    // The report's title and the line under every page: "Media plan · NAME".
    QString title() const;

private:
    QString cover() const;
    QString summary() const;
    QString plannedAgainstActual() const; // empty until results are entered
    QString shortlistSection(bool asObject) const;
    QStringList shortlistRow(int entry) const;
    QString charts(int chartCount) const;
    QString goalComparison() const;
    QString cards() const;
    QString card(int entry) const;
    QString brandFit(qint64 candidateId) const; // the rating, reasons and note; empty when none
    QString whyLines(int entry) const;
    QString assumptions() const;

    QString row(QStringList cells) const;
    QString money(double major) const;
    QString optionalMoney(const std::optional<double> &major) const;
    QString optionalMoneyText(const std::optional<double> &major) const; // not escaped
    QString dates() const;

    const MediaPlan &m_plan;
    bool m_rightToLeft;
    bool m_mirrorColumns;
};

} // namespace planner
