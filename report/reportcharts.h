#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/projectedfigures.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace planner {

struct MediaPlan;
struct MediaPlanSide;

// One measure of a chart: a bar per label on the measure's own scale (so a small
// candidate's bar shows beside a big one's), each bar labelled with its value as the
// report's language writes it.
struct ReportBarPanel
{
    QString title;
    QStringList labels;
    QList<double> values;
    QStringList valueTexts;
    QColor color;
};

// A chart of the report: panels stacked one under the other, drawn with QPainter so it is
// vectors in the PDF and in the SVG of the HTML. Mirrored for a right-to-left language:
// names on the right, bars growing to the left.
class ReportChart
{
public:
    ReportChart() = default;
    ReportChart(QString title, QList<ReportBarPanel> panels);

    QString title() const { return m_title; }
    const QList<ReportBarPanel> &panels() const { return m_panels; }
    bool isEmpty() const { return m_panels.isEmpty(); }

    // The height the chart needs at width on device in font.
    double heightFor(double width, const QFont &font, QPaintDevice *device) const;
    void paint(QPainter *painter, const QRectF &rect, const QFont &font, bool rightToLeft) const;

    // The report's charts of a plan, in the current language and locale: the shortlist
    // measure by measure (the entries costing most, when there are many), the budget by
    // kind of person, and the two goals' plans side by side.
    static QList<ReportChart> chartsOf(const MediaPlan &plan);
    static constexpr int mostEntriesShown = 15;
    // The plans of one budget for the goals side by side: reach, engagements, cost and the
    // people by kind (the report's chart, and Compare Goals' in the window).
    static ReportChart goalsChart(const Campaign &campaign, const QList<MediaPlanSide> &sides,
                                  const QHash<qint64, Candidate> &candidates);
    // Candidates side by side, a bar each per measure: reach, engagements, cost, CPM and
    // CPE (Compare Candidates, and the shortlist shown full size); figures[i] is labels[i]'s.
    static ReportChart measuresChart(const QString &title, const QStringList &labels,
                                     const QList<ProjectedFigures> &figures, const QString &currency);

private:
    double paintPanel(QPainter *painter, const ReportBarPanel &panel, const QRectF &rect,
                      bool rightToLeft) const;

    QString m_title;
    QList<ReportBarPanel> m_panels;
};

} // namespace planner
