#pragma once

#include "domain/error.h"
#include "domain/exchangerates.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace planner {

class Database;
class StoreWrite;

// Reads and writes the exchange-rate table the marketer keeps by hand (no network).
class ExchangeRateStore : public QObject
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

signals:
    void changed();

private:
    // Commits the write and, when it holds, tells the views.
    bool finish(StoreWrite &write);

    Database &m_database;
};

} // namespace planner
