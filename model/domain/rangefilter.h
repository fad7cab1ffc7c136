#pragma once

#include "domain/costfilterinputs.h"
#include "domain/exchangerates.h"
#include "domain/money.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// An inclusive range; an empty end does not bound.
template <typename T>
struct Bounds
{
    std::optional<T> min;
    std::optional<T> max;

    bool isSet() const { return min.has_value() || max.has_value(); }
    bool operator==(const Bounds &other) const { return min == other.min && max == other.max; }
    bool operator!=(const Bounds &other) const { return !(*this == other); }
};

// The "More filters" of the candidate list: ranges on a channel's figures. Every bound is
// inclusive; a channel whose figure is unknown is left out by any range on that figure
// (and counted as such, see CandidateStore::countUnknownLeftOut).
struct RangeFilter
{
    Bounds<qint64> followers;
    Bounds<double> engagementPct; // percent: 3.5 means 3.5 %
    Bounds<qint64> avgViews;
    Bounds<double> authenticityPct;
    // The fee in minor units of feeCurrency (the campaign's), compared with each channel's
    // fee converted by rates the way ExchangeRates::convert does (rounded to feeCurrency's
    // minor unit). A fee in a currency without a rate is unknown.
    Bounds<qint64> feeMinor;
    QString feeCurrency;
    ExchangeRates rates;
    // Channels posting in any of these ISO 639 codes; a channel whose languages are unknown
    // is left out (and counted) like an unknown figure. Empty: no language filter.
    QStringList languages;
    // The projected CPM and CPE for the current campaign, in major units of its currency
    // (costInputs.currency), as the goal-fit projection computes them; undefined (no cost,
    // a zero fee, no impressions or engagements) counts as unknown. Without costInputs (no
    // campaign) a CPM or CPE range lets no channel through.
    Bounds<double> cpm;
    Bounds<double> cpe;
    std::optional<CostFilterInputs> costInputs;

    // How many figures are bounded (for the "n filters on" indicator).
    int activeCount() const;
    bool isEmpty() const { return activeCount() == 0; }
    void setFee(const std::optional<Money> &min, const std::optional<Money> &max);

    bool operator==(const RangeFilter &other) const;
    bool operator!=(const RangeFilter &other) const { return !(*this == other); }
};

} // namespace planner
