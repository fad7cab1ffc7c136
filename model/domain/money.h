#pragma once

#include <QString>
#include <optional>

namespace planner {

// An exact amount of money: integer minor units of an ISO 4217 currency.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }

    // Digits after the decimal point the program keeps for a currency: none for đồng,
    // rupiah and rial (as people there write them), else ISO 4217's (see CurrencyTable).
    static int minorDigits(const QString &currency);
    // Parses "1500000", "250.5" or "250.50" (plain digits, '.' as decimal point) exactly.
    static std::optional<Money> fromDecimalString(const QString &text, const QString &currency);
    // An amount in major units (a typed or computed number), rounded half away from zero to
    // the currency's minor unit.
    static Money fromMajor(double amount, const QString &currency);
    // Plain machine-readable form: "250.50", "1500000".
    QString toDecimalString() const;
    double toDouble() const;

    bool operator==(const Money &other) const
    {
        return m_minor == other.m_minor && m_currency == other.m_currency;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace planner
