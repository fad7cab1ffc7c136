#include "currencydefaults.h"

#include "storage/currencyusage.h"

#include <QSettings>

namespace planner {

namespace {

const QString lastUsedKey = QStringLiteral("money/lastCurrency");

bool isCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace

QStringList CurrencyDefaults::ordered(const QStringList &known)
{
    QStringList result{QStringLiteral("VND"), QStringLiteral("IDR"), QStringLiteral("IRR"),
                       QStringLiteral("USD")};
    QStringList others;
    for (const QString &code : known) {
        const QString upper = code.trimmed().toUpper();
        if (isCode(upper) && !result.contains(upper) && !others.contains(upper))
            others << upper;
    }
    others.sort();
    return result + others;
}

QString CurrencyDefaults::forLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Vietnamese: return QStringLiteral("VND");
    case QLocale::Indonesian: return QStringLiteral("IDR");
    case QLocale::Persian: return QStringLiteral("IRR"); // shown in toman where chosen
    default: return QStringLiteral("USD");
    }
}

QString CurrencyDefaults::preferred(const QSqlDatabase &db, const QLocale &locale)
{
    const QString mostUsed = db.isValid() ? CurrencyUsage::mostUsed(db) : QString();
    if (mostUsed.isEmpty())
        return forLanguage(locale); // a new file
    const QString last = lastUsed();
    return last.isEmpty() ? mostUsed : last;
}

QString CurrencyDefaults::lastUsed()
{
    const QString code = QSettings().value(lastUsedKey).toString().trimmed().toUpper();
    return isCode(code) ? code : QString();
}

void CurrencyDefaults::remember(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (isCode(code))
        QSettings().setValue(lastUsedKey, code);
}

} // namespace planner
