#include "storage/candidateloader.h"

#include "domain/languagematch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

QStringList splitList(const QVariant &value)
{
    return value.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

Channel channelFrom(const QSqlQuery &query)
{
    // Column order follows the channel query in CandidateLoader::all.
    Channel channel;
    channel.id = query.value(1).toLongLong();
    channel.platform = platformFromKey(query.value(2).toString()).value_or(Platform::Instagram);
    channel.handle = query.value(3).toString();
    if (!query.value(4).isNull())
        channel.followers = query.value(4).toLongLong();
    channel.engagementRatePct = optionalDouble(query.value(5));
    if (!query.value(6).isNull())
        channel.avgViews = query.value(6).toLongLong();
    if (!query.value(7).isNull())
        channel.fee = Money(query.value(7).toLongLong(), query.value(8).toString());
    channel.authenticityPct = optionalDouble(query.value(9));
    channel.languages = LanguageMatch::split(query.value(10).toString());
    return channel;
}

void reportFailure(const QSqlQuery &query, Error *error)
{
    if (error) {
        error->message = CandidateLoader::tr("The candidates could not be read (%1).")
                             .arg(query.lastError().text());
    }
}

} // namespace

QList<Candidate> CandidateLoader::all(const QSqlDatabase &db, Error *error)
{
    QList<Candidate> candidates;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, kind, niches, regions, notes FROM candidates"
                                   " ORDER BY id"))) {
        reportFailure(query, error);
        return {};
    }
    while (query.next()) {
        Candidate candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.name = query.value(1).toString();
        candidate.kind = kindFromKey(query.value(2).toString()).value_or(CandidateKind::Influencer);
        candidate.niches = splitList(query.value(3));
        candidate.regions = splitList(query.value(4));
        candidate.notes = query.value(5).toString();
        candidates.append(candidate);
    }
    // Both lists run in candidate order, so one pass matches channels to their candidate.
    if (!query.exec(QStringLiteral("SELECT candidate_id, id, platform, handle, followers,"
                                   " engagement_rate_pct, avg_views, fee_minor, currency,"
                                   " authenticity_pct, languages FROM channels ORDER BY candidate_id, id"))) {
        reportFailure(query, error);
        return {};
    }
    qsizetype next = 0;
    while (query.next()) {
        const qint64 owner = query.value(0).toLongLong();
        while (next < candidates.size() && candidates.at(next).id < owner)
            ++next;
        if (next < candidates.size() && candidates.at(next).id == owner)
            candidates[next].channels.append(channelFrom(query));
    }
    return candidates;
}

} // namespace planner
