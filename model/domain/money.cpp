#include "domain/money.h"

#include "domain/currencytable.h"

#include <QRegularExpression>
#include <cmath>

namespace planner {

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency.toUpper())
{
}

int Money::minorDigits(const QString &currency)
{
    return CurrencyTable::minorDigits(currency);
}

std::optional<Money> Money::fromDecimalString(const QString &text, const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QString code = currency.trimmed().toUpper();
    if (!match.hasMatch() || code.size() != 3)
        return std::nullopt;
    const int digits = minorDigits(code);
    QString fraction = match.captured(2);
    // More decimals than the currency keeps are allowed only when they are zeros.
    if (fraction.size() > digits) {
        if (fraction.mid(digits).count(QLatin1Char('0')) != fraction.size() - digits)
            return std::nullopt;
        fraction.truncate(digits);
    }
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    qint64 minor = match.captured(1).toLongLong();
    for (int i = 0; i < digits; ++i)
        minor *= 10;
    if (digits > 0)
        minor += fraction.toLongLong();
    return Money(minor, code);
}

QString Money::toDecimalString() const
{
    const int digits = minorDigits(m_currency);
    if (digits == 0)
        return QString::number(m_minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = std::llabs(m_minor) / scale;
    const qint64 part = std::llabs(m_minor) % scale;
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + QLatin1Char('.')
        + QString::number(part).rightJustified(digits, QLatin1Char('0'));
}

double Money::toDouble() const
{
    // 10^0 to 10^4 are exact in a double, as std::pow gives them; a table saves the call.
    static constexpr double scale[] = {1.0, 10.0, 100.0, 1000.0, 10000.0};
    const int digits = minorDigits(m_currency);
    return static_cast<double>(m_minor) / (digits >= 0 && digits <= 4 ? scale[digits] : std::pow(10.0, digits));
}

Money Money::fromMajor(double amount, const QString &currency)
{
    return Money(std::llround(amount * std::pow(10.0, minorDigits(currency))), currency);
}

} // namespace planner
