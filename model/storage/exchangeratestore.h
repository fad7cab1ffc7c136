#pragma once

#include "domain/error.h"
#include "domain/exchangerates.h"
#include "storage/store.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace planner {

class Database;

// Reads and writes the exchange-rate table the marketer keeps by hand (no network).
class ExchangeRateStore : public Store
{
    Q_OBJECT

public:
    explicit ExchangeRateStore(Database &database, QObject *parent = nullptr);

    ExchangeRates load() const;
    static ExchangeRates load(const QSqlDatabase &db);
    // The day each rate was last set by hand; rates the file came with have none.
    QHash<QString, QDate> updatedOn() const;
    // Adds or changes the rate of a currency and stamps it with today's date.
    bool setRate(const QString &currency, double perUsd, Error *error = nullptr);
    // USD is the base of the table and cannot be removed.
    bool removeRate(const QString &currency, Error *error = nullptr);
};

} // namespace planner
