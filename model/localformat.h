#pragma once

#include "money.h"

#include <QCoreApplication>
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
    // A large count in the short form the language writes on charts: 1.2M, 1,2 Tr, 1,2 jt,
    // ۱٫۲ میلیون. Below a thousand the plain number.
    static QString compact(double value, const QLocale &locale = QLocale());
    // An amount in major units of a currency, compact, with the currency's symbol.
    static QString compactMoney(double value, const QString &currency, const QLocale &locale = QLocale());

    // Reads a number typed in the locale's own digits or in Latin or Arabic-Indic digits,
    // with or without grouping. Returns nullopt when the text is not a number.
    static std::optional<double> parseNumber(const QString &text, const QLocale &locale = QLocale());
    // Replaces Persian and Arabic-Indic digits (and their separators) with ASCII ones.
    static QString latinDigits(const QString &text);
};

} // namespace planner
