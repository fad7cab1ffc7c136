#include "domain/deliveryresult.h"

namespace planner {

std::optional<qint64> DeliveryResult::engagements() const
{
    std::optional<qint64> sum;
    for (ResultMeasure measure : {ResultMeasure::Likes, ResultMeasure::Comments, ResultMeasure::Shares}) {
        if (const auto value = figure(measure))
            sum = sum.value_or(0) + *value;
    }
    return sum;
}

bool DeliveryResult::operator==(const DeliveryResult &other) const
{
    return id == other.id && entryId == other.entryId && date == other.date && figures == other.figures
        && feePaid == other.feePaid;
}

const QList<ResultMeasure> &DeliveryResult::measures()
{
    static const QList<ResultMeasure> all{ResultMeasure::Reach, ResultMeasure::Impressions,
                                          ResultMeasure::Views, ResultMeasure::Likes,
                                          ResultMeasure::Comments, ResultMeasure::Shares,
                                          ResultMeasure::Saves, ResultMeasure::Clicks};
    return all;
}

QString DeliveryResult::measureKey(ResultMeasure measure)
{
    switch (measure) {
    case ResultMeasure::Reach: return QStringLiteral("reach");
    case ResultMeasure::Impressions: return QStringLiteral("impressions");
    case ResultMeasure::Views: return QStringLiteral("views");
    case ResultMeasure::Likes: return QStringLiteral("likes");
    case ResultMeasure::Comments: return QStringLiteral("comments");
    case ResultMeasure::Shares: return QStringLiteral("shares");
    case ResultMeasure::Saves: return QStringLiteral("saves");
    case ResultMeasure::Clicks: return QStringLiteral("clicks");
    }
    return {};
}

} // namespace planner
