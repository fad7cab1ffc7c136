#pragma once

#include "domain/deliverableformat.h"
#include "domain/deliveryresult.h"
#include "domain/error.h"
#include "domain/platform.h"
#include "storage/store.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace planner {

class Database;
class StoreWrite;

// A shortlist entry as a result names it: who delivers, where, in what format.
struct ResultTarget
{
    qint64 entryId = 0;
    qint64 candidateId = 0;
    QString name;
    QString handle;
    Platform platform = Platform::Instagram;
    DeliverableFormat format = DeliverableFormat::Post;
};

// A delivered piece of a completed campaign, with what the projection knew of its channel:
// the history the assumptions are learned from.
struct DeliveredPiece
{
    DeliveryResult result;
    qint64 campaignId = 0;
    Platform platform = Platform::Instagram;
    DeliverableFormat format = DeliverableFormat::Post;
    qint64 followers = 0;
    std::optional<double> authenticityPct;
    QDate completedOn;
};

// Reads and writes the results of delivered pieces and whether a campaign is completed.
// Every write is one transaction; refusals name the field at fault.
class ResultStore : public Store
{
    Q_OBJECT

public:
    explicit ResultStore(Database &database, QObject *parent = nullptr);

    std::optional<qint64> add(const DeliveryResult &result, Error *error = nullptr);
    // Several results in one transaction: all are stored or none (an import).
    bool addAll(const QList<DeliveryResult> &results, Error *error = nullptr);
    bool update(const DeliveryResult &result, Error *error = nullptr);
    bool remove(qint64 resultId, Error *error = nullptr);
    std::optional<DeliveryResult> find(qint64 resultId) const;
    // The results of every entry of a campaign's shortlist, by entry then date.
    QList<DeliveryResult> resultsOfCampaign(qint64 campaignId, Error *error = nullptr) const;
    // The entries of a campaign's shortlist with their candidate's name and channel handle.
    QList<ResultTarget> targets(qint64 campaignId, Error *error = nullptr) const;

    // Marks a campaign completed on a date (again: the date moves); reopen() undoes it.
    bool complete(qint64 campaignId, const QDate &date, Error *error = nullptr);
    bool reopen(qint64 campaignId, Error *error = nullptr);
    // The date a campaign was completed; null when it is not.
    QDate completedOn(qint64 campaignId) const;
    // The delivered pieces of every completed campaign, oldest campaign first.
    QList<DeliveredPiece> history(Error *error = nullptr) const;

    // Checks a result before it is stored; the first fault found, or none.
    std::optional<Error> check(const DeliveryResult &result) const;

    // After a write on a connection of its own (the results import): its readers read again.
    void reread() { emit changed(); }

private:
    bool insert(StoreWrite &write, const DeliveryResult &result);
    static DeliveryResult resultFrom(const class QSqlQuery &query, int first);
};

} // namespace planner
