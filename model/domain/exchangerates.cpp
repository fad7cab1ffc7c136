#include "domain/exchangerates.h"

#include <algorithm>
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

QString ExchangeRates::stored(const QString &code)
{
    // Printable ASCII without small letters is as trimming and capitals leave it; anything
    // else (a space at an end, a small letter, a letter of another script) goes through them.
    const bool asStored = code.isEmpty()
        || (code.front() != QLatin1Char(' ') && code.back() != QLatin1Char(' ')
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                   return c.unicode() >= 0x20 && c.unicode() < 0x7f
                       && !(c >= QLatin1Char('a') && c <= QLatin1Char('z'));
               }));
    return asStored ? code : code.trimmed().toUpper();
}

std::optional<quint64> ExchangeRates::packed(QStringView code)
{
    if (code.size() > 3)
        return std::nullopt;
    quint64 key = quint64(code.size()) << 48; // "" and "\0" differ
    for (qsizetype i = 0; i < code.size(); ++i)
        key |= quint64(code[i].unicode()) << (16 * i);
    return key;
}

void ExchangeRates::setRate(const QString &currency, double perUsd)
{
    const QString code = currency.trimmed().toUpper();
    m_perUsd.insert(code, perUsd);
    if (const auto key = packed(code)) {
        const auto it = std::find_if(m_short.begin(), m_short.end(),
                                     [&](const std::pair<quint64, double> &rate) { return rate.first == *key; });
        if (it != m_short.end())
            it->second = perUsd;
        else
            m_short.emplace_back(*key, perUsd);
    }
}

std::optional<double> ExchangeRates::perUsd(const QString &currency) const
{
    // A short code as given (stored codes are trimmed and in capitals, so a code found as
    // given is the one stored): a scan of the packed codes.
    if (const auto key = packed(currency)) {
        for (const auto &[code, rate] : m_short) {
            if (code == *key)
                return rate > 0.0 ? std::optional(rate) : std::nullopt;
        }
    }
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
    const QString target = stored(targetCurrency);
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
    if (fromCurrency == toCurrency || stored(fromCurrency) == stored(toCurrency))
        return amount;
    const auto from = perUsd(fromCurrency);
    const auto to = perUsd(toCurrency);
    if (!from || !to)
        return std::nullopt;
    return amount * *to / *from;
}

} // namespace planner
