#pragma once

#include "domain/error.h"
#include "domain/platform.h"
#include "domain/tier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace planner {

class CampaignFile;

// How good are our projections? Every shortlist entry of the completed campaigns that has
// results, with what the projection (the assumptions in force now) gave for it and what it
// really delivered; and the typical error per platform and tier, so the marketer knows how
// far to trust the next plan.
class ProjectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProjectionCheck)

public:
    enum class Measure { Reach, Impressions, Engagements };

    struct Point
    {
        qint64 campaignId = 0;
        QString campaign;
        QString candidate;
        Platform platform = Platform::Instagram;
        std::optional<Tier> tier; // empty when the follower count is unknown
        double projected = 0.0;
        double actual = 0.0;
    };

    // The typical error of a group of points: the median of |actual / projected - 1|, and
    // the median of (actual / projected - 1) saying whether projections run high or low.
    struct GroupError
    {
        Platform platform = Platform::Instagram;
        std::optional<Tier> tier;
        int points = 0;
        double typicalError = 0.0;
        double bias = 0.0;
    };

    // The points of one measure; entries projected at zero or without a figure delivered are left out.
    static QList<Point> collect(const CampaignFile &file, Measure measure, Error *error = nullptr);
    // Per platform and tier, in the order of platforms then tiers.
    static QList<GroupError> errors(const QList<Point> &points);
    static double median(QList<double> values);
};

} // namespace planner
