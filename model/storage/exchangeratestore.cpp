#include "storage/exchangeratestore.h"

#include "storage/database.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace planner {

namespace {

bool isCurrencyCode(const QString &code)
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

ExchangeRateStore::ExchangeRateStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

ExchangeRates ExchangeRateStore::load() const
{
    return load(m_database.connection());
}

ExchangeRates ExchangeRateStore::load(const QSqlDatabase &db)
{
    ExchangeRates rates;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT currency, per_usd FROM exchange_rates")))
        return rates;
    while (query.next())
        rates.setRate(query.value(0).toString(), query.value(1).toDouble());
    return rates;
}

QHash<QString, QDate> ExchangeRateStore::updatedOn() const
{
    QHash<QString, QDate> days;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT currency, updated FROM exchange_rates WHERE updated IS NOT NULL")))
        return days;
    while (query.next())
        days.insert(query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate));
    return days;
}

bool ExchangeRateStore::setRate(const QString &currency, double perUsd, Error *error)
{
    const QString code = currency.trimmed().toUpper();
    auto refuse = [&](const QString &key, const QString &field, const QString &message) {
        if (error) {
            error->fieldKey = key;
            error->field = field;
            error->message = message;
        }
        return false;
    };
    if (!isCurrencyCode(code))
        return refuse(QStringLiteral("currency"), tr("Currency"),
                      tr("must be a three-letter ISO code such as VND"));
    if (!std::isfinite(perUsd) || perUsd <= 0.0)
        return refuse(QStringLiteral("per_usd"), tr("Rate"), tr("must be above zero"));
    if (code == QLatin1String("USD") && perUsd != 1.0)
        return refuse(QStringLiteral("per_usd"), tr("Rate"), tr("the US dollar is the base and stays 1"));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO exchange_rates (currency, per_usd, updated, source)"
                                 " VALUES (?, ?, ?, '') ON CONFLICT (currency) DO UPDATE"
                                 " SET per_usd = excluded.per_usd, updated = excluded.updated"));
    query.addBindValue(code);
    query.addBindValue(perUsd);
    query.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    const bool ok = transaction.isActive() && query.exec() && transaction.commit();
    if (!ok && error)
        error->message = tr("The exchange rate could not be saved. (%1)").arg(query.lastError().text());
    if (ok)
        emit changed();
    return ok;
}

bool ExchangeRateStore::removeRate(const QString &currency, Error *error)
{
    const QString code = currency.trimmed().toUpper();
    if (code == QLatin1String("USD")) {
        if (error) {
            error->fieldKey = QStringLiteral("currency");
            error->field = tr("Currency");
            error->message = tr("the US dollar is the base and cannot be removed");
        }
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM exchange_rates WHERE currency = ?"));
    query.addBindValue(code);
    const bool ok = transaction.isActive() && query.exec() && query.numRowsAffected() == 1
        && transaction.commit();
    if (!ok && error)
        error->message = tr("The exchange rate could not be removed.");
    if (ok)
        emit changed();
    return ok;
}

} // namespace planner
