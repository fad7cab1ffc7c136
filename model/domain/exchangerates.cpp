#include "domain/exchangerates.h"

#include <array>
#include <cmath>

namespace planner {

namespace {

// 10 to the power of a difference of minor digits (-4 to 4 for the codes ISO 4217 has), as
// std::pow gives it, computed once instead of on every conversion.
long double powerOfTen(int shift)
{
    constexpr int widest = 4;
    static const auto powers = [] {
        std::array<long double, 2 * widest + 1> values{};
        for (int k = -widest; k <= widest; ++k)
            values[size_t(k + widest)] = std::pow(10.0L, static_cast<long double>(k));
        return values;
    }();
    if (shift < -widest || shift > widest)
        return std::pow(10.0L, static_cast<long double>(shift));
    return powers[size_t(shift + widest)];
}

} // namespace

void ExchangeRates::setRate(const QString &currency, double perUsd)
{
    m_perUsd.insert(currency.trimmed().toUpper(), perUsd);
}

std::optional<double> ExchangeRates::perUsd(const QString &currency) const
{
    // The codes are stored trimmed and in capitals: a code found as given needs no copy.
    auto it = m_perUsd.constFind(currency);
    if (it == m_perUsd.constEnd())
        it = m_perUsd.constFind(currency.trimmed().toUpper());
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
        * static_cast<long double>(*to) / static_cast<long double>(*from) * powerOfTen(shift);
    return Money(static_cast<qint64>(std::llround(minor)), target);
}

std::optional<double> ExchangeRates::convertValue(double amount, const QString &fromCurrency,
                                                  const QString &toCurrency) const
{
    if (fromCurrency == toCurrency || fromCurrency.trimmed().toUpper() == toCurrency.trimmed().toUpper())
        return amount;
    const auto from = perUsd(fromCurrency);
    const auto to = perUsd(toCurrency);
    if (!from || !to)
        return std::nullopt;
    return amount * *to / *from;
}

} // namespace planner
