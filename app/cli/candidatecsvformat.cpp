#include "candidatecsvformat.h"

#include "csvfields.h"

#include <QStringList>

namespace planner {

namespace {

template <typename T, typename Format>
QString optionalField(const std::optional<T> &value, Format format)
{
    return value ? format(*value) : QString();
}

} // namespace

CandidateCsvFormat::CandidateCsvFormat(const TierThresholds &thresholds)
    : m_thresholds(thresholds)
{
}

QString CandidateCsvFormat::header()
{
    // A data format other programs read: never translated.
    return QStringLiteral("id,name,kind,tier,platform,handle,followers,engagement_rate_pct,"
                          "avg_views,fee,currency,authenticity_pct,niches,regions\n");
}

QString CandidateCsvFormat::line(const CandidateRow &row) const
{
    const Channel &channel = row.channel;
    const auto integer = [](qint64 value) { return QString::number(value); };
    const QStringList fields{
        QString::number(row.candidateId),
        CsvFields::field(row.name),
        kindKey(row.kind),
        tierKey(m_thresholds.tierFor(channel.followers)),
        platformKey(channel.platform),
        CsvFields::field(channel.handle),
        QString::number(channel.followers),
        optionalField(channel.engagementRatePct, &CsvFields::number),
        optionalField(channel.avgViews, integer),
        channel.fee ? channel.fee->toDecimalString() : QString(),
        channel.fee ? CsvFields::field(channel.fee->currency()) : QString(),
        optionalField(channel.authenticityPct, &CsvFields::number),
        CsvFields::field(row.niches.join(QLatin1Char('|'))),
        CsvFields::field(row.regions.join(QLatin1Char('|'))),
    };
    return CsvFields::line(fields);
}

} // namespace planner
