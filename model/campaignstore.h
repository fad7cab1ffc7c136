#pragma once

#include "campaign.h"
#include "error.h"
#include "shortlistentry.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

class QSqlQuery;

namespace planner {

class Database;

// Reads and writes campaigns and their shortlists. Every write is one transaction that
// either completes or leaves the file as it was; refusals name the field at fault.
class CampaignStore : public QObject
{
    Q_OBJECT

public:
    explicit CampaignStore(Database &database, QObject *parent = nullptr);

    std::optional<qint64> create(const Campaign &campaign, Error *error = nullptr);
    bool update(const Campaign &campaign, Error *error = nullptr);
    // Removes the campaign with its shortlist.
    bool remove(qint64 campaignId, Error *error = nullptr);
    std::optional<Campaign> find(qint64 campaignId) const;
    std::optional<Campaign> findByName(const QString &name) const;
    QList<Campaign> campaigns() const; // by name

    // The entry's candidate must exist and have a channel on the entry's platform.
    std::optional<qint64> addEntry(const ShortlistEntry &entry, Error *error = nullptr);
    bool updateEntry(const ShortlistEntry &entry, Error *error = nullptr);
    bool removeEntry(qint64 entryId, Error *error = nullptr);
    std::optional<ShortlistEntry> findEntry(qint64 entryId) const;
    QList<ShortlistEntry> entries(qint64 campaignId) const; // in the order they were added

signals:
    void changed();

private:
    std::optional<Error> checkCampaign(const Campaign &campaign) const;
    std::optional<Error> checkEntry(const ShortlistEntry &entry) const;
    bool exec(QSqlQuery &query, const QString &what, bool oneRow, Error *error);
    static Campaign campaignFrom(const QSqlQuery &query);
    static ShortlistEntry entryFrom(const QSqlQuery &query);
    QSqlDatabase db() const;

    Database &m_database;
};

} // namespace planner
