#include "planning/rankingrows.h"

#include "domain/languagematch.h"
#include "storage/rowreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace planner {

namespace {

constexpr quint32 noId = std::numeric_limits<quint32>::max();

QStringList splitList(const QString &joined)
{
    // As CandidateRowCursor reads them, so both see the same lists.
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
}

} // namespace

RankingRows::RankingRows()
{
    for (Platform platform : allPlatforms())
        m_platforms.insert(platformKey(platform), platform);
    // Index 0 stands for "no currency": a channel without a fee of its own.
    currencyId(QString());
}

quint32 RankingRows::internList(TextIds &texts, const QString &joined, const QStringList &items)
{
    const auto it = texts.ids.constFind(joined);
    if (it != texts.ids.constEnd())
        return *it;
    const quint32 id = quint32(texts.lists.size());
    texts.lists.append(items);
    texts.ids.insert(joined, id);
    return id;
}

quint32 RankingRows::currencyId(const QString &currency)
{
    const auto it = m_currencyIds.constFind(currency);
    if (it != m_currencyIds.constEnd())
        return *it;
    const quint32 id = quint32(m_currencies.size());
    m_currencies.append(currency);
    m_currencyIds.insert(currency, id);
    return id;
}

quint64 RankingRows::ByteIds::hashOf(const QByteArray &bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::optional<quint32> RankingRows::ByteIds::find(const QByteArray &bytes, quint64 hash) const
{
    const auto bucket = m_buckets.constFind(hash);
    if (bucket == m_buckets.constEnd())
        return std::nullopt;
    for (const auto &[key, id] : *bucket) {
        if (key == bytes)
            return id;
    }
    return std::nullopt;
}

void RankingRows::ByteIds::insert(const QByteArray &bytes, quint64 hash, quint32 id)
{
    // bytes may point into SQLite's row: the key stored is a copy of its own.
    m_buckets[hash].emplace_back(QByteArray(bytes.constData(), bytes.size()), id);
}

quint32 RankingRows::internBytes(TextIds &texts, const QByteArray &bytes, ListKind kind)
{
    const quint64 hash = ByteIds::hashOf(bytes);
    if (const auto found = texts.byBytes.find(bytes, hash))
        return *found;
    const QString joined = QString::fromUtf8(bytes);
    quint32 id = texts.ids.value(joined, noId);
    if (id == noId)
        id = internList(texts, joined, kind == ListKind::Languages ? LanguageMatch::split(joined) : splitList(joined));
    texts.byBytes.insert(bytes, hash, id);
    return id;
}

quint32 RankingRows::currencyIdOfBytes(const QByteArray &bytes)
{
    const quint64 hash = ByteIds::hashOf(bytes);
    if (const auto found = m_currencyBytes.find(bytes, hash))
        return *found;
    const quint32 id = currencyId(QString::fromUtf8(bytes));
    m_currencyBytes.insert(bytes, hash, id);
    return id;
}

Platform RankingRows::platformOfBytes(const QByteArray &bytes)
{
    const quint64 hash = ByteIds::hashOf(bytes);
    if (const auto found = m_platformBytes.find(bytes, hash))
        return Platform(*found);
    const Platform platform = platformOf(QString::fromUtf8(bytes));
    m_platformBytes.insert(bytes, hash, quint32(platform));
    return platform;
}

Platform RankingRows::platformOf(const QString &key) const
{
    const auto it = m_platforms.constFind(key);
    if (it != m_platforms.constEnd())
        return *it;
    // Same fallback as the candidate list for a key written by hand in another case.
    return platformFromKey(key).value_or(Platform::Instagram);
}

void RankingRows::append(const CandidateRow &row)
{
    const Channel &channel = row.channel;
    RankingRow out;
    out.channelId = channel.id;
    out.candidateId = row.candidateId;
    out.followers = channel.followers.value_or(-1);
    out.avgViews = channel.avgViews.value_or(-1);
    out.engagementRatePct = channel.engagementRatePct.value_or(-1.0);
    out.authenticityPct = channel.authenticityPct.value_or(-1.0);
    out.platform = channel.platform;
    out.kind = row.kind;
    if (channel.fee) {
        out.feeMinor = channel.fee->minorUnits();
        out.currency = currencyId(channel.fee->currency());
    }
    out.niches = internList(m_niches, row.niches.join(QLatin1Char('|')), row.niches);
    out.regions = internList(m_regions, row.regions.join(QLatin1Char('|')), row.regions);
    out.languages = internList(m_languages, LanguageMatch::joined(channel.languages), channel.languages);
    m_rows.push_back(out);
}

void RankingRows::append(const Candidate &candidate)
{
    CandidateRow row;
    row.candidateId = candidate.id;
    row.kind = candidate.kind;
    row.niches = candidate.niches;
    row.regions = candidate.regions;
    for (const Channel &channel : candidate.channels) {
        row.channel = channel;
        append(row);
    }
}

QString RankingRows::selectSql()
{
    // Channels first, in id order: SQLite walks the channel table once and looks each
    // candidate up by its key; the ORDER BY costs nothing on that walk.
    // The kind as its enum value, worked out by SQLite: no text per row to read and look up
    // (an unknown key reads as an influencer, as CandidateRowCursor reads it).
    QString sql = QStringLiteral("SELECT ch.id, ch.candidate_id, ch.platform, ch.followers,"
                                 " ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency,"
                                 " ch.authenticity_pct, c.niches, c.regions, ch.languages, CASE c.kind");
    for (CandidateKind kind : allKinds())
        sql.append(QStringLiteral(" WHEN '%1' THEN %2").arg(kindKey(kind), QString::number(int(kind))));
    sql.append(QStringLiteral(" ELSE %1 END").arg(int(CandidateKind::Influencer)));
    sql.append(QStringLiteral(" FROM channels ch CROSS JOIN candidates c WHERE c.id = ch.candidate_id"
                              " ORDER BY ch.id"));
    return sql;
}

bool RankingRows::read(const QSqlDatabase &db, int chunkRows,
                       const std::function<void(const RankingRows &)> &onChunk, Error *error)
{
    RankingRows rows;
    rows.reserve(chunkRows);
    return rows.readInto(db, chunkRows, onChunk, error);
}

std::optional<RankingRows> RankingRows::readAll(const QSqlDatabase &db, Error *error)
{
    return readAllBy(&RankingRows::readInto, db, error);
}

std::optional<RankingRows> RankingRows::readAllThroughQSqlQuery(const QSqlDatabase &db, Error *error)
{
    return readAllBy(&RankingRows::readThroughQSqlQuery, db, error);
}

std::optional<RankingRows> RankingRows::readAllBy(Reading reading, const QSqlDatabase &db, Error *error)
{
    std::optional<RankingRows> all;
    all.emplace();
    if (!((*all).*reading)(db, std::numeric_limits<int>::max(), [](const RankingRows &) {}, error))
        return std::nullopt;
    return all;
}

void RankingRows::handOnFullChunk(int chunkRows, const std::function<void(const RankingRows &)> &onChunk)
{
    if (size() >= chunkRows) {
        onChunk(*this);
        clearRows();
    }
}

bool RankingRows::failed(Error *error, const QString &reason)
{
    if (error)
        error->message = tr("The candidates could not be read for ranking.") + QLatin1String(" (") + reason
            + QLatin1Char(')');
    return false;
}

void RankingRows::appendRecord(const QSqlQuery &query)
{
    RankingRow row;
    row.channelId = query.value(0).toLongLong();
    row.candidateId = query.value(1).toLongLong();
    row.platform = platformOf(query.value(2).toString());
    const QVariant followers = query.value(3);
    row.followers = followers.isNull() ? -1 : followers.toLongLong();
    const QVariant engagement = query.value(4);
    if (!engagement.isNull())
        row.engagementRatePct = engagement.toDouble();
    const QVariant views = query.value(5);
    if (!views.isNull())
        row.avgViews = views.toLongLong();
    const QVariant fee = query.value(6);
    if (!fee.isNull()) {
        row.feeMinor = fee.toLongLong();
        row.currency = currencyId(query.value(7).toString());
    }
    const QVariant authenticity = query.value(8);
    if (!authenticity.isNull())
        row.authenticityPct = authenticity.toDouble();
    const QString niches = query.value(9).toString();
    row.niches = m_niches.ids.value(niches, noId);
    if (row.niches == noId)
        row.niches = internList(m_niches, niches, splitList(niches));
    const QString regions = query.value(10).toString();
    row.regions = m_regions.ids.value(regions, noId);
    if (row.regions == noId)
        row.regions = internList(m_regions, regions, splitList(regions));
    const QString languages = query.value(11).toString();
    row.languages = m_languages.ids.value(languages, noId);
    if (row.languages == noId)
        row.languages = internList(m_languages, languages, LanguageMatch::split(languages));
    row.kind = CandidateKind(std::clamp(query.value(12).toInt(), 0, int(CandidateKind::Koc)));
    m_rows.push_back(row);
}

void RankingRows::appendRecord(const RowReader &reader)
{
    // The same values as appendRecord(QSqlQuery) reads, without a QVariant or QString per value.
    RankingRow row;
    row.channelId = reader.integer(0);
    row.candidateId = reader.integer(1);
    row.platform = platformOfBytes(reader.text(2));
    row.followers = reader.isNull(3) ? -1 : reader.integer(3);
    if (!reader.isNull(4))
        row.engagementRatePct = reader.real(4);
    if (!reader.isNull(5))
        row.avgViews = reader.integer(5);
    if (!reader.isNull(6)) {
        row.feeMinor = reader.integer(6);
        row.currency = currencyIdOfBytes(reader.text(7));
    }
    if (!reader.isNull(8))
        row.authenticityPct = reader.real(8);
    row.niches = internBytes(m_niches, reader.text(9), ListKind::Plain);
    row.regions = internBytes(m_regions, reader.text(10), ListKind::Plain);
    row.languages = internBytes(m_languages, reader.text(11), ListKind::Languages);
    row.kind = CandidateKind(std::clamp(int(reader.integer(12)), 0, int(CandidateKind::Koc)));
    m_rows.push_back(row);
}

bool RankingRows::readInto(const QSqlDatabase &db, int chunkRows,
                           const std::function<void(const RankingRows &)> &onChunk, Error *error)
{
    // Issue 14: through QSqlQuery a million channels took seconds (a QVariant and a QString
    // per value); SQLite's rows are read raw. Another engine keeps the QSqlQuery path.
    if (!RowReader::sqliteHandle(db))
        return readThroughQSqlQuery(db, chunkRows, onChunk, error);
    RowReader reader(db, selectSql());
    while (reader.next()) {
        appendRecord(reader);
        handOnFullChunk(chunkRows, onChunk);
    }
    if (reader.failed())
        return failed(error, reader.errorText());
    onChunk(*this);
    return true;
}

bool RankingRows::readThroughQSqlQuery(const QSqlDatabase &db, int chunkRows,
                                       const std::function<void(const RankingRows &)> &onChunk, Error *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.exec(selectSql());
    while (ok && query.next()) {
        appendRecord(query);
        handOnFullChunk(chunkRows, onChunk);
    }
    if (!ok || query.lastError().isValid())
        return failed(error, query.lastError().text());
    onChunk(*this);
    return true;
}

} // namespace planner
