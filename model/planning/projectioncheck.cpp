#include "planning/projectioncheck.h"

#include "planning/deliveredfigures.h"
#include "planning/projection.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace planner {

namespace {

std::optional<double> deliveredOf(const DeliveredFigures &delivered, ProjectionCheck::Measure measure)
{
    std::optional<qint64> value;
    switch (measure) {
    case ProjectionCheck::Measure::Reach: value = delivered.figure(ResultMeasure::Reach); break;
    case ProjectionCheck::Measure::Impressions: value = delivered.figure(ResultMeasure::Impressions); break;
    case ProjectionCheck::Measure::Engagements: value = delivered.engagements; break;
    }
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

double projectedOf(const ProjectedFigures &figures, ProjectionCheck::Measure measure)
{
    switch (measure) {
    case ProjectionCheck::Measure::Reach: return figures.uniqueReach;
    case ProjectionCheck::Measure::Impressions: return figures.impressions;
    case ProjectionCheck::Measure::Engagements: return figures.engagements;
    }
    return 0.0;
}

} // namespace

QList<ProjectionCheck::Point> ProjectionCheck::collect(const CampaignFile &file, Measure measure, Error *error)
{
    const Projection projection(file.assumptions().load(), file.candidates().tierThresholds(), file.rates().load());
    QList<Point> points;
    for (const Campaign &campaign : file.campaigns().campaigns()) {
        if (!file.results().completedOn(campaign.id).isValid())
            continue;
        const QList<ShortlistEntry> entries = file.campaigns().entries(campaign.id, error);
        QHash<qint64, Candidate> candidates;
        for (const ShortlistEntry &entry : entries) {
            if (const auto candidate = file.candidates().find(entry.candidateId))
                candidates.insert(entry.candidateId, *candidate);
        }
        const QList<ProjectedFigures> figures = projection.projectEntries(campaign, entries, candidates);
        const auto delivered = DeliveredFigures::byEntry(file.results().resultsOfCampaign(campaign.id, error),
                                                         projection, campaign.currency());
        for (int i = 0; i < entries.size(); ++i) {
            const auto found = delivered.constFind(entries.at(i).id);
            const ProjectedFigures &f = figures.at(i);
            if (found == delivered.constEnd() || !entries.at(i).counts() || f.restsOn(ProjectedFigures::NotProjected))
                continue;
            const std::optional<double> actual = deliveredOf(*found, measure);
            const double projected = projectedOf(f, measure);
            if (!actual || projected <= 0.0)
                continue;
            Point point;
            point.campaignId = campaign.id;
            point.campaign = campaign.name;
            point.candidate = candidates.value(entries.at(i).candidateId).name;
            point.platform = entries.at(i).platform;
            if (!f.restsOn(ProjectedFigures::NoFollowers))
                point.tier = f.tier;
            point.projected = projected;
            point.actual = *actual;
            points << point;
        }
    }
    return points;
}

double ProjectionCheck::median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QList<ProjectionCheck::GroupError> ProjectionCheck::errors(const QList<Point> &points)
{
    // Keyed by platform, then tier (no tier last): the order the marketer reads them in.
    QMap<std::pair<int, int>, QList<double>> shares;
    for (const Point &point : points)
        shares[{int(point.platform), point.tier ? int(*point.tier) : 99}] << point.actual / point.projected - 1.0;
    QList<GroupError> groups;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        GroupError group;
        group.platform = Platform(it.key().first);
        if (it.key().second != 99)
            group.tier = Tier(it.key().second);
        group.points = int(it.value().size());
        QList<double> absolute;
        for (double share : it.value())
            absolute << std::abs(share);
        group.typicalError = median(absolute);
        group.bias = median(it.value());
        groups << group;
    }
    return groups;
}

} // namespace planner
