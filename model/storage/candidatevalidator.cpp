#include "storage/candidatevalidator.h"

#include "domain/currencycode.h"
#include "text/labeltable.h"

#include <QCoreApplication>

namespace planner {

namespace {

bool outsidePercent(const std::optional<double> &value)
{
    return value && (!(*value >= 0.0) || *value > 100.0);
}

} // namespace

Error CandidateValidator::fault(const QString &key, const QString &message, int channelIndex)
{
    Error error;
    error.fieldKey = key;
    error.field = fieldName(key);
    if (channelIndex >= 0) {
        //: A field of the n-th channel of a candidate, e.g. "Followers (channel 2)".
        error.field = tr("%1 (channel %2)").arg(error.field).arg(channelIndex + 1);
    }
    error.message = message;
    error.channelIndex = channelIndex;
    return error;
}

QString CandidateValidator::fieldName(const QString &fieldKey)
{
    static const KeyLabel<const char *> labels[] = {
        {"name", QT_TR_NOOP("Name")}, {"kind", QT_TR_NOOP("Kind")}, {"channels", QT_TR_NOOP("Channels")},
        {"platform", QT_TR_NOOP("Platform")}, {"handle", QT_TR_NOOP("Handle")},
        {"followers", QT_TR_NOOP("Followers")}, {"engagement_rate", QT_TR_NOOP("Engagement rate")},
        {"avg_views", QT_TR_NOOP("Average views")}, {"fee", QT_TR_NOOP("Fee")},
        {"currency", QT_TR_NOOP("Currency")}, {"authenticity", QT_TR_NOOP("Authenticity")},
        {"niches", QT_TR_NOOP("Niches")}, {"regions", QT_TR_NOOP("Regions")}};
    return translatedLabel("CandidateValidator", labels, fieldKey, fieldKey);
}

std::optional<Error> CandidateValidator::validateChannel(const Channel &channel, int index)
{
    if (channel.followers && *channel.followers < 0)
        return fault(QStringLiteral("followers"), tr("must not be negative"), index);
    if (outsidePercent(channel.engagementRatePct))
        return fault(QStringLiteral("engagement_rate"), tr("must be between 0% and 100%"), index);
    if (channel.avgViews && *channel.avgViews < 0)
        return fault(QStringLiteral("avg_views"), tr("must not be negative"), index);
    if (channel.fee && channel.fee->minorUnits() < 0)
        return fault(QStringLiteral("fee"), tr("must not be negative"), index);
    if (channel.fee && !isCurrencyCode(channel.fee->currency()))
        return fault(QStringLiteral("currency"), tr("must be a three-letter ISO code such as VND"),
                     index);
    if (outsidePercent(channel.authenticityPct))
        return fault(QStringLiteral("authenticity"), tr("must be between 0% and 100%"), index);
    return std::nullopt;
}

std::optional<Error> CandidateValidator::validate(const Candidate &candidate)
{
    // As the file's check sees it: SQLite's length() stops at a NUL.
    const qsizetype nul = candidate.name.indexOf(QChar(0));
    if (QStringView(candidate.name).left(nul < 0 ? candidate.name.size() : nul).trimmed().isEmpty())
        return fault(QStringLiteral("name"), tr("must not be empty"));
    if (const auto item = listItemWithBar(candidate.niches, candidate.regions))
        return fault(item->first, tr("“%1” may not contain the character |").arg(item->second));
    if (candidate.channels.isEmpty())
        return fault(QStringLiteral("channels"), tr("at least one channel is needed"));
    for (int i = 0; i < candidate.channels.size(); ++i) {
        if (auto error = validateChannel(candidate.channels.at(i), i))
            return error;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, QString>>
CandidateValidator::listItemWithBar(const QStringList &niches, const QStringList &regions)
{
    // Lists are stored joined with '|', so an item may not hold one.
    for (const auto &[key, items] : {std::pair{QStringLiteral("niches"), niches},
                                     std::pair{QStringLiteral("regions"), regions}}) {
        for (const QString &item : items) {
            if (item.contains(QLatin1Char('|')))
                return std::pair{key, item};
        }
    }
    return std::nullopt;
}

} // namespace planner
