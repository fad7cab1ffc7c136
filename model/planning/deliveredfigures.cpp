#include "planning/deliveredfigures.h"

namespace planner {

DeliveredFigures DeliveredFigures::sum(const QList<DeliveryResult> &results, const Projection &projection,
                                       const QString &currency)
{
    DeliveredFigures total;
    bool costKnown = true;
    qint64 costMinor = 0;
    bool anyFee = false;
    for (const DeliveryResult &result : results) {
        ++total.pieces;
        for (int i = 0; i < DeliveryResult::measureCount; ++i) {
            if (result.figures[i])
                total.figures[i] = total.figures[i].value_or(0) + *result.figures[i];
        }
        if (const auto engagements = result.engagements())
            total.engagements = total.engagements.value_or(0) + *engagements;
        if (!result.feePaid)
            continue;
        anyFee = true;
        const auto converted = projection.rates().convert(*result.feePaid, currency);
        if (converted)
            costMinor += converted->minorUnits();
        else
            costKnown = false;
    }
    if (anyFee && costKnown)
        total.cost = Money(costMinor, currency);
    const auto impressions = total.figure(ResultMeasure::Impressions);
    if (total.cost && impressions && *impressions > 0)
        total.cpm = total.cost->toDouble() / double(*impressions) * 1000.0;
    if (total.cost && total.engagements && *total.engagements > 0)
        total.cpe = total.cost->toDouble() / double(*total.engagements);
    if (impressions) {
        if (const auto benchmark = projection.rates().convertValue(
                projection.assumptions().benchmarkCpmUsd(), QStringLiteral("USD"), currency))
            total.emv = double(*impressions) / 1000.0 * *benchmark;
    }
    return total;
}

QHash<qint64, DeliveredFigures> DeliveredFigures::byEntry(const QList<DeliveryResult> &results,
                                                          const Projection &projection, const QString &currency)
{
    QHash<qint64, QList<DeliveryResult>> grouped;
    for (const DeliveryResult &result : results)
        grouped[result.entryId] << result;
    QHash<qint64, DeliveredFigures> sums;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        sums.insert(it.key(), sum(it.value(), projection, currency));
    return sums;
}

std::optional<double> DeliveredFigures::projected(const ProjectedFigures &figures, ResultMeasure measure)
{
    switch (measure) {
    case ResultMeasure::Reach: return figures.uniqueReach;
    case ResultMeasure::Impressions: return figures.impressions;
    default: return std::nullopt;
    }
}

} // namespace planner
