#include "text/assumptionlabels.h"

#include "domain/candidatekind.h"
#include "domain/deliverableformat.h"
#include "text/displaynames.h"
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
    const QStringList parts = key.split(QLatin1Char('.'));
    const QString &figure = parts.first();
    QString name;
    if (figure == QLatin1String("reach_rate")) name = tr("Reach rate");
    else if (figure == QLatin1String("engagement_rate")) name = tr("Engagement rate");
    else if (figure == QLatin1String("fee")) name = tr("Default fee");
    else if (figure == QLatin1String("authenticity")) name = tr("Authenticity");
    else if (figure == QLatin1String("benchmark_cpm")) name = tr("Benchmark CPM");
    else if (figure == QLatin1String("kind_weight")) name = tr("Weight of kind");
    else if (figure == QLatin1String("brand_fit_weight")) name = tr("Weight of brand fit");
    else if (figure == QLatin1String("language_mismatch_weight")) name = tr("Weight of a language mismatch");
    else if (figure == QLatin1String("tier_threshold")) name = tr("Tier starts at");
    else name = figure;
    QStringList words{name};
    for (int i = 1; i < parts.size(); ++i)
        words << partName(parts.at(i));
    return words.join(QStringLiteral(" · "));
}

QString AssumptionLabels::unit(const QString &unit)
{
    if (unit == QLatin1String("share of followers")) return tr("share of followers");
    if (unit == QLatin1String("share of audience")) return tr("share of audience");
    if (unit == QLatin1String("% real followers")) return tr("% real followers");
    if (unit == QLatin1String("% of followers")) return tr("% of followers");
    if (unit == QLatin1String("weight")) return tr("weight");
    if (unit == QLatin1String("share per star")) return tr("share per star");
    if (unit == QLatin1String("share of goal fit")) return tr("share of goal fit");
    if (unit == QLatin1String("followers")) return tr("followers");
    return unit; // currency codes and anything unknown
}

} // namespace planner
