#include "candidatecsvformat.h"

#include <QLocale>
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

QString CandidateCsvFormat::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : text)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CandidateCsvFormat::number(double value)
{
    // Fifteen significant digits give back any decimal typed with up to fifteen, and hide
    // the binary noise of arithmetic (0.8999999999999999 is written 0.9); 'f' keeps an
    // exponent out of the file.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

QString CandidateCsvFormat::line(const CandidateRow &row) const
{
    const Channel &channel = row.channel;
    const auto integer = [](qint64 value) { return QString::number(value); };
    const QStringList fields{
        QString::number(row.candidateId),
        field(row.name),
        kindKey(row.kind),
        tierKey(m_thresholds.tierFor(channel.followers)),
        platformKey(channel.platform),
        field(channel.handle),
        QString::number(channel.followers),
        optionalField(channel.engagementRatePct, &CandidateCsvFormat::number),
        optionalField(channel.avgViews, integer),
        channel.fee ? channel.fee->toDecimalString() : QString(),
        channel.fee ? field(channel.fee->currency()) : QString(),
        optionalField(channel.authenticityPct, &CandidateCsvFormat::number),
        field(row.niches.join(QLatin1Char('|'))),
        field(row.regions.join(QLatin1Char('|'))),
    };
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace planner
