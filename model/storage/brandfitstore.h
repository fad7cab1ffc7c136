#pragma once

#include "domain/brandfit.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace planner {

class Database;
class StoreWrite;

// The brand fit of candidates per campaign (table brand_fit), one row per campaign and
// candidate. Saving an empty fit (no rating, reason or note) removes the row.
class BrandFitStore
{
    Q_DECLARE_TR_FUNCTIONS(BrandFitStore)

public:
    explicit BrandFitStore(Database &database);

    // The campaign's fits by candidate id.
    QHash<qint64, BrandFit> forCampaign(qint64 campaignId, Error *error = nullptr) const;
    std::optional<BrandFit> find(qint64 campaignId, qint64 candidateId) const;
    // What each rated candidate's fit does to goal fit (BrandFit::factor), by candidate id.
    QHash<qint64, double> factors(qint64 campaignId, double weightPerStar) const;
    bool save(const BrandFit &fit, Error *error = nullptr);
    // Writes a fit in place of the stored one inside a write the caller holds (TeamTransfer).
    static bool saveIn(StoreWrite &write, const BrandFit &fit);

private:
    Database &m_database;
};

} // namespace planner
