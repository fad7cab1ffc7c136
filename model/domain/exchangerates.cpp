#include "domain/exchangerates.h"

#include <cmath>

namespace planner {

void ExchangeRates::setRate(const QString &currency, double perUsd)
{
    m_perUsd.insert(currency.trimmed().toUpper(), perUsd);
}

std::optional<double> ExchangeRates::perUsd(const QString &currency) const
{
    const auto it = m_perUsd.constFind(currency.trimmed().toUpper());
    if (it == m_perUsd.constEnd() || !(*it > 0.0))
        return std::nullopt;
    return *it;
}

QStringList ExchangeRates::currencies() const
{
    QStringList codes = m_perUsd.keys();
    codes.sort();
    return codes;
}

std::optional<Money> ExchangeRates::convert(const Money &amount, const QString &targetCurrency) const
{
    const QString target = targetCurrency.trimmed().toUpper();
    if (amount.currency() == target)
        return amount;
    const auto from = perUsd(amount.currency());
    const auto to = perUsd(target);
    if (!from || !to)
        return std::nullopt;
    const int shift = Money::minorDigits(target) - Money::minorDigits(amount.currency());
    const long double minor = static_cast<long double>(amount.minorUnits())
        * static_cast<long double>(*to) / static_cast<long double>(*from)
        * std::pow(10.0L, static_cast<long double>(shift));
    return Money(static_cast<qint64>(std::llround(minor)), target);
}

std::optional<double> ExchangeRates::convertValue(double amount, const QString &fromCurrency,
                                                  const QString &toCurrency) const
{
    if (fromCurrency.trimmed().toUpper() == toCurrency.trimmed().toUpper())
        return amount;
    const auto from = perUsd(fromCurrency);
    const auto to = perUsd(toCurrency);
    if (!from || !to)
        return std::nullopt;
    return amount * *to / *from;
}

} // namespace planner
