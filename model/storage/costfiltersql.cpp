#include "storage/costfiltersql.h"

#include <functional>

namespace planner {

namespace {

using Expression = CostFilterSql::Expression;
using TierValue = std::function<QVariant(Tier)>;

QVariant nullDouble()
{
    return QVariant(QMetaType::fromType<double>());
}

// A value per tier of ch.followers (known): the last tier whose lower bound is reached,
// as GoalRanking::tierFor picks it.
void addTierCase(const CostFilterInputs &inputs, const TierValue &value, Expression *out)
{
    out->sql += QStringLiteral("CASE");
    for (int tier = CostFilterInputs::tierCount - 1; tier > 0; --tier) {
        out->sql += QStringLiteral(" WHEN ch.followers >= ? THEN ?");
        out->values << inputs.lowerBounds[size_t(tier)] << value(Tier(tier));
    }
    out->sql += QStringLiteral(" ELSE ? END");
    out->values << value(Tier(0));
}

// A value per platform and tier.
void addDefaultCase(const CostFilterInputs &inputs,
                    const std::function<QVariant(const CostFilterInputs::TierDefaults &)> &value,
                    Expression *out)
{
    out->sql += QStringLiteral("CASE ch.platform");
    for (Platform platform : allPlatforms()) {
        out->sql += QStringLiteral(" WHEN ? THEN (");
        out->values << platformKey(platform);
        addTierCase(inputs, [&](Tier tier) {
            return value(inputs.defaults[size_t(platform)][size_t(tier)]);
        }, out);
        out->sql += QLatin1Char(')');
    }
    out->sql += QStringLiteral(" END");
}

// The cost of one deliverable in major units of the campaign's currency: the listed fee
// converted (Projection::price), else the tier's default fee when the follower count is known.
void addCost(const CostFilterInputs &inputs, Expression *out)
{
    out->sql += QStringLiteral("CASE WHEN ch.fee_minor IS NULL THEN (CASE WHEN ch.followers IS NULL"
                               " THEN NULL ELSE (");
    addDefaultCase(inputs, [](const CostFilterInputs::TierDefaults &d) {
        return d.feeCost ? QVariant(*d.feeCost) : nullDouble();
    }, out);
    out->sql += QStringLiteral(") END) WHEN ch.currency = ? THEN ch.fee_minor / ?");
    out->values << inputs.currency << inputs.minorScale;
    for (const CostFilterInputs::Conversion &conversion : inputs.conversions) {
        out->sql += QStringLiteral(" WHEN ch.currency = ? THEN ROUND(ch.fee_minor * ? / ? * ?) / ?");
        out->values << conversion.currency << conversion.to << conversion.from << conversion.shift
                    << inputs.minorScale;
    }
    out->sql += QStringLiteral(" END");
}

// NULLIF(cost, 0) / denominator, then the tail: NULL for an unknown or zero cost and for a
// zero denominator (SQLite's division by zero is NULL).
Expression perUnit(const CostFilterInputs &inputs, const std::function<void(Expression *)> &denominator,
                   const QString &tail)
{
    Expression out;
    out.sql = QStringLiteral("(NULLIF(");
    addCost(inputs, &out);
    out.sql += QStringLiteral(", 0) / (");
    denominator(&out);
    out.sql += QLatin1Char(')') + tail + QLatin1Char(')');
    return out;
}

} // namespace

Expression CostFilterSql::cpm(const CostFilterInputs &inputs)
{
    return perUnit(inputs, [&inputs](Expression *out) {
        // Impressions: the average views when known, else real followers times the reach rate.
        out->sql += QStringLiteral("CASE WHEN ch.followers IS NULL THEN MAX(ch.avg_views, 0) * 1.0"
                                   " WHEN ch.avg_views IS NOT NULL THEN ch.avg_views * 1.0"
                                   " ELSE MIN(MAX(COALESCE(ch.authenticity_pct, ");
        addTierCase(inputs, [&inputs](Tier tier) {
            // Authenticity defaults by tier alone: any platform's copy.
            return QVariant(inputs.defaults[0][size_t(tier)].authenticityPct);
        }, out);
        out->sql += QStringLiteral(") / 100.0, 0.0), 1.0) * MAX(ch.followers, 0) * (");
        addDefaultCase(inputs, [](const CostFilterInputs::TierDefaults &d) { return QVariant(d.reachRate); }, out);
        out->sql += QStringLiteral(") END");
    }, QStringLiteral(" * 1000.0"));
}

Expression CostFilterSql::cpe(const CostFilterInputs &inputs)
{
    return perUnit(inputs, [&inputs](Expression *out) {
        // Engagements: followers times the engagement rate; without followers, the views times
        // the channel's own rate.
        out->sql += QStringLiteral("CASE WHEN ch.followers IS NULL"
                                   " THEN MAX(ch.avg_views, 0) * COALESCE(ch.engagement_rate_pct, 0.0) / 100.0"
                                   " ELSE MAX(ch.followers, 0) * COALESCE(ch.engagement_rate_pct, ");
        addDefaultCase(inputs, [](const CostFilterInputs::TierDefaults &d) {
            return QVariant(d.engagementRatePct);
        }, out);
        out->sql += QStringLiteral(") / 100.0 END");
    }, QString());
}

} // namespace planner
