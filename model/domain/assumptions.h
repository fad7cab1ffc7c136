#pragma once

#include "domain/assumption.h"
#include "domain/candidatekind.h"
#include "domain/deliverableformat.h"
#include "domain/money.h"
#include "domain/platform.h"
#include "domain/tier.h"

#include <QHash>
#include <QList>
#include <optional>

namespace planner {

// Every assumption row, loaded once, with typed lookups that fall back from the most
// specific key to broader ones. Units: reach rates are shares of followers (0..1),
// engagement rates and authenticity are percentages as on channels, fees and the
// benchmark CPM are USD.
class Assumptions
{
public:
    void insert(const Assumption &assumption);
    std::optional<Assumption> find(const QString &key) const;
    std::optional<double> value(const QString &key) const;
    QList<Assumption> all() const; // sorted by key
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Tries reach_rate.P.T.F, reach_rate.P.F, reach_rate.P.T, reach_rate.P, then the tier's
    // post figure (Instagram reels and lives fall back to posts).
    double reachRate(Platform platform, Tier tier, DeliverableFormat format) const;
    // engagement_rate.P.T, then engagement_rate.T.
    double engagementRatePct(Platform platform, Tier tier) const;
    // fee.P.T, then fee.T; in USD.
    Money defaultFee(Platform platform, Tier tier) const;
    // The row each lookup above reads (the first key of its chain the file holds); empty
    // when none does and a last-resort figure is used.
    QString reachRateKeyUsed(Platform platform, Tier tier, DeliverableFormat format) const;
    QString engagementRateKeyUsed(Platform platform, Tier tier) const;
    QString feeKeyUsed(Platform platform, Tier tier) const;
    double authenticityPct(Tier tier) const;
    double benchmarkCpmUsd() const;
    double kindWeight(CandidateKind kind) const;
    // Share of goal fit each brand-fit star above or below 3 adds or takes (BrandFit::factor).
    double brandFitWeight() const;

    static QString reachRateKey(Platform platform, Tier tier, DeliverableFormat format);
    static QString engagementRateKey(Tier tier);
    static QString feeKey(Tier tier);
    static QString authenticityKey(Tier tier);
    static QString benchmarkCpmKey();
    static QString kindWeightKey(CandidateKind kind);
    static QString brandFitWeightKey();

private:
    std::optional<double> firstOf(const QStringList &keys) const;
    QString firstKeyOf(const QStringList &keys) const;

    QHash<QString, Assumption> m_rows;
};

} // namespace planner
