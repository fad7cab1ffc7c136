#include "text/localformat.h"

#include <QRegularExpression>
#include <atomic>
#include <cmath>

namespace planner {

namespace {

std::atomic<bool> tomanChosen{false};

// Rial shown as toman: the amount divided by ten.
bool inToman(const QString &currency)
{
    return tomanChosen.load() && currency == QLatin1String("IRR");
}

} // namespace

void LocalFormat::setTomanShown(bool shown)
{
    tomanChosen.store(shown);
}

bool LocalFormat::tomanShown()
{
    return tomanChosen.load();
}

double LocalFormat::displayAmount(const Money &money)
{
    return inToman(money.currency()) ? money.toDouble() / 10.0 : money.toDouble();
}

double LocalFormat::displayValue(double major, const QString &currency)
{
    return inToman(currency) ? major / 10.0 : major;
}

Money LocalFormat::fromDisplayAmount(double amount, const QString &currency)
{
    return Money::fromMajor(inToman(currency) ? amount * 10.0 : amount, currency);
}

QString LocalFormat::editableAmount(const Money &money, const QLocale &locale)
{
    const int decimals = inToman(money.currency()) ? (money.minorUnits() % 10 == 0 ? 0 : 1)
                                                   : Money::minorDigits(money.currency());
    return locale.toString(displayAmount(money), 'f', decimals);
}

QCalendar LocalFormat::calendar(const QLocale &locale)
{
    if (locale.language() == QLocale::Persian) {
        const QCalendar jalali(QCalendar::System::Jalali);
        if (jalali.isValid())
            return jalali;
    }
    return QCalendar();
}

QString LocalFormat::dateFormat(const QLocale &locale)
{
    // The language's long date without the weekday: a campaign's dates are read as days of
    // the year, and the weekday would only crowd the summary line.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,،]?\\s*|[,،]?\\s*d{4}"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return format.trimmed();
}

QString LocalFormat::date(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, dateFormat(locale), calendar(locale));
}

QString LocalFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocalFormat::percent(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 1) + locale.percent();
}

QString LocalFormat::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString LocalFormat::compact(double value, const QLocale &locale)
{
    const double size = std::abs(value);
    const auto shortened = [&](double unit, const QString &pattern) {
        const double scaled = value / unit;
        // One decimal while it says something (1.2M), none from ten on (12M).
        const int decimals = std::abs(scaled) < 10.0 && std::fmod(std::abs(scaled), 1.0) >= 0.05 ? 1 : 0;
        return pattern.arg(locale.toString(scaled, 'f', decimals));
    };
    //: Compact number on charts: %1 billions (1.2B)
    if (size >= 1e9) return shortened(1e9, tr("%1B"));
    //: Compact number on charts: %1 millions (1.2M)
    if (size >= 1e6) return shortened(1e6, tr("%1M"));
    //: Compact number on charts: %1 thousands (15K)
    if (size >= 1e3) return shortened(1e3, tr("%1K"));
    return locale.toString(value, 'f', size > 0.0 && size < 10.0 && std::fmod(size, 1.0) >= 0.05 ? 1 : 0);
}

QString LocalFormat::compactMoney(double value, const QString &currency, const QLocale &locale)
{
    const QString symbol = currencySymbol(currency);
    const QString number = compact(inToman(currency) ? value / 10.0 : value, locale);
    if (currency == QLatin1String("IRR")) // a word after the amount, as in money()
        return number + QChar(0x00A0) + symbol;
    // The locale decides the side: a currency string with a placeholder amount shows where.
    const QString sample = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0);
    return sample.startsWith(QStringLiteral("\u00A4")) ? symbol + QChar(0x00A0) + number
                                                       : number + QChar(0x00A0) + symbol;
}

QString LocalFormat::currencySymbol(const QString &code)
{
    if (code == QLatin1String("VND")) return QStringLiteral("₫");
    if (code == QLatin1String("IDR")) return QStringLiteral("Rp");
    if (code == QLatin1String("USD")) return QStringLiteral("$");
    //: Name of the Iranian toman (ten rial) after an amount
    if (inToman(code)) return tr("toman");
    //: Symbol of the Iranian rial after an amount
    if (code == QLatin1String("IRR")) return tr("rial");
    return code;
}

QString LocalFormat::money(const Money &money, const QLocale &locale)
{
    const QString symbol = currencySymbol(money.currency());
    if (money.currency() != QLatin1String("IRR"))
        return locale.toCurrencyString(money.toDouble(), symbol, Money::minorDigits(money.currency()));
    // Rial and toman are words written after the amount, as Iranians write them
    // (۲۵٬۰۰۰٬۰۰۰ ریال reads from the right: amount, then unit). Whole toman on screen.
    return locale.toString(displayAmount(money), 'f', 0) + QChar(0x00A0) + symbol;
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
