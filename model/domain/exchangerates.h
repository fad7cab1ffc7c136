#pragma once

#include "domain/money.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace planner {

// The marketer's exchange-rate table as a value: units of each currency per US dollar.
class ExchangeRates
{
public:
    void setRate(const QString &currency, double perUsd);
    std::optional<double> perUsd(const QString &currency) const;
    QStringList currencies() const; // sorted
    bool contains(const QString &currency) const { return m_perUsd.contains(currency.toUpper()); }
    bool operator==(const ExchangeRates &other) const { return m_perUsd == other.m_perUsd; }

    // The amount in the target currency, rounded once, half away from zero, to the target's
    // minor unit (a whole đồng, a cent). The arithmetic runs in long double on the minor
    // units, so the only inexactness is the rate itself and that one rounding. The same
    // currency converts exactly. Empty when either currency has no rate.
    std::optional<Money> convert(const Money &amount, const QString &targetCurrency) const;
    // A decimal amount (in major units) of one currency in another, unrounded.
    std::optional<double> convertValue(double amount, const QString &fromCurrency,
                                       const QString &toCurrency) const;

private:
    QHash<QString, double> m_perUsd;
};

} // namespace planner
