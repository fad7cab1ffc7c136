#pragma once

#include "domain/assumptions.h"
#include "domain/tier.h"
#include "domain/error.h"
#include "storage/store.h"

#include <QList>
#include <QSqlDatabase>

namespace planner {

class Database;
class StoreWrite;

// Reads and writes the assumption rows; every write is one transaction.
class AssumptionStore : public Store
{
    Q_OBJECT

public:
    explicit AssumptionStore(Database &database, QObject *parent = nullptr);

    Assumptions load() const;
    static Assumptions load(const QSqlDatabase &db);
    // Changes the value of an existing assumption; its default and source stay.
    bool set(const QString &key, double value, Error *error = nullptr);
    // Gives an existing assumption a value with the source it comes from ("own history, 12
    // deliveries, 2026-12-06"); restoring the default brings the seeded source back.
    bool adopt(const QString &key, double value, const QString &source, Error *error = nullptr);
    // Several at once, in one transaction: all are adopted or none.
    struct Adoption
    {
        QString key;
        double value = 0.0;
        QString source;
    };
    bool adopt(const QList<Adoption> &adoptions, Error *error = nullptr);
    // Gives an assumption the target holds a value and source inside a write the caller
    // holds (TeamTransfer), unchecked.
    static bool adoptIn(StoreWrite &write, const Adoption &adoption);
    // The same for a tier's lower bound.
    static bool setTierThresholdIn(StoreWrite &write, Tier tier, qint64 minFollowers);
    // Puts one assumption, or every one, back to its seeded value.
    bool restoreDefault(const QString &key, Error *error = nullptr);
    // Puts every assumption and the tier thresholds back to their seeded values.
    bool restoreDefaults(Error *error = nullptr);

    // Tier thresholds are assumptions too, kept in their own table.
    TierThresholds tierThresholds() const;
    // Moves a tier's lower bound; the tiers must stay in order (nano from 0, each above
    // the one before).
    bool setTierThreshold(Tier tier, qint64 minFollowers, Error *error = nullptr);

private:
    // One statement changing one row, in its own transaction.
    bool write(const QString &sql, const QVariantList &values, Error *error);
};

} // namespace planner
