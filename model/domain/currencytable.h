#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace planner {

// The ISO 4217 currencies as ICU knows them (Debian's libicu, the one Qt uses): which codes
// exist, how many decimals each keeps, and the symbols people write for them ("€", "₽", "₹").
class CurrencyTable
{
public:
    // "USD", "RUB", "KWD": a code of a currency in use today, in capitals. "FOO" is none.
    static bool isCode(QStringView code);
    // Decimals of the currency's minor unit as ISO 4217 and CLDR give them (KWD 3, CLP 0),
    // except where the program keeps whole units as people there write amounts (VND, IDR,
    // IRR, JPY, KRW: 0). 2 for a code ICU does not know.
    static int minorDigits(QStringView code);
    // The code of a symbol that names one currency only: "€" EUR, "₽" RUB, "₹" INR,
    // "₩" KRW, "R$" BRL, "CA$" CAD. Symbols several currencies share ("kr") give nothing.
    static std::optional<QString> codeForSymbol(QStringView symbol);
    // The codes whose minor unit has digits decimals, sorted: the currencies whose stored
    // amounts schema 4 rescaled from the two decimals every code but five had before.
    static QStringList codesWithDigits(int digits);
};

} // namespace planner
