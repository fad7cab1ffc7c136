#pragma once

#include "domain/deliveryresult.h"
#include "planning/projection.h"

#include <QHash>
#include <QList>
#include <optional>

namespace planner {

// What a shortlist entry (or a whole campaign) really delivered, summed over its delivered
// pieces, with cost and the cost measures as delivered: CPM on the impressions reported,
// CPE on the engagements (likes + comments + shares), EMV the impressions at the benchmark
// CPM. Reach is summed per piece: a person reached by two pieces counts twice.
struct DeliveredFigures
{
    int pieces = 0;
    std::array<std::optional<qint64>, DeliveryResult::measureCount> figures{};
    std::optional<qint64> engagements;
    std::optional<Money> cost; // fees paid, in the campaign's currency
    std::optional<double> cpm;
    std::optional<double> cpe;
    std::optional<double> emv;

    std::optional<qint64> figure(ResultMeasure measure) const { return figures[int(measure)]; }

    // Sums results (of one entry or of many) in the campaign's currency; a fee whose currency
    // has no rate leaves the cost unknown.
    static DeliveredFigures sum(const QList<DeliveryResult> &results, const Projection &projection,
                                const QString &currency);
    // The results of a campaign summed per entry id.
    static QHash<qint64, DeliveredFigures> byEntry(const QList<DeliveryResult> &results,
                                                   const Projection &projection, const QString &currency);
    // The projected figure of a measure an entry has a projection for (reach, impressions,
    // engagements); empty for the measures projections do not make.
    static std::optional<double> projected(const ProjectedFigures &figures, ResultMeasure measure);
};

} // namespace planner
