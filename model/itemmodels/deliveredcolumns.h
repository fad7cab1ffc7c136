#pragma once

#include "planning/campaigntotals.h"
#include "planning/deliveredfigures.h"
#include "planning/projectedfigures.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace planner {

// Planned against actual: what a shortlist entry (or the whole campaign) really delivered
// beside what it was projected to bring. Each measure gives its actual figure, the
// difference from the projection (as a share of the projection) and whether that
// difference is good news (more reach, or less cost, than planned); the texts say it in
// the interface's language and digits, in words as well for screen readers.
class DeliveredColumns
{
    Q_DECLARE_TR_FUNCTIONS(DeliveredColumns)

public:
    enum Measure { Reach, Impressions, Engagements, Cost, Cpm, Cpe, Emv, MeasureCount };
    // +1: better than planned, -1: worse, 0: as planned or not comparable.
    enum Verdict { Worse = -1, Even = 0, Better = 1 };

    struct Comparison
    {
        std::optional<double> projected;
        std::optional<double> actual;
        // (actual - projected) / projected; empty unless both are known and projected > 0.
        std::optional<double> difference() const;
        Verdict verdict(Measure measure) const;
    };

    static Comparison compare(Measure measure, const ProjectedFigures &projected, const DeliveredFigures &actual);
    static Comparison compare(Measure measure, const CampaignTotals &projected, const DeliveredFigures &actual);
    static bool isMoney(Measure measure) { return measure >= Cost; }
    // Less is better for what is paid (cost, CPM, CPE); more for the rest.
    static bool lessIsBetter(Measure measure) { return measure == Cost || measure == Cpm || measure == Cpe; }

    static QString header(Measure measure);
    static QString headerToolTip(Measure measure);
    // "12,400 (−8.0%)": the actual figure and its difference; a dash when nothing is known.
    static QString display(Measure measure, const Comparison &comparison, const QString &currency);
    // "Actual reach 12,400, 8.0% below the projected 13,500": for screen readers and tooltips.
    static QString spoken(Measure measure, const Comparison &comparison, const QString &currency);
    // The campaign's line under the shortlist: the delivered totals against the projected ones.
    static QString summary(const CampaignTotals &projected, const DeliveredFigures &actual, const QString &currency);

private:
    static QString figure(Measure measure, double value, const QString &currency);
    static QString name(Measure measure);
    static QString differenceText(double difference);
};

} // namespace planner
