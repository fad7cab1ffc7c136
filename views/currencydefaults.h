#pragma once

#include <QLocale>
#include <QSqlDatabase>
#include <QStringList>

namespace planner {

// Which currency a money field starts on, and in which order currencies are listed, the same
// in the candidate editor and the campaign dialog. The default follows the marketer: in a
// new file the interface language's currency (vi VND, id IDR, fa IRR, else USD); in a file
// with amounts the currency last used (remembered across runs), else the file's most used.
class CurrencyDefaults
{
public:
    // The planner's home currencies first (VND, IDR, IRR, USD), then the others known from
    // the exchange rates alphabetically; no code twice.
    static QStringList ordered(const QStringList &known);
    static QString forLanguage(const QLocale &locale);
    // The default for a field in the file (an invalid db counts as a new file).
    static QString preferred(const QSqlDatabase &db, const QLocale &locale = QLocale());
    static QString lastUsed();
    static void remember(const QString &currency);
};

} // namespace planner
