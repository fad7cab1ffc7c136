#include "storage/costfiltersql.h"

#include <algorithm>
#include <functional>

namespace planner {

namespace {

using Expression = CostFilterSql::Expression;
using TierValue = std::function<QVariant(Tier)>;

QVariant nullDouble()
{
    return QVariant(QMetaType::fromType<double>());
}

// A bound double as both engines read it: PostgreSQL types a bare ? from what is around it
// (text in a CASE's THEN, bigint beside a BIGINT column, dividing in whole numbers).
const QString real = QStringLiteral("CAST(? AS DOUBLE PRECISION)");

// The larger of a column and 0, and 0 when it is unknown (SQLite's two-argument MAX gave
// unknown; a server's MAX takes one argument): unknown and 0 both give no cost (perUnit).
QString atLeastZero(const QString &column)
{
    return QStringLiteral("(CASE WHEN %1 > 0 THEN %1 ELSE 0 END)").arg(column);
}

// A value per tier of ch.followers (known): the last tier whose lower bound is reached,
// as GoalRanking::tierFor picks it.
void addTierCase(const CostFilterInputs &inputs, const TierValue &value, Expression *out)
{
    out->sql += QStringLiteral("CASE");
    for (int tier = CostFilterInputs::tierCount - 1; tier > 0; --tier) {
        out->sql += QStringLiteral(" WHEN ch.followers >= ? THEN ") + real;
        out->values << inputs.lowerBounds[size_t(tier)] << value(Tier(tier));
    }
    out->sql += QStringLiteral(" ELSE ") + real + QStringLiteral(" END");
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
    out->sql += QStringLiteral(") END) WHEN ch.currency = ? THEN ch.fee_minor / ") + real;
    out->values << inputs.currency << inputs.minorScale;
    for (const CostFilterInputs::Conversion &conversion : inputs.conversions) {
        out->sql += QStringLiteral(" WHEN ch.currency = ? THEN ROUND(ch.fee_minor * %1 / %1 * %1) / %1").arg(real);
        out->values << conversion.currency << conversion.to << conversion.from << conversion.shift
                    << inputs.minorScale;
    }
    out->sql += QStringLiteral(" END");
}

// NULLIF(cost, 0) / NULLIF(denominator, 0), then the tail: NULL for an unknown or zero cost
// and for a zero denominator (a server's division by zero is an error, SQLite's is NULL).
Expression perUnit(const CostFilterInputs &inputs, const std::function<void(Expression *)> &denominator,
                   const QString &tail)
{
    Expression out;
    out.sql = QStringLiteral("(NULLIF(");
    addCost(inputs, &out);
    out.sql += QStringLiteral(", 0) / NULLIF(");
    denominator(&out);
    out.sql += QStringLiteral(", 0)") + tail + QLatin1Char(')');
    return out;
}

} // namespace

Expression CostFilterSql::cpm(const CostFilterInputs &inputs)
{
    return perUnit(inputs, [&inputs](Expression *out) {
        // Impressions: the average views when known, else real followers times the reach rate.
        // The share of real followers kept within 0..1: each percentage within 0..100.
        out->sql += QStringLiteral("CASE WHEN ch.followers IS NULL THEN ") + atLeastZero(QStringLiteral("ch.avg_views"))
            + QStringLiteral(" * 1.0 WHEN ch.avg_views IS NOT NULL THEN ch.avg_views * 1.0"
                             " ELSE COALESCE(CASE WHEN ch.authenticity_pct < 0 THEN 0.0"
                             " WHEN ch.authenticity_pct > 100 THEN 100.0 ELSE ch.authenticity_pct END, ");
        addTierCase(inputs, [&inputs](Tier tier) {
            // Authenticity defaults by tier alone: any platform's copy.
            return QVariant(std::clamp(inputs.defaults[0][size_t(tier)].authenticityPct, 0.0, 100.0));
        }, out);
        out->sql += QStringLiteral(") / 100.0 * ") + atLeastZero(QStringLiteral("ch.followers")) + QStringLiteral(" * (");
        addDefaultCase(inputs, [](const CostFilterInputs::TierDefaults &d) { return QVariant(d.reachRate); }, out);
        out->sql += QStringLiteral(") END");
    }, QStringLiteral(" * 1000.0"));
}

Expression CostFilterSql::cpe(const CostFilterInputs &inputs)
{
    return perUnit(inputs, [&inputs](Expression *out) {
        // Engagements: followers times the engagement rate; without followers, the views times
        // the channel's own rate.
        out->sql += QStringLiteral("CASE WHEN ch.followers IS NULL THEN ") + atLeastZero(QStringLiteral("ch.avg_views"))
            + QStringLiteral(" * COALESCE(ch.engagement_rate_pct, 0.0) / 100.0 ELSE ")
            + atLeastZero(QStringLiteral("ch.followers")) + QStringLiteral(" * COALESCE(ch.engagement_rate_pct, ");
        addDefaultCase(inputs, [](const CostFilterInputs::TierDefaults &d) {
            return QVariant(d.engagementRatePct);
        }, out);
        out->sql += QStringLiteral(") / 100.0 END");
    }, QString());
}

} // namespace planner
