#include "storage/campaignstore.h"

#include "domain/languagematch.h"
#include "storage/campaignvalidator.h"
#include "storage/candidatesql.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/shortlistclaim.h"
#include "storage/storewrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

const QString campaignColumns = QStringLiteral(
    "id, name, goal, budget_minor, currency, niches, regions, start_date, end_date, notes, languages,"
    " row_version");
const QString entryColumns = QStringLiteral(
    "id, campaign_id, candidate_id, platform, format, deliverables, agreed_fee_minor,"
    " agreed_currency, status, locked, notes, row_version");

const QString insertCampaignSql = QStringLiteral(
    "INSERT INTO campaigns (name, goal, budget_minor, currency, niches,"
    " regions, start_date, end_date, notes, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString insertEntrySql = QStringLiteral(
    "INSERT INTO shortlist_entries (campaign_id, candidate_id, platform, format, deliverables,"
    " agreed_fee_minor, agreed_currency, status, locked, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QStringList splitList(const QVariant &value)
{
    return value.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QVariantList campaignValues(const Campaign &campaign)
{
    return {campaign.name.trimmed(),
            goalKey(campaign.goal),
            campaign.budget.minorUnits(),
            campaign.budget.currency(),
            CandidateSql::textValue(CandidateSql::joinList(campaign.niches)),
            CandidateSql::textValue(CandidateSql::joinList(campaign.regions)),
            dateValue(campaign.startDate),
            dateValue(campaign.endDate),
            CandidateSql::textValue(campaign.notes),
            CandidateSql::textValue(LanguageMatch::joined(campaign.languages))};
}

QVariantList entryValues(const ShortlistEntry &entry)
{
    return {entry.campaignId,
            entry.candidateId,
            platformKey(entry.platform),
            deliverableFormatKey(entry.format),
            entry.deliverables,
            entry.agreedFee ? QVariant(entry.agreedFee->minorUnits())
                            : QVariant(QMetaType(QMetaType::LongLong)),
            entry.agreedFee ? QVariant(entry.agreedFee->currency())
                            : QVariant(QMetaType(QMetaType::QString)),
            entryStatusKey(entry.status),
            entry.locked ? 1 : 0,
            CandidateSql::textValue(entry.notes)};
}

} // namespace

CampaignStore::CampaignStore(Database &database, QObject *parent)
    : Store(database, parent)
{
}

QSqlDatabase CampaignStore::db() const
{
    return m_database.connection();
}

std::optional<qint64> CampaignStore::saveRow(const std::optional<Error> &fault, const QString &what,
                                             const QString &sql, const QVariantList &values, Error *error)
{
    if (!StoreWrite::accepted(fault, error))
        return std::nullopt;
    StoreWrite write(m_database, what, error);
    write.exec(RowVersion::stampedInsert(db(), sql), values + RowVersion::stampValues(db()));
    const qint64 id = write.lastInsertId();
    return finish(write) ? std::optional<qint64>(id) : std::nullopt;
}

bool CampaignStore::updateRow(const std::optional<Error> &fault, const QString &what, const QString &table,
                              const QString &assignments, const QVariantList &values, qint64 id,
                              qint64 version, Error *error)
{
    if (!StoreWrite::accepted(fault, error))
        return false;
    StoreWrite write(m_database, what, error);
    RowVersion::update(write, db(), table, assignments, values, id, version);
    return finish(write);
}

std::optional<Error> CampaignStore::checkCampaign(const Campaign &campaign) const
{
    if (auto fault = CampaignValidator::validate(campaign))
        return fault;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM campaigns WHERE name = ? AND id <> ?"));
    query.addBindValue(campaign.name.trimmed());
    query.addBindValue(campaign.id);
    if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
        return CampaignValidator::fault(QStringLiteral("name"),
                                        tr("another campaign is already called “%1”")
                                            .arg(campaign.name.trimmed()));
    return std::nullopt;
}

std::optional<Error> CampaignStore::checkEntry(const ShortlistEntry &entry) const
{
    if (auto fault = CampaignValidator::validateEntry(entry))
        return fault;
    auto exists = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() && query.next();
    };
    if (!exists(QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"), {entry.campaignId}))
        return CampaignValidator::fault(QStringLiteral("campaign"), tr("does not exist"));
    if (!exists(QStringLiteral("SELECT 1 FROM candidates WHERE id = ?"), {entry.candidateId}))
        return CampaignValidator::fault(QStringLiteral("candidate"), tr("does not exist"));
    if (!exists(QStringLiteral("SELECT 1 FROM channels WHERE candidate_id = ? AND platform = ?"),
                {entry.candidateId, platformKey(entry.platform)}))
        return CampaignValidator::fault(QStringLiteral("platform"),
                                        tr("the candidate has no channel on this platform"));
    if (exists(QStringLiteral("SELECT 1 FROM shortlist_entries WHERE campaign_id = ?"
                              " AND candidate_id = ? AND platform = ? AND format = ? AND id <> ?"),
               {entry.campaignId, entry.candidateId, platformKey(entry.platform),
                deliverableFormatKey(entry.format), entry.id}))
        return CampaignValidator::fault(
            QStringLiteral("format"),
            tr("the shortlist already holds this candidate with this platform and format"));
    return std::nullopt;
}

std::optional<qint64> CampaignStore::create(const Campaign &campaign, Error *error)
{
    return saveRow(checkCampaign(campaign), tr("The campaign could not be saved."), insertCampaignSql,
                   campaignValues(campaign), error);
}

qint64 CampaignStore::insertInto(StoreWrite &write, const Campaign &campaign)
{
    const QSqlDatabase db = write.database().connection();
    return write.exec(RowVersion::stampedInsert(db, insertCampaignSql),
                      campaignValues(campaign) + RowVersion::stampValues(db))
        ? write.lastInsertId() : 0;
}

qint64 CampaignStore::insertInto(StoreWrite &write, const ShortlistEntry &entry)
{
    const QSqlDatabase db = write.database().connection();
    return write.exec(RowVersion::stampedInsert(db, insertEntrySql),
                      entryValues(entry) + RowVersion::stampValues(db))
        ? write.lastInsertId() : 0;
}

bool CampaignStore::update(const Campaign &campaign, Error *error)
{
    return updateRow(checkCampaign(campaign), tr("The campaign could not be saved."),
                     QStringLiteral("campaigns"),
                     QStringLiteral("name = ?, goal = ?, budget_minor = ?, currency = ?, niches = ?,"
                                    " regions = ?, start_date = ?, end_date = ?, notes = ?, languages = ?"),
                     campaignValues(campaign), campaign.id, campaign.version, error);
}

bool CampaignStore::remove(qint64 campaignId, Error *error)
{
    StoreWrite write(m_database, tr("The campaign could not be deleted."), error);
    write.exec(QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {campaignId});
    return finish(write);
}

Campaign CampaignStore::campaignFrom(const QSqlQuery &query)
{
    Campaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.name = query.value(1).toString();
    campaign.goal = goalFromKey(query.value(2).toString()).value_or(Goal::Awareness);
    campaign.budget = Money(query.value(3).toLongLong(), query.value(4).toString());
    campaign.niches = splitList(query.value(5));
    campaign.regions = splitList(query.value(6));
    campaign.startDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    campaign.endDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    campaign.notes = query.value(9).toString();
    campaign.languages = LanguageMatch::split(query.value(10).toString());
    campaign.version = query.value(11).toLongLong();
    return campaign;
}

std::optional<Campaign> CampaignStore::findWhere(const char *column, const QVariant &value,
                                                 Error *error) const
{
    QSqlQuery query(db());
    if (StoreWrite::read(m_database, query,
                         QStringLiteral("SELECT ") + campaignColumns
                             + QStringLiteral(" FROM campaigns WHERE ") + QLatin1String(column)
                             + QStringLiteral(" = ?"),
                         {value}, tr("The campaign could not be read."), error)
        && query.next())
        return campaignFrom(query);
    return std::nullopt;
}

std::optional<Campaign> CampaignStore::find(qint64 campaignId, Error *error) const
{
    return findWhere("id", campaignId, error);
}

std::optional<Campaign> CampaignStore::findByName(const QString &name, Error *error) const
{
    return findWhere("name", name.trimmed(), error);
}

QList<Campaign> CampaignStore::campaigns(Error *error) const
{
    QList<Campaign> result;
    StoreWrite::readRows(m_database,
                         QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns ORDER BY name"),
                         {}, tr("The campaigns could not be read."), error,
                         [&result](const QSqlQuery &query) { result << campaignFrom(query); });
    return result;
}

std::optional<qint64> CampaignStore::addEntry(const ShortlistEntry &entry, Error *error)
{
    ShortlistEntry fresh = entry;
    fresh.id = 0;
    return saveRow(checkEntry(fresh), tr("The shortlist entry could not be saved."), insertEntrySql,
                   entryValues(fresh), error);
}

bool CampaignStore::updateEntry(const ShortlistEntry &entry, Error *error)
{
    return updateRow(checkEntry(entry), tr("The shortlist entry could not be saved."),
                     QStringLiteral("shortlist_entries"),
                     QStringLiteral("campaign_id = ?, candidate_id = ?, platform = ?, format = ?,"
                                    " deliverables = ?, agreed_fee_minor = ?, agreed_currency = ?,"
                                    " status = ?, locked = ?, notes = ?"),
                     entryValues(entry), entry.id, entry.version, error);
}

bool CampaignStore::removeEntry(qint64 entryId, Error *error)
{
    StoreWrite write(m_database, tr("The shortlist entry could not be deleted."), error);
    write.exec(QStringLiteral("DELETE FROM shortlist_entries WHERE id = ?"), {entryId});
    return finish(write);
}

ShortlistEntry CampaignStore::entryFrom(const QSqlQuery &query)
{
    ShortlistEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.campaignId = query.value(1).toLongLong();
    entry.candidateId = query.value(2).toLongLong();
    entry.platform = platformFromKey(query.value(3).toString()).value_or(Platform::Instagram);
    entry.format = deliverableFormatFromKey(query.value(4).toString()).value_or(DeliverableFormat::Post);
    entry.deliverables = query.value(5).toInt();
    if (!query.value(6).isNull())
        entry.agreedFee = Money(query.value(6).toLongLong(), query.value(7).toString());
    entry.status = entryStatusFromKey(query.value(8).toString()).value_or(EntryStatus::Prospect);
    entry.locked = query.value(9).toInt() != 0;
    entry.notes = query.value(10).toString();
    entry.version = query.value(11).toLongLong();
    return entry;
}

std::optional<ShortlistEntry> CampaignStore::findEntry(qint64 entryId) const
{
    const QList<ShortlistEntry> found = entriesWhere("id", entryId, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<ShortlistEntry>(found.first());
}

QList<ShortlistEntry> CampaignStore::entriesWhere(const char *column, qint64 id, Error *error) const
{
    QList<ShortlistEntry> result;
    StoreWrite::readRows(m_database,
                         QStringLiteral("SELECT ") + entryColumns
                             + QStringLiteral(" FROM shortlist_entries WHERE ") + QLatin1String(column)
                             + QStringLiteral(" = ? ORDER BY id"),
                         {id}, tr("The shortlist could not be read."), error,
                         [&result](const QSqlQuery &query) { result << entryFrom(query); });
    return result;
}

QList<ShortlistEntry> CampaignStore::entries(qint64 campaignId, Error *error) const
{
    return entriesWhere("campaign_id", campaignId, error);
}

QList<ShortlistEntry> CampaignStore::entriesOfCandidate(qint64 candidateId, Error *error) const
{
    return entriesWhere("candidate_id", candidateId, error);
}

bool CampaignStore::restoreEntries(const QList<ShortlistEntry> &entries, qint64 candidateId, Error *error)
{
    if (entries.isEmpty())
        return true;
    StoreWrite write(m_database, tr("The shortlist entries could not be restored."), error);
    QSqlQuery insert = write.prepare(RowVersion::stampedInsert(db(), insertEntrySql));
    for (ShortlistEntry entry : entries) {
        entry.candidateId = candidateId;
        if (!insertEntry(write, insert, entry))
            return false; // the transaction rolls back
    }
    return finish(write);
}

QHash<qint64, int> CampaignStore::entryCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT campaign_id, count(*) FROM shortlist_entries"
                                  " GROUP BY campaign_id"))) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

bool CampaignStore::replaceUnlocked(qint64 campaignId, const QList<ShortlistEntry> &entries,
                                    Error *error)
{
    return replaceUnlocked(campaignId, entries, ShortlistClaim(), error);
}

bool CampaignStore::replaceUnlocked(qint64 campaignId, const QList<ShortlistEntry> &entries,
                                    const ShortlistClaim &claim, Error *error)
{
    if (!find(campaignId)) {
        if (error)
            *error = CampaignValidator::fault(QStringLiteral("campaign"), tr("does not exist"));
        return false;
    }
    StoreWrite write(m_database, tr("The shortlist could not be replaced."), error);
    claim.holds(write, db(), campaignId);
    write.exec(QStringLiteral("DELETE FROM shortlist_entries WHERE campaign_id = ? AND locked = 0"),
               {campaignId}, StoreWrite::Rows::Any);
    QSqlQuery insert = write.prepare(RowVersion::stampedInsert(db(), insertEntrySql));
    for (const ShortlistEntry &entry : entries) {
        if (entry.locked)
            continue;
        ShortlistEntry fresh = entry;
        fresh.campaignId = campaignId;
        // Checked inside the transaction, so it sees the entries already replaced: a
        // duplicate within the list is refused like one already on the shortlist.
        if (!insertEntry(write, insert, fresh))
            return false; // the transaction rolls back: the shortlist stays as it was
    }
    return finish(write);
}

bool CampaignStore::insertEntry(StoreWrite &write, QSqlQuery &insert, const ShortlistEntry &entry)
{
    if (!write.isOk())
        return false;
    ShortlistEntry fresh = entry;
    fresh.id = 0;
    if (auto fault = checkEntry(fresh))
        return write.refuse(*fault);
    for (const QVariant &value : entryValues(fresh) + RowVersion::stampValues(db()))
        insert.addBindValue(value);
    return write.exec(insert);
}

std::optional<int> CampaignStore::changeCandidateEntries(const QString &sql,
                                                         const QVariantList &values,
                                                         const QString &what, Error *error)
{
    StoreWrite write(m_database, what, error);
    write.exec(sql, values, StoreWrite::Rows::Any);
    const int changedRows = write.rowsChanged();
    if (!write.commit())
        return std::nullopt;
    if (changedRows > 0)
        emit changed();
    return changedRows;
}
std::optional<int> CampaignStore::removeCandidate(qint64 campaignId, qint64 candidateId,
                                                  Error *error)
{
    return changeCandidateEntries(
        QStringLiteral("DELETE FROM shortlist_entries WHERE campaign_id = ? AND candidate_id = ?"),
        {campaignId, candidateId}, tr("The shortlist entry could not be deleted."), error);
}

std::optional<int> CampaignStore::setCandidateStatus(qint64 campaignId, qint64 candidateId,
                                                     EntryStatus status, Error *error)
{
    // Each entry as read now, its version claimed: a colleague's change in between is refused.
    QList<ShortlistEntry> read;
    Error fault;
    for (const ShortlistEntry &entry : entries(campaignId, &fault)) {
        if (entry.candidateId == candidateId)
            read << entry;
    }
    if (!fault.isEmpty()) {
        if (error)
            *error = fault;
        return std::nullopt;
    }
    return setStatus(read, status, error);
}

std::optional<int> CampaignStore::setStatus(const QList<ShortlistEntry> &read, EntryStatus status, Error *error)
{
    if (read.isEmpty())
        return 0;
    StoreWrite write(m_database, tr("The shortlist entry could not be saved."), error);
    for (const ShortlistEntry &entry : read)
        RowVersion::update(write, db(), QStringLiteral("shortlist_entries"), QStringLiteral("status = ?"),
                           {entryStatusKey(status)}, entry.id, entry.version);
    if (!finish(write))
        return std::nullopt;
    return int(read.size());
}

} // namespace planner
