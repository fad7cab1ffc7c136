#include "domain/currencytable.h"

#include <QHash>
#include <QSet>
#include <algorithm>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

namespace planner {

namespace {

// A code as a number, so that looking one up allocates nothing (fees are read per row).
int codeKey(QStringView code)
{
    if (code.size() != 3)
        return -1;
    int key = 0;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        const char16_t upper = u >= u'a' && u <= u'z' ? u - 32 : u;
        if (upper < u'A' || upper > u'Z')
            return -1;
        key = key * 32 + (upper - u'A');
    }
    return key;
}

struct Table
{
    QHash<int, int> digits;          // code key: decimals
    QHash<QString, int> codeDigits;  // code: decimals
    QHash<QString, QString> symbols; // symbol: code, unambiguous ones only
};

QString symbolOf(const UChar *code, const char *locale, UCurrNameStyle style)
{
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const UChar *name = ucurr_getName(code, locale, style, &isChoiceFormat, &length, &status);
    if (U_FAILURE(status) || !name)
        return {};
    return QString(reinterpret_cast<const QChar *>(name), length);
}

// Symbols from the English names (where "$" is the US dollar and "¥" the yen) and the narrow
// symbols of the root locale ("₽", "฿"); a symbol that is a code or names two currencies
// is dropped.
void addSymbols(Table *table, const QList<QString> &codes)
{
    QSet<QString> ambiguous;
    for (const char *locale : {"en", ""}) {
        const UCurrNameStyle style = *locale ? UCURR_SYMBOL_NAME : UCURR_NARROW_SYMBOL_NAME;
        QHash<QString, QString> found;
        for (const QString &code : codes) {
            const QString symbol = symbolOf(reinterpret_cast<const UChar *>(code.utf16()), locale, style);
            if (symbol.isEmpty() || symbol == code || table->symbols.contains(symbol))
                continue;
            if (found.contains(symbol) && found.value(symbol) != code)
                ambiguous.insert(symbol);
            found.insert(symbol, code);
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!ambiguous.contains(it.key()))
                table->symbols.insert(it.key(), it.value());
        }
    }
}

Table build()
{
    Table table;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    QList<QString> codes;
    while (U_SUCCESS(status) && all) {
        int32_t length = 0;
        const char *code = uenum_next(all, &length, &status);
        if (!code)
            break;
        codes.append(QString::fromLatin1(code, length));
    }
    uenum_close(all);
    for (const QString &code : codes) {
        UErrorCode digitStatus = U_ZERO_ERROR;
        const int32_t digits =
            ucurr_getDefaultFractionDigits(reinterpret_cast<const UChar *>(code.utf16()), &digitStatus);
        table.digits.insert(codeKey(code), U_SUCCESS(digitStatus) ? digits : 2);
        table.codeDigits.insert(code, U_SUCCESS(digitStatus) ? digits : 2);
    }
    // People in Vietnam, Indonesia, Iran, Japan and Korea write whole units; the program has
    // always kept these so, and stored fees depend on it.
    for (const char *code : {"VND", "IDR", "IRR", "JPY", "KRW"}) {
        table.digits.insert(codeKey(QString::fromLatin1(code)), 0);
        table.codeDigits.insert(QString::fromLatin1(code), 0);
    }
    addSymbols(&table, codes);
    return table;
}

const Table &table()
{
    static const Table built = build();
    return built;
}

} // namespace

bool CurrencyTable::isCode(QStringView code)
{
    // Capitals only: "all" or "top" in a cell is a word, not the lek or the paʻanga.
    const bool capitals = std::all_of(code.begin(), code.end(), [](QChar c) { return c.isUpper(); });
    return capitals && table().digits.contains(codeKey(code));
}

int CurrencyTable::minorDigits(QStringView code)
{
    return table().digits.value(codeKey(code), 2);
}

std::optional<QString> CurrencyTable::codeForSymbol(QStringView symbol)
{
    const auto found = table().symbols.constFind(symbol.toString());
    if (found == table().symbols.cend())
        return std::nullopt;
    return *found;
}

QStringList CurrencyTable::codesWithDigits(int digits)
{
    QStringList codes;
    for (auto it = table().codeDigits.cbegin(); it != table().codeDigits.cend(); ++it) {
        if (it.value() == digits)
            codes << it.key();
    }
    codes.sort();
    return codes;
}

} // namespace planner
