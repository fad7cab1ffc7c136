#include "storage/campaignstore.h"

#include "storage/campaignvalidator.h"
#include "storage/candidatesql.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

const QString campaignColumns = QStringLiteral(
    "id, name, goal, budget_minor, currency, niches, regions, start_date, end_date, notes");
const QString entryColumns = QStringLiteral(
    "id, campaign_id, candidate_id, platform, format, deliverables, agreed_fee_minor,"
    " agreed_currency, status, locked, notes");

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

void bindCampaign(QSqlQuery &query, const Campaign &campaign)
{
    query.addBindValue(campaign.name.trimmed());
    query.addBindValue(goalKey(campaign.goal));
    query.addBindValue(campaign.budget.minorUnits());
    query.addBindValue(campaign.budget.currency());
    query.addBindValue(CandidateSql::textValue(CandidateSql::joinList(campaign.niches)));
    query.addBindValue(CandidateSql::textValue(CandidateSql::joinList(campaign.regions)));
    query.addBindValue(dateValue(campaign.startDate));
    query.addBindValue(dateValue(campaign.endDate));
    query.addBindValue(CandidateSql::textValue(campaign.notes));
}

void bindEntry(QSqlQuery &query, const ShortlistEntry &entry)
{
    query.addBindValue(entry.campaignId);
    query.addBindValue(entry.candidateId);
    query.addBindValue(platformKey(entry.platform));
    query.addBindValue(deliverableFormatKey(entry.format));
    query.addBindValue(entry.deliverables);
    query.addBindValue(entry.agreedFee ? QVariant(entry.agreedFee->minorUnits())
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(entry.agreedFee ? QVariant(entry.agreedFee->currency())
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(entryStatusKey(entry.status));
    query.addBindValue(entry.locked ? 1 : 0);
    query.addBindValue(CandidateSql::textValue(entry.notes));
}

} // namespace

CampaignStore::CampaignStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QSqlDatabase CampaignStore::db() const
{
    return m_database.connection();
}

bool CampaignStore::exec(QSqlQuery &query, const QString &what, bool oneRow, Error *error)
{
    const bool ok = query.exec() && (!oneRow || query.numRowsAffected() == 1);
    if (!ok && error && error->isEmpty()) {
        error->message = what;
        if (!query.lastError().text().trimmed().isEmpty())
            error->message += QLatin1String(" (") + QDir::toNativeSeparators(m_database.path())
                + QLatin1String(": ") + query.lastError().text() + QLatin1Char(')');
    }
    return ok;
}

void CampaignStore::transactionFault(const Transaction &transaction, const QString &what,
                                     Error *error) const
{
    if (!error || !error->isEmpty())
        return;
    error->message = what + QLatin1String(" (") + QDir::toNativeSeparators(m_database.path())
        + QLatin1String(": ") + transaction.errorText() + QLatin1Char(')');
}

bool CampaignStore::began(const Transaction &transaction, const QString &what, Error *error) const
{
    if (!transaction.isActive())
        transactionFault(transaction, what, error);
    return transaction.isActive();
}

bool CampaignStore::commit(Transaction &transaction, const QString &what, Error *error) const
{
    if (transaction.commit())
        return true;
    transactionFault(transaction, what, error);
    return false;
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
    if (auto fault = checkCampaign(campaign)) {
        if (error)
            *error = *fault;
        return std::nullopt;
    }
    const QString what = tr("The campaign could not be saved.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO campaigns (name, goal, budget_minor, currency, niches,"
                                 " regions, start_date, end_date, notes)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindCampaign(query, campaign);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error);
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;
    if (!(ok && commit(transaction, what, error)))
        return std::nullopt;
    emit changed();
    return id;
}

bool CampaignStore::update(const Campaign &campaign, Error *error)
{
    if (auto fault = checkCampaign(campaign)) {
        if (error)
            *error = *fault;
        return false;
    }
    const QString what = tr("The campaign could not be saved.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE campaigns SET name = ?, goal = ?, budget_minor = ?,"
                                 " currency = ?, niches = ?, regions = ?, start_date = ?,"
                                 " end_date = ?, notes = ? WHERE id = ?"));
    bindCampaign(query, campaign);
    query.addBindValue(campaign.id);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error) && commit(transaction, what, error);
    if (ok)
        emit changed();
    return ok;
}

bool CampaignStore::remove(qint64 campaignId, Error *error)
{
    const QString what = tr("The campaign could not be deleted.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    query.addBindValue(campaignId);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error) && commit(transaction, what, error);
    if (ok)
        emit changed();
    return ok;
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
    return campaign;
}

std::optional<Campaign> CampaignStore::find(qint64 campaignId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns WHERE id = ?"));
    query.addBindValue(campaignId);
    if (query.exec() && query.next())
        return campaignFrom(query);
    return std::nullopt;
}

std::optional<Campaign> CampaignStore::findByName(const QString &name) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (query.exec() && query.next())
        return campaignFrom(query);
    return std::nullopt;
}

QList<Campaign> CampaignStore::campaigns() const
{
    QList<Campaign> result;
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns ORDER BY name"))) {
        while (query.next())
            result << campaignFrom(query);
    }
    return result;
}

std::optional<qint64> CampaignStore::addEntry(const ShortlistEntry &entry, Error *error)
{
    ShortlistEntry fresh = entry;
    fresh.id = 0;
    if (auto fault = checkEntry(fresh)) {
        if (error)
            *error = *fault;
        return std::nullopt;
    }
    const QString what = tr("The shortlist entry could not be saved.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(insertEntrySql);
    bindEntry(query, fresh);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error);
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;
    if (!(ok && commit(transaction, what, error)))
        return std::nullopt;
    emit changed();
    return id;
}

bool CampaignStore::updateEntry(const ShortlistEntry &entry, Error *error)
{
    if (auto fault = checkEntry(entry)) {
        if (error)
            *error = *fault;
        return false;
    }
    const QString what = tr("The shortlist entry could not be saved.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE shortlist_entries SET campaign_id = ?, candidate_id = ?,"
                                 " platform = ?, format = ?, deliverables = ?, agreed_fee_minor = ?,"
                                 " agreed_currency = ?, status = ?, locked = ?, notes = ?"
                                 " WHERE id = ?"));
    bindEntry(query, entry);
    query.addBindValue(entry.id);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error) && commit(transaction, what, error);
    if (ok)
        emit changed();
    return ok;
}

bool CampaignStore::removeEntry(qint64 entryId, Error *error)
{
    const QString what = tr("The shortlist entry could not be deleted.");
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM shortlist_entries WHERE id = ?"));
    query.addBindValue(entryId);
    const bool ok = began(transaction, what, error)
        && exec(query, what, true, error) && commit(transaction, what, error);
    if (ok)
        emit changed();
    return ok;
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
    return entry;
}

std::optional<ShortlistEntry> CampaignStore::findEntry(qint64 entryId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + entryColumns
                  + QStringLiteral(" FROM shortlist_entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

QList<ShortlistEntry> CampaignStore::entriesWhere(const char *column, qint64 id) const
{
    QList<ShortlistEntry> result;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM shortlist_entries WHERE ")
                  + QLatin1String(column) + QStringLiteral(" = ? ORDER BY id"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            result << entryFrom(query);
    }
    return result;
}

QList<ShortlistEntry> CampaignStore::entries(qint64 campaignId) const
{
    return entriesWhere("campaign_id", campaignId);
}

QList<ShortlistEntry> CampaignStore::entriesOfCandidate(qint64 candidateId) const
{
    return entriesWhere("candidate_id", candidateId);
}

bool CampaignStore::restoreEntries(const QList<ShortlistEntry> &entries, qint64 candidateId, Error *error)
{
    if (entries.isEmpty())
        return true;
    const QString what = tr("The shortlist entries could not be restored.");
    Transaction transaction(db());
    if (!began(transaction, what, error))
        return false;
    QSqlQuery insert(db());
    insert.prepare(insertEntrySql);
    for (ShortlistEntry entry : entries) {
        entry.candidateId = candidateId;
        if (!insertEntry(insert, entry, error))
            return false; // the transaction rolls back
    }
    if (!commit(transaction, what, error))
        return false;
    emit changed();
    return true;
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
    if (!find(campaignId)) {
        if (error)
            *error = CampaignValidator::fault(QStringLiteral("campaign"), tr("does not exist"));
        return false;
    }
    const QString what = tr("The shortlist could not be replaced.");
    Transaction transaction(db());
    QSqlQuery remove(db());
    remove.prepare(QStringLiteral("DELETE FROM shortlist_entries WHERE campaign_id = ? AND locked = 0"));
    remove.addBindValue(campaignId);
    if (!began(transaction, what, error)
        || !exec(remove, what, false, error))
        return false;
    QSqlQuery insert(db());
    insert.prepare(insertEntrySql);
    for (const ShortlistEntry &entry : entries) {
        if (entry.locked)
            continue;
        ShortlistEntry fresh = entry;
        fresh.campaignId = campaignId;
        // Checked inside the transaction, so it sees the entries already replaced: a
        // duplicate within the list is refused like one already on the shortlist.
        if (!insertEntry(insert, fresh, error))
            return false; // the transaction rolls back: the shortlist stays as it was
    }
    if (!commit(transaction, what, error))
        return false;
    emit changed();
    return true;
}

bool CampaignStore::insertEntry(QSqlQuery &insert, const ShortlistEntry &entry, Error *error)
{
    ShortlistEntry fresh = entry;
    fresh.id = 0;
    if (auto fault = checkEntry(fresh)) {
        if (error)
            *error = *fault;
        return false;
    }
    bindEntry(insert, fresh);
    return exec(insert, tr("The shortlist entry could not be saved."), true, error);
}

std::optional<int> CampaignStore::changeCandidateEntries(const QString &sql,
                                                         const QVariantList &values,
                                                         const QString &what, Error *error)
{
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!began(transaction, what, error) || !exec(query, what, false, error))
        return std::nullopt;
    const int changedRows = query.numRowsAffected();
    if (!commit(transaction, what, error))
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
    return changeCandidateEntries(
        QStringLiteral("UPDATE shortlist_entries SET status = ? WHERE campaign_id = ?"
                       " AND candidate_id = ?"),
        {entryStatusKey(status), campaignId, candidateId},
        tr("The shortlist entry could not be saved."), error);
}

} // namespace planner
