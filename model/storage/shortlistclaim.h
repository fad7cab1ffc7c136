#pragma once

#include "domain/campaign.h"
#include "domain/shortlistentry.h"

#include <QList>
#include <QSqlDatabase>

namespace planner {

class StoreWrite;

// What a change of a whole shortlist claims (optimistic concurrency, RowVersion): the
// campaign at the version it was read, and its unlocked entries exactly as they were read
// (each at its version; locked entries stay, so they are not claimed). A suggestion that
// replaces the shortlist is refused when a colleague changed the campaign, or changed, locked,
// added or took off an unlocked entry since, so their work is never replaced unseen.
class ShortlistClaim
{
public:
    // Claims nothing: whatever is stored is replaced (a new campaign, a shortlist read in the
    // same transaction).
    ShortlistClaim() = default;
    // The campaign (its version) and the entries read with it (the unlocked ones are claimed).
    ShortlistClaim(const Campaign &campaign, const QList<ShortlistEntry> &entries);

    bool isEmpty() const { return m_campaignVersion == 0 && m_entries.isEmpty(); }

    // Inside write, on db: whether campaign campaignId and its unlocked entries are still as
    // claimed. When not, stops write with RowVersion's conflict (who changed what and when,
    // where the row says so) and returns false.
    bool holds(StoreWrite &write, const QSqlDatabase &db, qint64 campaignId) const;

private:
    qint64 m_campaignVersion = 0;
    QList<ShortlistEntry> m_entries; // unlocked only
};

} // namespace planner
