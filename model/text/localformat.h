#pragma once

#include "domain/money.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <optional>

namespace planner {

// Numbers, percentages and money as the marketer's language writes them (digits, grouping,
// decimal separator, currency placement), and the reverse for typed input.
class LocalFormat
{
    Q_DECLARE_TR_FUNCTIONS(LocalFormat)

public:
    static QString count(qint64 value, const QLocale &locale = QLocale());
    static QString percent(double value, const QLocale &locale = QLocale());
    static QString money(const Money &money, const QLocale &locale = QLocale());
    static QString currencySymbol(const QString &code);
    // Text whose direction comes from its own first letter (Unicode first-strong isolate):
    // a Latin handle reads "@aisyah.glow" in a right-to-left view, a Persian name reads
    // right to left in a left-to-right one.
    static QString isolated(const QString &text);
    // A large count in the short form the language writes on charts: 1.2M, 1,2 triệu, 1,2 jt,
    // ۱٫۲ میلیون. Below a thousand the plain number.
    static QString compact(double value, const QLocale &locale = QLocale());
    // An amount in major units of a currency, compact, with the currency's symbol.
    static QString compactMoney(double value, const QString &currency, const QLocale &locale = QLocale());

    // The calendar the language counts days in: Solar Hijri (Jalali) for Persian, Gregorian
    // elsewhere. Stored dates stay Gregorian ISO dates; only what is shown changes.
    static QCalendar calendar(const QLocale &locale = QLocale());
    // A date as the language writes it in its calendar, with the month's name and no
    // weekday: "March 21, 2026", "21 tháng 3, 2026", "21 Maret 2026",
    // "۱ فروردین ۱۴۰۵". Empty for a null date.
    static QString date(QDate date, const QLocale &locale = QLocale());
    // The display format of date(), for QDateEdit (which draws in its own calendar).
    static QString dateFormat(const QLocale &locale = QLocale());

    // Iranian amounts are stored in rial; people also count in toman (ten rial). When
    // chosen, every IRR amount on screen is shown, and typed, in toman.
    static void setTomanShown(bool shown);
    static bool tomanShown();
    // An amount of money in the unit it is shown in (toman for rial when chosen), and back.
    static double displayAmount(const Money &money);
    static Money fromDisplayAmount(double amount, const QString &currency);
    // An amount in major units of a currency as it is shown (toman for rial when chosen),
    // for chart axes that name the unit once in their title.
    static double displayValue(double major, const QString &currency);
    // An amount as an edit field starts with it: the display unit, the locale's digits and
    // grouping, no symbol; parseNumber() and fromDisplayAmount() read it back.
    static QString editableAmount(const Money &money, const QLocale &locale = QLocale());

    // Reads a number typed in the locale's own digits or in Latin or Arabic-Indic digits,
    // with or without grouping. Returns nullopt when the text is not a number.
    static std::optional<double> parseNumber(const QString &text, const QLocale &locale = QLocale());
    // Replaces Persian and Arabic-Indic digits (and their separators) with ASCII ones.
    static QString latinDigits(const QString &text);
};

} // namespace planner
