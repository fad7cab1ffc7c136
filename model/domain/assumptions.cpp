#include "domain/assumptions.h"

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

QString joinKey(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QLatin1Char('.'));
}

// Only reached when a row was deleted from the file by hand: the migration seeds every
// row these lookups end on, so these are a last resort, not the figures the planner uses.
constexpr double lastResortReachRate = 0.1;
constexpr double lastResortEngagementPct = 2.0;
constexpr double lastResortAuthenticityPct = 80.0;

QStringList reachRateKeys(Platform platform, Tier tier, DeliverableFormat format)
{
    const QString head = QStringLiteral("reach_rate");
    const QString p = platformKey(platform);
    const QString t = tierKey(tier);
    const QString f = deliverableFormatKey(format);
    return {joinKey({head, p, t, f}), joinKey({head, p, f}), joinKey({head, p, t}), joinKey({head, p}),
            joinKey({head, p, t, QStringLiteral("post")})};
}

QStringList engagementRateKeys(Platform platform, Tier tier)
{
    const QString head = QStringLiteral("engagement_rate");
    return {joinKey({head, platformKey(platform), tierKey(tier)}), joinKey({head, tierKey(tier)})};
}

QStringList feeKeys(Platform platform, Tier tier)
{
    const QString head = QStringLiteral("fee");
    return {joinKey({head, platformKey(platform), tierKey(tier)}), joinKey({head, tierKey(tier)})};
}

} // namespace

QString Assumptions::firstKeyOf(const QStringList &keys) const
{
    for (const QString &key : keys) {
        if (m_rows.contains(key))
            return key;
    }
    return {};
}

QString Assumptions::reachRateKeyUsed(Platform platform, Tier tier, DeliverableFormat format) const
{
    return firstKeyOf(reachRateKeys(platform, tier, format));
}

QString Assumptions::engagementRateKeyUsed(Platform platform, Tier tier) const
{
    return firstKeyOf(engagementRateKeys(platform, tier));
}

QString Assumptions::feeKeyUsed(Platform platform, Tier tier) const
{
    return firstKeyOf(feeKeys(platform, tier));
}

void Assumptions::insert(const Assumption &assumption)
{
    m_rows.insert(assumption.key, assumption);
}

std::optional<Assumption> Assumptions::find(const QString &key) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> Assumptions::value(const QString &key) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return std::nullopt;
    return it->value;
}

QList<Assumption> Assumptions::all() const
{
    QList<Assumption> rows = m_rows.values();
    std::sort(rows.begin(), rows.end(),
              [](const Assumption &a, const Assumption &b) { return a.key < b.key; });
    return rows;
}

std::optional<double> Assumptions::firstOf(const QStringList &keys) const
{
    for (const QString &key : keys) {
        if (const auto found = value(key))
            return found;
    }
    return std::nullopt;
}

double Assumptions::reachRate(Platform platform, Tier tier, DeliverableFormat format) const
{
    return firstOf(reachRateKeys(platform, tier, format)).value_or(lastResortReachRate);
}

double Assumptions::engagementRatePct(Platform platform, Tier tier) const
{
    return firstOf(engagementRateKeys(platform, tier)).value_or(lastResortEngagementPct);
}

Money Assumptions::defaultFee(Platform platform, Tier tier) const
{
    const double usd = firstOf(feeKeys(platform, tier)).value_or(0.0);
    return Money(std::llround(usd * 100.0), QStringLiteral("USD"));
}

double Assumptions::authenticityPct(Tier tier) const
{
    return value(authenticityKey(tier)).value_or(lastResortAuthenticityPct);
}

double Assumptions::benchmarkCpmUsd() const
{
    return value(benchmarkCpmKey()).value_or(0.0);
}

double Assumptions::kindWeight(CandidateKind kind) const
{
    return value(kindWeightKey(kind)).value_or(1.0);
}

double Assumptions::brandFitWeight() const
{
    return value(brandFitWeightKey()).value_or(0.1);
}

QString Assumptions::brandFitWeightKey()
{
    return QStringLiteral("brand_fit_weight");
}

QString Assumptions::reachRateKey(Platform platform, Tier tier, DeliverableFormat format)
{
    return joinKey({QStringLiteral("reach_rate"), platformKey(platform), tierKey(tier),
                    deliverableFormatKey(format)});
}

QString Assumptions::engagementRateKey(Tier tier)
{
    return joinKey({QStringLiteral("engagement_rate"), tierKey(tier)});
}

QString Assumptions::feeKey(Tier tier)
{
    return joinKey({QStringLiteral("fee"), tierKey(tier)});
}

QString Assumptions::authenticityKey(Tier tier)
{
    return joinKey({QStringLiteral("authenticity"), tierKey(tier)});
}

QString Assumptions::benchmarkCpmKey()
{
    return QStringLiteral("benchmark_cpm");
}

QString Assumptions::kindWeightKey(CandidateKind kind)
{
    return joinKey({QStringLiteral("kind_weight"), kindKey(kind)});
}

} // namespace planner
