#include "text/assumptionlabels.h"

#include "domain/candidatekind.h"
#include "domain/deliverableformat.h"
#include "text/displaynames.h"
#include "text/labeltable.h"
#include "domain/platform.h"
#include "domain/tier.h"

#include <QStringList>

namespace planner {

namespace {

QString partName(const QString &part)
{
    if (const auto platform = platformFromKey(part))
        return DisplayNames::platform(*platform);
    if (const auto tier = tierFromKey(part))
        return DisplayNames::tier(*tier);
    if (const auto format = deliverableFormatFromKey(part))
        return DisplayNames::format(*format);
    if (const auto kind = kindFromKey(part))
        return DisplayNames::kind(*kind);
    return part;
}

} // namespace

QString AssumptionLabels::label(const QString &key)
{
    static const KeyLabel<const char *> labels[] = {
        {"reach_rate", QT_TR_NOOP("Reach rate")}, {"engagement_rate", QT_TR_NOOP("Engagement rate")},
        {"fee", QT_TR_NOOP("Default fee")}, {"authenticity", QT_TR_NOOP("Authenticity")},
        {"benchmark_cpm", QT_TR_NOOP("Benchmark CPM")}, {"kind_weight", QT_TR_NOOP("Weight of kind")},
        {"brand_fit_weight", QT_TR_NOOP("Weight of brand fit")},
        {"language_mismatch_weight", QT_TR_NOOP("Weight of a language mismatch")},
        {"tier_threshold", QT_TR_NOOP("Tier starts at")}};
    const QStringList parts = key.split(QLatin1Char('.'));
    const QString &figure = parts.first();
    const QString name = translatedLabel("AssumptionLabels", labels, figure, figure);
    QStringList words{name};
    for (int i = 1; i < parts.size(); ++i)
        words << partName(parts.at(i));
    return words.join(QStringLiteral(" · "));
}

QString AssumptionLabels::unit(const QString &unit)
{
    static const KeyLabel<const char *> labels[] = {
        {"share of followers", QT_TR_NOOP("share of followers")},
        {"share of audience", QT_TR_NOOP("share of audience")},
        {"% real followers", QT_TR_NOOP("% real followers")}, {"% of followers", QT_TR_NOOP("% of followers")},
        {"weight", QT_TR_NOOP("weight")}, {"share per star", QT_TR_NOOP("share per star")},
        {"share of goal fit", QT_TR_NOOP("share of goal fit")}, {"followers", QT_TR_NOOP("followers")}};
    return translatedLabel("AssumptionLabels", labels, unit, unit); // currency codes and anything unknown
}

} // namespace planner
