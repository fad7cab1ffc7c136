#include "storage/teamtransfer.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignstore.h"
#include "storage/candidateinserter.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "storage/storewrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

std::optional<TeamTransfer::Counts> TeamTransfer::copy(Database &source, Database &target, Error *error)
{
    // The first fault of this copy alone (the caller's error may hold an earlier one).
    Error fault;
    const std::optional<Counts> counts = copyAll(source, target, &fault);
    if (!counts && error)
        *error = fault;
    return counts;
}

std::optional<TeamTransfer::Counts> TeamTransfer::copyAll(Database &source, Database &target, Error *error)
{
    StoreWrite write(target, tr("Nothing was copied: the target is left as it was"), error);
    Counts counts;
    if (!write.isOk() || !checkEmpty(write, target))
        return std::nullopt;
    const std::optional<QHash<qint64, qint64>> candidateIds = copyCandidates(source, write, target, counts, error);
    const bool copied = candidateIds && copyCampaigns(source, write, *candidateIds, counts, error)
        && copyAssumptions(source, write, counts);
    if (!write.step(copied) || !write.commit())
        return std::nullopt;
    return counts;
}

bool TeamTransfer::checkEmpty(StoreWrite &write, Database &target)
{
    QSqlQuery query(target.connection());
    const bool read = query.exec(QStringLiteral("SELECT (SELECT count(*) FROM candidates)"
                                                " + (SELECT count(*) FROM campaigns)"))
        && query.next();
    if (!write.step(read))
        return false;
    if (query.value(0).toLongLong() == 0)
        return true;
    Error refusal;
    refusal.message = tr("%1 already holds candidates or campaigns; copy only into an empty campaign "
                         "database (nothing was changed)")
                          .arg(target.path());
    return write.refuse(refusal);
}

std::optional<QHash<qint64, qint64>> TeamTransfer::copyCandidates(Database &source, StoreWrite &write,
                                                                  Database &target, Counts &counts,
                                                                  Error *error)
{
    const QList<Candidate> candidates = CandidateStore(source).allCandidates(error);
    if (!error->isEmpty())
        return std::nullopt;
    CandidateInserter inserter(target.connection());
    QHash<qint64, qint64> ids;
    for (Candidate candidate : candidates) {
        const qint64 sourceId = candidate.id;
        candidate.id = 0;
        const qint64 id = inserter.insert(candidate, error);
        if (!write.step(id > 0))
            return std::nullopt;
        ids.insert(sourceId, id);
        ++counts.candidates;
    }
    return ids;
}

bool TeamTransfer::copyCampaigns(Database &source, StoreWrite &write, const QHash<qint64, qint64> &candidateIds,
                                 Counts &counts, Error *error)
{
    CampaignStore campaigns(source);
    const BrandFitStore fits(source);
    const QList<Campaign> all = campaigns.campaigns(error);
    for (const Campaign &campaign : all) {
        const qint64 campaignId = CampaignStore::insertInto(write, campaign);
        if (campaignId <= 0)
            return false;
        for (ShortlistEntry entry : campaigns.entries(campaign.id, error)) {
            entry.campaignId = campaignId;
            entry.candidateId = candidateIds.value(entry.candidateId);
            if (CampaignStore::insertInto(write, entry) <= 0)
                return false;
        }
        for (BrandFit fit : fits.forCampaign(campaign.id, error)) {
            fit.campaignId = campaignId;
            fit.candidateId = candidateIds.value(fit.candidateId);
            if (!BrandFitStore::saveIn(write, fit))
                return false;
        }
        ++counts.campaigns;
    }
    return error->isEmpty();
}

bool TeamTransfer::copyAssumptions(Database &source, StoreWrite &write, Counts &counts)
{
    const AssumptionStore assumptions(source);
    for (const Assumption &assumption : assumptions.load().all()) {
        if (!AssumptionStore::adoptIn(write, {assumption.key, assumption.value, assumption.source}))
            return false;
        ++counts.assumptions;
    }
    const TierThresholds thresholds = assumptions.tierThresholds();
    for (Tier tier : allTiers()) {
        if (!AssumptionStore::setTierThresholdIn(write, tier, thresholds.lowerBound(tier)))
            return false;
    }
    return true;
}

} // namespace planner
