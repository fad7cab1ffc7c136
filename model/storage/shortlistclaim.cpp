#include "storage/shortlistclaim.h"

#include "storage/rowversion.h"
#include "storage/storewrite.h"

#include <QHash>
#include <QSqlQuery>

namespace planner {

ShortlistClaim::ShortlistClaim(const Campaign &campaign, const QList<ShortlistEntry> &entries)
    : m_campaignVersion(campaign.version)
{
    for (const ShortlistEntry &entry : entries) {
        if (!entry.locked)
            m_entries << entry;
    }
}

bool ShortlistClaim::holds(StoreWrite &write, const QSqlDatabase &db, qint64 campaignId) const
{
    if (!write.isOk())
        return false;
    if (isEmpty())
        return true;
    const auto refuse = [&write, &db](const QString &table, qint64 id) {
        return write.refuse(RowVersion::conflict(RowVersion::lastChange(db, table, id).value_or(RowVersion::Change())));
    };
    const auto campaign = RowVersion::lastChange(db, QStringLiteral("campaigns"), campaignId);
    if (!campaign)
        return write.step(false);
    if (m_campaignVersion > 0 && campaign->version != m_campaignVersion)
        return refuse(QStringLiteral("campaigns"), campaignId);
    // The unlocked entries stored now, read inside the write: by id, their versions.
    QHash<qint64, qint64> stored;
    QSqlQuery query = write.prepare(QStringLiteral(
        "SELECT id, row_version FROM shortlist_entries WHERE campaign_id = ? AND locked = 0"));
    query.addBindValue(campaignId);
    if (!write.exec(query, StoreWrite::Rows::Any))
        return false;
    while (query.next())
        stored.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    for (const ShortlistEntry &entry : m_entries) {
        const auto now = stored.constFind(entry.id);
        // Taken off or locked since (a deleted row no longer says who), or changed since.
        if (now == stored.cend() || (entry.version > 0 && *now != entry.version))
            return refuse(QStringLiteral("shortlist_entries"), entry.id);
        stored.erase(now);
    }
    // One a colleague put on since.
    if (!stored.isEmpty())
        return refuse(QStringLiteral("shortlist_entries"), stored.cbegin().key());
    return true;
}

} // namespace planner
