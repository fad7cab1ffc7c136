#include "storage/assumptionstore.h"

#include "storage/database.h"
#include "storage/storewrite.h"
#include "storage/tierthresholdstore.h"

#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace planner {

namespace {

const QString tierThresholdSql = QStringLiteral("UPDATE tier_thresholds SET min_followers = ? WHERE tier = ?");

} // namespace

AssumptionStore::AssumptionStore(Database &database, QObject *parent)
    : Store(database, parent)
{
}

Assumptions AssumptionStore::load() const
{
    return load(m_database.connection());
}

Assumptions AssumptionStore::load(const QSqlDatabase &db)
{
    Assumptions assumptions;
    const QString sql = QStringLiteral("SELECT key, value, default_value, unit, source FROM assumptions");
    StoreWrite::eachRow(db, sql, [&assumptions](const QSqlQuery &query) {
        Assumption row;
        row.key = query.value(0).toString();
        row.value = query.value(1).toDouble();
        row.defaultValue = query.value(2).toDouble();
        row.unit = query.value(3).toString();
        row.source = query.value(4).toString();
        assumptions.insert(row);
    });
    return assumptions;
}

bool AssumptionStore::write(const QString &sql, const QVariantList &values, Error *error)
{
    StoreWrite write(m_database, tr("The assumption could not be saved."), error);
    write.exec(sql, values);
    return finish(write);
}

bool AssumptionStore::set(const QString &key, double value, Error *error)
{
    if (!std::isfinite(value) || value < 0.0)
        return Error::refuse(error, key, key, tr("must be a number not below zero"));
    return write(QStringLiteral("UPDATE assumptions SET value = ? WHERE key = ?"), {value, key},
                 error);
}

bool AssumptionStore::adopt(const QString &key, double value, const QString &source, Error *error)
{
    return adopt(QList<Adoption>{{key, value, source}}, error);
}

bool AssumptionStore::adopt(const QList<Adoption> &adoptions, Error *error)
{
    for (const Adoption &adoption : adoptions) {
        if (!std::isfinite(adoption.value) || adoption.value < 0.0 || adoption.source.trimmed().isEmpty()) {
            if (error) {
                error->fieldKey = adoption.key;
                error->field = adoption.key;
                error->message = tr("must be a number not below zero, with its source");
            }
            return false;
        }
    }
    StoreWrite write(m_database, tr("The assumption could not be saved."), error);
    for (const Adoption &adoption : adoptions)
        adoptIn(write, adoption);
    return finish(write);
}

bool AssumptionStore::adoptIn(StoreWrite &write, const Adoption &adoption)
{
    return write.exec(QStringLiteral("UPDATE assumptions SET value = ?, source = ? WHERE key = ?"),
                      {adoption.value, adoption.source, adoption.key});
}

bool AssumptionStore::setTierThresholdIn(StoreWrite &write, Tier tier, qint64 minFollowers)
{
    return write.exec(tierThresholdSql, {minFollowers, tierKey(tier)});
}

bool AssumptionStore::restoreDefault(const QString &key, Error *error)
{
    return write(QStringLiteral("UPDATE assumptions SET value = default_value,"
                                " source = COALESCE(seeded_source, source) WHERE key = ?"),
                 {key}, error);
}

bool AssumptionStore::restoreDefaults(Error *error)
{
    const TierThresholds seeded;
    StoreWrite write(m_database, tr("The assumptions could not be restored."), error);
    write.exec(QStringLiteral("UPDATE assumptions SET value = default_value,"
                              " source = COALESCE(seeded_source, source)"), {},
               StoreWrite::Rows::Any);
    for (Tier tier : allTiers()) {
        write.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = ? WHERE tier = ?"),
                   {seeded.lowerBound(tier), tierKey(tier)}, StoreWrite::Rows::Any);
    }
    return finish(write);
}

TierThresholds AssumptionStore::tierThresholds() const
{
    return TierThresholdStore::load(m_database.connection());
}

bool AssumptionStore::setTierThreshold(Tier tier, qint64 minFollowers, Error *error)
{
    TierThresholds changed = tierThresholds();
    changed.setLowerBound(tier, minFollowers);
    const QList<Tier> &tiers = allTiers();
    bool ordered = changed.lowerBound(tiers.first()) == 0;
    for (int i = 1; i < tiers.size(); ++i)
        ordered = ordered && changed.lowerBound(tiers.at(i)) > changed.lowerBound(tiers.at(i - 1));
    if (!ordered) {
        return Error::refuse(error, QStringLiteral("tier_threshold"), tr("Tier threshold"),
                             tr("nano starts at 0 and each tier must start above the one before"));
    }
    return write(tierThresholdSql, {minFollowers, tierKey(tier)}, error);
}

} // namespace planner
