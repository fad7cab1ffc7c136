#include "storage/resultstore.h"

#include "domain/currencycode.h"
#include "storage/database.h"
#include "storage/storewrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

const QString resultColumns = QStringLiteral(
    "r.id, r.entry_id, r.delivered_on, r.reach, r.impressions, r.views, r.likes, r.comments,"
    " r.shares, r.saves, r.clicks, r.fee_paid_minor, r.fee_currency");

QVariantList resultValues(const DeliveryResult &result)
{
    QVariantList values{result.entryId, result.date.toString(Qt::ISODate)};
    for (const auto &figure : result.figures)
        values << (figure ? QVariant(*figure) : QVariant(QMetaType(QMetaType::LongLong)));
    values << (result.feePaid ? QVariant(result.feePaid->minorUnits()) : QVariant(QMetaType(QMetaType::LongLong)));
    values << (result.feePaid ? QVariant(result.feePaid->currency()) : QVariant(QMetaType(QMetaType::QString)));
    return values;
}

Error fault(const QString &key, const QString &message)
{
    Error error;
    error.fieldKey = key;
    error.field = key;
    error.message = message;
    return error;
}

} // namespace

ResultStore::ResultStore(Database &database, QObject *parent)
    : Store(database, parent)
{
}

std::optional<Error> ResultStore::check(const DeliveryResult &result) const
{
    if (!result.date.isValid())
        return fault(QStringLiteral("date"), tr("a date is needed"));
    for (ResultMeasure measure : DeliveryResult::measures()) {
        const auto value = result.figure(measure);
        if (value && *value < 0)
            return fault(DeliveryResult::measureKey(measure), tr("must not be below zero"));
    }
    if (result.feePaid && (result.feePaid->minorUnits() < 0 || !isCurrencyCode(result.feePaid->currency())))
        return fault(QStringLiteral("fee"), tr("must be an amount not below zero in a known currency"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM shortlist_entries WHERE id = ?"));
    query.addBindValue(result.entryId);
    if (!query.exec() || !query.next())
        return fault(QStringLiteral("entry"), tr("the shortlist entry does not exist"));
    return std::nullopt;
}

bool ResultStore::insert(StoreWrite &write, const DeliveryResult &result)
{
    if (!write.isOk())
        return false;
    if (const auto problem = check(result))
        return write.refuse(*problem);
    return write.exec(QStringLiteral("INSERT INTO delivery_results (entry_id, delivered_on, reach, impressions,"
                                     " views, likes, comments, shares, saves, clicks, fee_paid_minor,"
                                     " fee_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      resultValues(result));
}

std::optional<qint64> ResultStore::add(const DeliveryResult &result, Error *error)
{
    StoreWrite write(m_database, tr("The result could not be saved."), error);
    insert(write, result);
    const qint64 id = write.lastInsertId();
    return finish(write) ? std::optional<qint64>(id) : std::nullopt;
}

bool ResultStore::addAll(const QList<DeliveryResult> &results, Error *error)
{
    StoreWrite write(m_database, tr("The results could not be saved."), error);
    for (const DeliveryResult &result : results) {
        if (!insert(write, result))
            break;
    }
    return finish(write);
}

bool ResultStore::update(const DeliveryResult &result, Error *error)
{
    if (!StoreWrite::accepted(check(result), error))
        return false;
    StoreWrite write(m_database, tr("The result could not be saved."), error);
    QVariantList values = resultValues(result);
    values << result.id;
    write.exec(QStringLiteral("UPDATE delivery_results SET entry_id = ?, delivered_on = ?, reach = ?,"
                              " impressions = ?, views = ?, likes = ?, comments = ?, shares = ?, saves = ?,"
                              " clicks = ?, fee_paid_minor = ?, fee_currency = ? WHERE id = ?"),
               values);
    return finish(write);
}

bool ResultStore::remove(qint64 resultId, Error *error)
{
    StoreWrite write(m_database, tr("The result could not be removed."), error);
    write.exec(QStringLiteral("DELETE FROM delivery_results WHERE id = ?"), {resultId});
    return finish(write);
}

DeliveryResult ResultStore::resultFrom(const QSqlQuery &query, int first)
{
    DeliveryResult result;
    result.id = query.value(first).toLongLong();
    result.entryId = query.value(first + 1).toLongLong();
    result.date = QDate::fromString(query.value(first + 2).toString(), Qt::ISODate);
    for (int i = 0; i < DeliveryResult::measureCount; ++i) {
        const QVariant value = query.value(first + 3 + i);
        if (!value.isNull())
            result.figures[i] = value.toLongLong();
    }
    const int fee = first + 3 + DeliveryResult::measureCount;
    if (!query.value(fee).isNull())
        result.feePaid = Money(query.value(fee).toLongLong(), query.value(fee + 1).toString());
    return result;
}

std::optional<DeliveryResult> ResultStore::find(qint64 resultId) const
{
    QSqlQuery query(m_database.connection());
    if (!StoreWrite::read(m_database, query,
                          QStringLiteral("SELECT %1 FROM delivery_results r WHERE r.id = ?").arg(resultColumns),
                          {resultId}, tr("The results could not be read."), nullptr)
        || !query.next())
        return std::nullopt;
    return resultFrom(query, 0);
}

QList<DeliveryResult> ResultStore::resultsOfCampaign(qint64 campaignId, Error *error) const
{
    QList<DeliveryResult> results;
    StoreWrite::readRows(m_database,
                         QStringLiteral("SELECT %1 FROM delivery_results r JOIN shortlist_entries e"
                                        " ON e.id = r.entry_id WHERE e.campaign_id = ?"
                                        " ORDER BY r.entry_id, r.delivered_on, r.id")
                             .arg(resultColumns),
                         {campaignId}, tr("The results could not be read."), error,
                         [&results](const QSqlQuery &query) { results << resultFrom(query, 0); });
    return results;
}

QList<ResultTarget> ResultStore::targets(qint64 campaignId, Error *error) const
{
    QList<ResultTarget> targets;
    // The entry's channel is the candidate's first one on its platform (see ShortlistEntry).
    const QString sql = QStringLiteral(
        "SELECT e.id, e.candidate_id, c.name, e.platform, e.format,"
        " (SELECT ch.handle FROM channels ch WHERE ch.candidate_id ="
        " e.candidate_id AND ch.platform = e.platform ORDER BY ch.id LIMIT 1)"
        " FROM shortlist_entries e JOIN candidates c ON c.id = e.candidate_id"
        " WHERE e.campaign_id = ? ORDER BY e.id");
    StoreWrite::readRows(m_database, sql, {campaignId}, tr("The shortlist could not be read."), error,
                         [&targets](const QSqlQuery &query) {
        ResultTarget target;
        target.entryId = query.value(0).toLongLong();
        target.candidateId = query.value(1).toLongLong();
        target.name = query.value(2).toString();
        target.platform = platformFromKey(query.value(3).toString()).value_or(Platform::Instagram);
        target.format = deliverableFormatFromKey(query.value(4).toString()).value_or(DeliverableFormat::Post);
        target.handle = query.value(5).toString();
        targets << target;
    });
    return targets;
}

bool ResultStore::complete(qint64 campaignId, const QDate &date, Error *error)
{
    if (!date.isValid()) {
        if (error)
            *error = fault(QStringLiteral("date"), tr("a date is needed"));
        return false;
    }
    StoreWrite write(m_database, tr("The campaign could not be marked completed."), error);
    write.exec(QStringLiteral("INSERT INTO campaign_completions (campaign_id, completed_on) VALUES (?, ?)"
                              " ON CONFLICT (campaign_id) DO UPDATE SET completed_on = excluded.completed_on"),
               {campaignId, date.toString(Qt::ISODate)});
    return finish(write);
}

bool ResultStore::reopen(qint64 campaignId, Error *error)
{
    StoreWrite write(m_database, tr("The campaign could not be reopened."), error);
    write.exec(QStringLiteral("DELETE FROM campaign_completions WHERE campaign_id = ?"), {campaignId},
               StoreWrite::Rows::Any);
    return finish(write);
}

QDate ResultStore::completedOn(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    if (!StoreWrite::read(m_database, query,
                          QStringLiteral("SELECT completed_on FROM campaign_completions WHERE campaign_id = ?"),
                          {campaignId}, QString(), nullptr)
        || !query.next())
        return {};
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

QList<DeliveredPiece> ResultStore::history(Error *error) const
{
    QList<DeliveredPiece> pieces;
    const QString sql = QStringLiteral(
        "SELECT %1, e.campaign_id, e.platform, e.format, ch.followers, ch.authenticity_pct, k.completed_on"
        " FROM delivery_results r JOIN shortlist_entries e ON e.id = r.entry_id"
        " JOIN campaign_completions k ON k.campaign_id = e.campaign_id"
        " JOIN channels ch ON ch.id = (SELECT min(id) FROM channels WHERE candidate_id = e.candidate_id"
        " AND platform = e.platform)"
        " ORDER BY k.completed_on, e.campaign_id, r.id").arg(resultColumns);
    const int after = 3 + DeliveryResult::measureCount + 2;
    StoreWrite::readRows(m_database, sql, {}, tr("The results could not be read."), error,
                         [&pieces, after](const QSqlQuery &query) {
        DeliveredPiece piece;
        piece.result = resultFrom(query, 0);
        piece.campaignId = query.value(after).toLongLong();
        piece.platform = platformFromKey(query.value(after + 1).toString()).value_or(Platform::Instagram);
        piece.format = deliverableFormatFromKey(query.value(after + 2).toString()).value_or(DeliverableFormat::Post);
        piece.followers = query.value(after + 3).toLongLong();
        if (!query.value(after + 4).isNull())
            piece.authenticityPct = query.value(after + 4).toDouble();
        piece.completedOn = QDate::fromString(query.value(after + 5).toString(), Qt::ISODate);
        pieces << piece;
    });
    return pieces;
}

} // namespace planner
