#include "localformat.h"

namespace planner {

QString LocalFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocalFormat::percent(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 1) + locale.percent();
}

QString LocalFormat::currencySymbol(const QString &code)
{
    if (code == QLatin1String("VND")) return QStringLiteral("₫");
    if (code == QLatin1String("IDR")) return QStringLiteral("Rp");
    if (code == QLatin1String("USD")) return QStringLiteral("$");
    //: Symbol of the Iranian rial after an amount
    if (code == QLatin1String("IRR")) return tr("rial");
    return code;
}

QString LocalFormat::money(const Money &money, const QLocale &locale)
{
    return locale.toCurrencyString(money.toDouble(), currencySymbol(money.currency()),
                                   Money::minorDigits(money.currency()));
}

QString LocalFormat::latinDigits(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x06F0 && u <= 0x06F9) // Persian digits
            result += QChar(u - 0x06F0 + '0');
        else if (u >= 0x0660 && u <= 0x0669) // Arabic-Indic digits
            result += QChar(u - 0x0660 + '0');
        else if (u == 0x066B) // Arabic decimal separator
            result += QLatin1Char('.');
        else if (u == 0x066C || u == 0x060C) // Arabic thousands separator, Arabic comma
            result += QLatin1Char(',');
        else
            result += c;
    }
    return result;
}

std::optional<double> LocalFormat::parseNumber(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = locale.toDouble(trimmed, &ok);
    if (ok)
        return value;
    // Any digit form, with this locale's separators read as grouping and decimal point.
    const bool commaDecimal = locale.decimalPoint() == QLatin1String(",");
    // The Arabic decimal and thousands separators are unambiguous: turn them into the ASCII
    // marks this locale reads that way, so "۱۲۳۴٫۵" is not read as 12345 where '.' groups.
    QString latin = trimmed;
    latin.replace(QChar(0x066B), commaDecimal ? QLatin1Char(',') : QLatin1Char('.'))
        .replace(QChar(0x066C), commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
    latin = latinDigits(latin);
    latin.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    const QString candidates[] = {
        commaDecimal ? QString(latin).remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'))
                     : QString(latin).remove(QLatin1Char(',')),
        latin,
    };
    for (const QString &candidate : candidates) {
        const double parsed = QLocale::c().toDouble(candidate, &ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

} // namespace planner
