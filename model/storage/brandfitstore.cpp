#include "storage/brandfitstore.h"

#include "storage/candidatesql.h"
#include "storage/database.h"
#include "storage/storewrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

BrandFit fitFrom(const QSqlQuery &query)
{
    BrandFit fit;
    fit.campaignId = query.value(0).toLongLong();
    fit.candidateId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        fit.rating = query.value(2).toInt();
    for (const QString &key : query.value(3).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (const auto reason = BrandFit::reasonFromKey(key))
            fit.reasons << *reason;
    }
    fit.note = query.value(4).toString();
    return fit;
}

const QString selectFits = QStringLiteral(
    "SELECT campaign_id, candidate_id, rating, reasons, note FROM brand_fit WHERE campaign_id = ?");

} // namespace

BrandFitStore::BrandFitStore(Database &database)
    : m_database(database)
{
}

QHash<qint64, BrandFit> BrandFitStore::forCampaign(qint64 campaignId, Error *error) const
{
    QHash<qint64, BrandFit> fits;
    StoreWrite::readRows(m_database, selectFits, {campaignId}, tr("Reading the brand fit"), error,
                         [&fits](const QSqlQuery &query) {
        const BrandFit fit = fitFrom(query);
        fits.insert(fit.candidateId, fit);
    });
    return fits;
}

std::optional<BrandFit> BrandFitStore::find(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery query(m_database.connection());
    if (!StoreWrite::read(m_database, query, selectFits + QStringLiteral(" AND candidate_id = ?"),
                          {campaignId, candidateId}, tr("Reading the brand fit"), nullptr)
        || !query.next())
        return std::nullopt;
    return fitFrom(query);
}

QHash<qint64, double> BrandFitStore::factors(qint64 campaignId, double weightPerStar) const
{
    QHash<qint64, double> result;
    const QHash<qint64, BrandFit> fits = forCampaign(campaignId);
    for (const BrandFit &fit : fits) {
        if (fit.rating)
            result.insert(fit.candidateId, fit.factor(weightPerStar));
    }
    return result;
}

bool BrandFitStore::save(const BrandFit &fit, Error *error)
{
    if (fit.rating && (*fit.rating < 0 || *fit.rating > BrandFit::maxRating))
        return Error::refuse(error, QStringLiteral("rating"), tr("Brand fit"), tr("must be from 0 to 5"));
    StoreWrite write(m_database, tr("Saving the brand fit"), error);
    saveIn(write, fit);
    return write.commit();
}

bool BrandFitStore::saveIn(StoreWrite &write, const BrandFit &fit)
{
    bool ok = write.exec(QStringLiteral("DELETE FROM brand_fit WHERE campaign_id = ? AND candidate_id = ?"),
                         {fit.campaignId, fit.candidateId}, StoreWrite::Rows::Any);
    if (ok && !fit.isEmpty()) {
        ok = write.exec(QStringLiteral("INSERT INTO brand_fit (campaign_id, candidate_id, rating, reasons, note)"
                                       " VALUES (?, ?, ?, ?, ?)"),
                        {fit.campaignId, fit.candidateId,
                         fit.rating ? QVariant(*fit.rating) : QVariant(QMetaType(QMetaType::Int)),
                         CandidateSql::textValue(fit.reasonKeys().join(QLatin1Char('|'))),
                         CandidateSql::textValue(fit.note)});
    }
    return ok;
}

} // namespace planner
