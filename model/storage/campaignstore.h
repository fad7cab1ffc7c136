#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "domain/shortlistentry.h"
#include "storage/store.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>
#include <optional>

class QSqlQuery;

namespace planner {

class Database;
class ShortlistClaim;
class StoreWrite;

// Reads and writes campaigns and their shortlists. Every write is one transaction that
// either completes or leaves the file as it was; refusals name the field at fault.
class CampaignStore : public Store
{
    Q_OBJECT

public:
    explicit CampaignStore(Database &database, QObject *parent = nullptr);

    std::optional<qint64> create(const Campaign &campaign, Error *error = nullptr);
    bool update(const Campaign &campaign, Error *error = nullptr);
    // Removes the campaign with its shortlist.
    bool remove(qint64 campaignId, Error *error = nullptr);
    // Reads fill *error with the file and SQLite's reason when the file cannot be read (a
    // campaign that is not there is no error).
    std::optional<Campaign> find(qint64 campaignId, Error *error = nullptr) const;
    std::optional<Campaign> findByName(const QString &name, Error *error = nullptr) const;
    QList<Campaign> campaigns(Error *error = nullptr) const; // by name

    // The entry's candidate must exist and have a channel on the entry's platform.
    std::optional<qint64> addEntry(const ShortlistEntry &entry, Error *error = nullptr);
    bool updateEntry(const ShortlistEntry &entry, Error *error = nullptr);
    bool removeEntry(qint64 entryId, Error *error = nullptr);
    std::optional<ShortlistEntry> findEntry(qint64 entryId) const;
    // In the order they were added.
    QList<ShortlistEntry> entries(qint64 campaignId, Error *error = nullptr) const;
    // Every entry of one candidate, on any campaign's shortlist, in the order they were added.
    QList<ShortlistEntry> entriesOfCandidate(qint64 candidateId, Error *error = nullptr) const;
    // Puts back entries a deleted candidate took along, for the candidate as stored again
    // under candidateId, in one transaction: all come back or none.
    bool restoreEntries(const QList<ShortlistEntry> &entries, qint64 candidateId, Error *error = nullptr);
    // How many entries each campaign's shortlist holds, by campaign id (one query).
    QHash<qint64, int> entryCounts() const;

    // Puts entries in place of the campaign's unlocked ones ("suggest a shortlist"): the
    // locked entries stay, the given ones that are not locked are added for this campaign.
    // One transaction: on any refusal the shortlist is left exactly as it was.
    bool replaceUnlocked(qint64 campaignId, const QList<ShortlistEntry> &entries,
                         Error *error = nullptr);
    // The same, refused with RowVersion's conflict (nothing changes) unless the campaign and
    // its unlocked entries are still as claim read them.
    bool replaceUnlocked(qint64 campaignId, const QList<ShortlistEntry> &entries, const ShortlistClaim &claim,
                         Error *error = nullptr);
    // Removes every entry of one candidate from the campaign's shortlist, in one
    // transaction; returns how many there were (0 when none: nothing changes).
    std::optional<int> removeCandidate(qint64 campaignId, qint64 candidateId,
                                       Error *error = nullptr);
    // Sets the status of every entry of one candidate on the shortlist, in one transaction;
    // returns how many entries changed (0 when the candidate is not on it).
    std::optional<int> setCandidateStatus(qint64 campaignId, qint64 candidateId,
                                          EntryStatus status, Error *error = nullptr);
    // Sets the status of entries as they were read, in one transaction, each claiming the
    // version it was read at (RowVersion): when a colleague changed one since, refused with
    // the conflict and nothing changes. How many changed.
    std::optional<int> setStatus(const QList<ShortlistEntry> &read, EntryStatus status, Error *error = nullptr);
    // Inserts a campaign (its id ignored), or an entry (its ids already those of the target),
    // inside a write the caller holds (TeamTransfer), unchecked: the new row's id, 0 when the
    // write failed.
    static qint64 insertInto(StoreWrite &write, const Campaign &campaign);
    static qint64 insertInto(StoreWrite &write, const ShortlistEntry &entry);

private:
    std::optional<Error> checkCampaign(const Campaign &campaign) const;
    std::optional<Error> checkEntry(const ShortlistEntry &entry) const;
    // One statement saving a row once the check found no fault, in its own transaction: the
    // last inserted id when it held (the new row's, for an insert), else nullopt.
    std::optional<qint64> saveRow(const std::optional<Error> &fault, const QString &what, const QString &sql,
                                  const QVariantList &values, Error *error);
    // One update of the row id of table (RowVersion::update: it claims version) once the
    // check found no fault, in its own transaction.
    bool updateRow(const std::optional<Error> &fault, const QString &what, const QString &table,
                   const QString &assignments, const QVariantList &values, qint64 id, qint64 version,
                   Error *error);
    // Checks the entry and inserts it as new through insert (prepared with the insert statement).
    bool insertEntry(StoreWrite &write, QSqlQuery &insert, const ShortlistEntry &entry);
    std::optional<Campaign> findWhere(const char *column, const QVariant &value, Error *error) const;
    std::optional<int> changeCandidateEntries(const QString &sql, const QVariantList &values,
                                              const QString &what, Error *error);
    // The entries whose column (campaign_id or candidate_id) is id, in the order they were added.
    QList<ShortlistEntry> entriesWhere(const char *column, qint64 id, Error *error) const;
    static Campaign campaignFrom(const QSqlQuery &query);
    static ShortlistEntry entryFrom(const QSqlQuery &query);
    QSqlDatabase db() const;
};

} // namespace planner
