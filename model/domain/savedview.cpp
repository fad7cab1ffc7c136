#include "domain/savedview.h"

#include "domain/currencycode.h"
#include "domain/languagematch.h"

#include <QJsonValue>

namespace planner {

namespace {

const char *const sortKeyNames[] = {"name", "kind", "tier", "platform", "handle", "followers",
                                    "engagement", "views", "fee", "authenticity", "niches",
                                    "regions", "goal_fit"};

template <typename T>
void writeBounds(QJsonObject *json, const char *figure, const Bounds<T> &bounds)
{
    if (bounds.min)
        json->insert(QStringLiteral("min_") + QLatin1String(figure), double(*bounds.min));
    if (bounds.max)
        json->insert(QStringLiteral("max_") + QLatin1String(figure), double(*bounds.max));
}

template <typename T>
bool readBounds(const QJsonObject &json, const char *figure, Bounds<T> *bounds)
{
    for (const bool max : {false, true}) {
        const QJsonValue value = json.value((max ? QStringLiteral("max_") : QStringLiteral("min_"))
                                            + QLatin1String(figure));
        if (value.isUndefined())
            continue;
        if (!value.isDouble())
            return false;
        (max ? bounds->max : bounds->min) = static_cast<T>(value.toDouble());
    }
    return true;
}

template <typename Enum>
bool readKey(const QJsonObject &json, const QString &name,
             std::optional<Enum> (*fromKey)(const QString &), std::optional<Enum> *value)
{
    const QString key = json.value(name).toString();
    if (key.isEmpty())
        return true;
    *value = fromKey(key);
    return value->has_value();
}

} // namespace

QString sortKeyName(CandidateSortKey key)
{
    return QLatin1String(sortKeyNames[static_cast<int>(key)]);
}

std::optional<CandidateSortKey> sortKeyFromName(const QString &name)
{
    for (int key = 0; key <= static_cast<int>(CandidateSortKey::GoalFit); ++key) {
        if (name == QLatin1String(sortKeyNames[key]))
            return static_cast<CandidateSortKey>(key);
    }
    return std::nullopt;
}

QJsonObject SavedView::filterJson() const
{
    QJsonObject json;
    const auto text = [&json](const char *name, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(name), value);
    };
    text("search", filter.search);
    text("kind", filter.kind ? kindKey(*filter.kind) : QString());
    text("tier", filter.tier ? tierKey(*filter.tier) : QString());
    text("platform", filter.platform ? platformKey(*filter.platform) : QString());
    text("niche", filter.niche);
    text("region", filter.region);
    const RangeFilter &ranges = filter.ranges;
    writeBounds(&json, "followers", ranges.followers);
    writeBounds(&json, "engagement", ranges.engagementPct);
    writeBounds(&json, "views", ranges.avgViews);
    writeBounds(&json, "authenticity", ranges.authenticityPct);
    writeBounds(&json, "fee", ranges.feeMinor);
    writeBounds(&json, "cpm", ranges.cpm);
    writeBounds(&json, "cpe", ranges.cpe);
    if (ranges.feeMinor.isSet())
        text("fee_currency", ranges.feeCurrency);
    text("languages", LanguageMatch::joined(ranges.languages));
    return json;
}

std::optional<CandidateFilter> SavedView::filterFromJson(const QJsonObject &json, QString *reason)
{
    CandidateFilter filter;
    filter.search = json.value(QStringLiteral("search")).toString();
    filter.niche = json.value(QStringLiteral("niche")).toString();
    filter.region = json.value(QStringLiteral("region")).toString();
    RangeFilter &ranges = filter.ranges;
    ranges.feeCurrency = json.value(QStringLiteral("fee_currency")).toString();
    ranges.languages = LanguageMatch::split(json.value(QStringLiteral("languages")).toString());
    const bool read = readKey(json, QStringLiteral("kind"), kindFromKey, &filter.kind)
        && readKey(json, QStringLiteral("tier"), tierFromKey, &filter.tier)
        && readKey(json, QStringLiteral("platform"), platformFromKey, &filter.platform)
        && readBounds(json, "followers", &ranges.followers)
        && readBounds(json, "engagement", &ranges.engagementPct)
        && readBounds(json, "views", &ranges.avgViews)
        && readBounds(json, "authenticity", &ranges.authenticityPct)
        && readBounds(json, "fee", &ranges.feeMinor)
        && readBounds(json, "cpm", &ranges.cpm)
        && readBounds(json, "cpe", &ranges.cpe)
        && (!ranges.feeMinor.isSet() || isCurrencyCode(ranges.feeCurrency));
    if (!read) {
        if (reason)
            *reason = tr("The saved view names an unknown kind, tier or platform, or a bound that is not a number.");
        return std::nullopt;
    }
    return filter;
}

bool SavedView::operator==(const SavedView &other) const
{
    return id == other.id && name == other.name && seedKey == other.seedKey && filter == other.filter
        && sort.key == other.sort.key && sort.descending == other.sort.descending
        && columns == other.columns;
}

} // namespace planner
