#include "demo/demodata.h"

#include "storage/candidatestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner {

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

Channel channelFromJson(const QJsonObject &object)
{
    Channel channel;
    channel.platform = platformFromKey(object.value(QLatin1String("platform")).toString())
                           .value_or(Platform::Instagram);
    channel.handle = object.value(QLatin1String("handle")).toString();
    channel.followers = static_cast<qint64>(object.value(QLatin1String("followers")).toDouble());
    channel.engagementRatePct = optionalNumber(object.value(QLatin1String("engagement_rate_pct")));
    if (const auto views = optionalNumber(object.value(QLatin1String("avg_views"))))
        channel.avgViews = static_cast<qint64>(*views);
    const QJsonValue fee = object.value(QLatin1String("fee"));
    if (fee.isDouble()) {
        channel.fee = Money::fromDecimalString(QString::number(fee.toDouble(), 'f', 2),
                                               object.value(QLatin1String("currency")).toString());
    }
    channel.authenticityPct = optionalNumber(object.value(QLatin1String("authenticity_pct")));
    for (const QJsonValue &code : object.value(QLatin1String("languages")).toArray())
        channel.languages << code.toString();
    return channel;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << item.toString();
    return items;
}

} // namespace

QList<Candidate> DemoData::candidates(Error *error)
{
    QFile file(QStringLiteral(":/demo/candidates.json"));
    QList<Candidate> result;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            error->message = QCoreApplication::translate("planner::DemoData",
                                                         "The demo candidates are missing from this build of the program.");
        return result;
    }
    const QJsonArray items =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("candidates")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        Candidate candidate;
        candidate.name = object.value(QLatin1String("name")).toString();
        candidate.kind =
            kindFromKey(object.value(QLatin1String("kind")).toString()).value_or(CandidateKind::Influencer);
        candidate.niches = stringList(object.value(QLatin1String("niches")));
        candidate.regions = stringList(object.value(QLatin1String("regions")));
        candidate.notes = object.value(QLatin1String("notes")).toString();
        for (const QJsonValue &channel : object.value(QLatin1String("channels")).toArray())
            candidate.channels.append(channelFromJson(channel.toObject()));
        result.append(candidate);
    }
    return result;
}

std::optional<qint64> DemoData::addTo(CandidateStore &store, Error *error)
{
    Error fault;
    const QList<Candidate> demo = candidates(&fault);
    if (fault.isEmpty() && demo.isEmpty())
        fault.message = tr("The demo data is missing from the program.");
    for (const Candidate &candidate : demo) {
        for (const Channel &channel : candidate.channels) {
            if (fault.isEmpty() && store.hasChannel(channel.platform, channel.handle))
                //: %1 the database file
                fault.message = tr("The demo candidates are already in “%1”; nothing was added.")
                                    .arg(QDir::toNativeSeparators(store.databasePath()));
        }
    }
    if (!fault.isEmpty()) {
        if (error)
            *error = fault;
        return std::nullopt;
    }
    qsizetype next = 0;
    return store.addMany(
        [&](Candidate &candidate) {
            if (next == demo.size())
                return false;
            candidate = demo.at(next++);
            return true;
        },
        error);
}

} // namespace planner
