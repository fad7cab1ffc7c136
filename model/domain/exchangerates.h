#pragma once

#include "domain/money.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

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
    // The code as stored (trimmed, in capitals): code itself, not copied, when it already is.
    static QString stored(const QString &code);
    // A code of up to three UTF-16 units, packed with its length: the key of m_short.
    static std::optional<quint64> packed(QStringView code);

    QHash<QString, double> m_perUsd;
    // The codes of m_perUsd of up to three units, packed, with their rates: looked up by a
    // scan of a few integers instead of a string hash (issue 14: pricing 133,000 channels
    // for a suggestion hashed a code four times each, about a fifth of the time).
    std::vector<std::pair<quint64, double>> m_short;
};

} // namespace planner
