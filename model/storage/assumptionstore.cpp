#include "storage/assumptionstore.h"

#include "storage/database.h"
#include "storage/tierthresholdstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace planner {

AssumptionStore::AssumptionStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Assumptions AssumptionStore::load() const
{
    return load(m_database.connection());
}

Assumptions AssumptionStore::load(const QSqlDatabase &db)
{
    Assumptions assumptions;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value, default_value, unit, source FROM assumptions")))
        return assumptions;
    while (query.next()) {
        Assumption row;
        row.key = query.value(0).toString();
        row.value = query.value(1).toDouble();
        row.defaultValue = query.value(2).toDouble();
        row.unit = query.value(3).toString();
        row.source = query.value(4).toString();
        assumptions.insert(row);
    }
    return assumptions;
}

bool AssumptionStore::write(const QString &sql, const QVariantList &values, bool oneRow,
                            Error *error)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    const bool ok = transaction.isActive() && query.exec()
        && (!oneRow || query.numRowsAffected() == 1) && transaction.commit();
    if (!ok && error) {
        error->message = tr("The assumption could not be saved.");
        if (!query.lastError().text().trimmed().isEmpty())
            error->message += QLatin1String(" (") + query.lastError().text() + QLatin1Char(')');
    }
    if (ok)
        emit changed();
    return ok;
}

bool AssumptionStore::set(const QString &key, double value, Error *error)
{
    if (!std::isfinite(value) || value < 0.0) {
        if (error) {
            error->fieldKey = key;
            error->field = key;
            error->message = tr("must be a number not below zero");
        }
        return false;
    }
    return write(QStringLiteral("UPDATE assumptions SET value = ? WHERE key = ?"), {value, key},
                 true, error);
}

bool AssumptionStore::restoreDefault(const QString &key, Error *error)
{
    return write(QStringLiteral("UPDATE assumptions SET value = default_value WHERE key = ?"),
                 {key}, true, error);
}

bool AssumptionStore::restoreDefaults(Error *error)
{
    const TierThresholds seeded;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    bool ok = transaction.isActive()
        && query.exec(QStringLiteral("UPDATE assumptions SET value = default_value"));
    for (Tier tier : allTiers()) {
        if (!ok)
            break;
        query.prepare(QStringLiteral("UPDATE tier_thresholds SET min_followers = ? WHERE tier = ?"));
        query.addBindValue(seeded.lowerBound(tier));
        query.addBindValue(tierKey(tier));
        ok = query.exec();
    }
    ok = ok && transaction.commit();
    if (!ok && error)
        error->message = tr("The assumptions could not be restored.") + QLatin1String(" (")
            + query.lastError().text() + QLatin1Char(')');
    if (ok)
        emit changed();
    return ok;
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
        if (error) {
            error->fieldKey = QStringLiteral("tier_threshold");
            error->field = tr("Tier threshold");
            error->message = tr("nano starts at 0 and each tier must start above the one before");
        }
        return false;
    }
    return write(QStringLiteral("UPDATE tier_thresholds SET min_followers = ? WHERE tier = ?"),
                 {minFollowers, tierKey(tier)}, true, error);
}

} // namespace planner
