#include "storage/exchangeratestore.h"

#include "domain/currencycode.h"
#include "storage/database.h"
#include "storage/storewrite.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace planner {

ExchangeRateStore::ExchangeRateStore(Database &database, QObject *parent)
    : Store(database, parent)
{
}

ExchangeRates ExchangeRateStore::load() const
{
    return load(m_database.connection());
}

ExchangeRates ExchangeRateStore::load(const QSqlDatabase &db)
{
    ExchangeRates rates;
    const QString sql = QStringLiteral("SELECT currency, per_usd FROM exchange_rates");
    StoreWrite::eachRow(db, sql, [&rates](const QSqlQuery &query) {
        rates.setRate(query.value(0).toString(), query.value(1).toDouble());
    });
    return rates;
}

QHash<QString, QDate> ExchangeRateStore::updatedOn() const
{
    QHash<QString, QDate> days;
    const QString sql = QStringLiteral("SELECT currency, updated FROM exchange_rates WHERE updated IS NOT NULL");
    StoreWrite::eachRow(m_database.connection(), sql, [&days](const QSqlQuery &query) {
        days.insert(query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate));
    });
    return days;
}

bool ExchangeRateStore::setRate(const QString &currency, double perUsd, Error *error)
{
    const QString code = currency.trimmed().toUpper();
    if (!isCurrencyCode(code))
        return Error::refuse(error, QStringLiteral("currency"), tr("Currency"),
                             tr("must be a three-letter ISO code such as VND"));
    if (!std::isfinite(perUsd) || perUsd <= 0.0)
        return Error::refuse(error, QStringLiteral("per_usd"), tr("Rate"), tr("must be above zero"));
    if (code == QLatin1String("USD") && perUsd != 1.0)
        return Error::refuse(error, QStringLiteral("per_usd"), tr("Rate"),
                             tr("the US dollar is the base and stays 1"));
    StoreWrite write(m_database, tr("The exchange rate could not be saved."), error);
    write.exec(QStringLiteral("INSERT INTO exchange_rates (currency, per_usd, updated, source)"
                              " VALUES (?, ?, ?, '') ON CONFLICT (currency) DO UPDATE"
                              " SET per_usd = excluded.per_usd, updated = excluded.updated"),
               {code, perUsd, QDate::currentDate().toString(Qt::ISODate)}, StoreWrite::Rows::Any);
    return finish(write);
}

bool ExchangeRateStore::removeRate(const QString &currency, Error *error)
{
    const QString code = currency.trimmed().toUpper();
    if (code == QLatin1String("USD"))
        return Error::refuse(error, QStringLiteral("currency"), tr("Currency"),
                             tr("the US dollar is the base and cannot be removed"));
    StoreWrite write(m_database, tr("The exchange rate could not be removed."), error);
    write.exec(QStringLiteral("DELETE FROM exchange_rates WHERE currency = ?"), {code});
    return finish(write);
}

} // namespace planner
