#include "planning/rankingrows.h"

#include "domain/languagematch.h"
#include "storage/readsnapshot.h"
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
    if (m_slots.empty())
        return std::nullopt;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (!slot.used)
            return std::nullopt;
        if (slot.hash == hash && slot.key == bytes)
            return slot.id;
    }
}

void RankingRows::ByteIds::insert(const QByteArray &bytes, quint64 hash, quint32 id)
{
    if ((m_used + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old(std::max<size_t>(64, m_slots.size() * 2));
        old.swap(m_slots);
        m_used = 0;
        for (Slot &slot : old) {
            if (slot.used)
                insert(slot.key, slot.hash, slot.id);
        }
    }
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_slots[i].used)
        i = (i + 1) & mask;
    // bytes may point into SQLite's row: the key stored is a copy of its own.
    m_slots[i] = Slot{hash, QByteArray(bytes.constData(), bytes.size()), id, true};
    ++m_used;
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
    return QStringLiteral("SELECT ch.id, ch.candidate_id, ch.platform, ch.followers,"
                          " ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency,"
                          " ch.authenticity_pct, c.niches, c.regions, ch.languages, ")
        + kindCase(QStringLiteral("c.kind"))
        + QStringLiteral(" FROM channels ch CROSS JOIN candidates c WHERE c.id = ch.candidate_id ORDER BY ch.id");
}

QString RankingRows::kindCase(const QString &column)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (CandidateKind kind : allKinds())
        sql.append(QStringLiteral(" WHEN '%1' THEN %2").arg(kindKey(kind), QString::number(int(kind))));
    sql.append(QStringLiteral(" ELSE %1 END").arg(int(CandidateKind::Influencer)));
    return sql;
}

QString RankingRows::channelSql()
{
    // The columns of selectSql() a channel holds itself, in the same places (9 to 11 apart).
    return QStringLiteral("SELECT id, candidate_id, platform, followers, engagement_rate_pct, avg_views,"
                          " fee_minor, currency, authenticity_pct, languages FROM channels ORDER BY id");
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

RankingRow RankingRows::channelRow(const RowReader &reader)
{
    // Columns 0 to 8, in the same places in selectSql() and channelSql().
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
    return row;
}

void RankingRows::appendRecord(const RowReader &reader)
{
    // The same values as appendRecord(QSqlQuery) reads, without a QVariant or QString per value.
    RankingRow row = channelRow(reader);
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
    // The candidates' texts by id, then the channels: two walks down two tables instead of
    // a look-up of each channel's candidate (a fifth of the read). Both see one state of
    // the file, as the join's single statement did.
    const ReadSnapshot snapshot(db);
    CandidateTexts candidates;
    QString reason;
    switch (readCandidates(db, candidates, &reason)) {
    case CandidatesRead::Failed: return failed(error, reason);
    case CandidatesRead::Sparse: return readJoined(db, chunkRows, onChunk, error);
    case CandidatesRead::Read: break;
    }
    RowReader reader(db, channelSql());
    while (reader.next()) {
        if (appendChannel(reader, candidates))
            handOnFullChunk(chunkRows, onChunk);
    }
    if (reader.failed())
        return failed(error, reader.errorText());
    onChunk(*this);
    return true;
}

bool RankingRows::readJoined(const QSqlDatabase &db, int chunkRows,
                             const std::function<void(const RankingRows &)> &onChunk, Error *error)
{
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

quint32 RankingRows::CandidateTexts::Lists::indexOf(const QByteArray &text)
{
    const quint64 hash = ByteIds::hashOf(text);
    if (const auto found = indexes.find(text, hash))
        return *found;
    const quint32 index = quint32(bytes.size());
    bytes.emplace_back(text.constData(), text.size());
    ids.push_back(noId);
    indexes.insert(text, hash, index);
    return index;
}

RankingRows::CandidatesRead RankingRows::readCandidates(const QSqlDatabase &db, CandidateTexts &texts,
                                                        QString *reason)
{
    // A slot per candidate id: only for ids from 0 to a few times the channels' (any real
    // file); a file of far-apart ids is read with the join instead.
    const auto bound = [&](const QString &sql, qint64 &value) {
        RowReader reader(db, sql);
        if (!reader.next()) {
            *reason = reader.errorText();
            return false;
        }
        value = reader.isNull(0) ? 0 : reader.integer(0);
        return true;
    };
    qint64 smallest = 0;
    qint64 largest = 0;
    qint64 largestChannel = 0;
    if (!bound(QStringLiteral("SELECT min(id) FROM candidates"), smallest)
        || !bound(QStringLiteral("SELECT max(id) FROM candidates"), largest)
        || !bound(QStringLiteral("SELECT max(id) FROM channels"), largestChannel))
        return CandidatesRead::Failed;
    if (smallest < 0 || largest >= (qint64(1) << 26) || largest > 4 * std::max<qint64>(largestChannel, 0) + 4096)
        return CandidatesRead::Sparse;
    const size_t perId = size_t(largest) + 1;
    texts.niches.ofCandidate.assign(perId, noId);
    texts.regions.ofCandidate.assign(perId, noId);
    texts.kinds.assign(perId, 0);
    RowReader reader(db, QStringLiteral("SELECT id, niches, regions, ") + kindCase(QStringLiteral("kind"))
                             + QStringLiteral(" FROM candidates"));
    while (reader.next()) {
        const qint64 id = reader.integer(0);
        if (id < 0 || id > largest)
            continue; // added since the bounds were read: cannot be, in one read transaction
        texts.niches.ofCandidate[size_t(id)] = texts.niches.indexOf(reader.text(1));
        texts.regions.ofCandidate[size_t(id)] = texts.regions.indexOf(reader.text(2));
        texts.kinds[size_t(id)] = quint8(std::clamp(int(reader.integer(3)), 0, int(CandidateKind::Koc)));
    }
    if (reader.failed()) {
        *reason = reader.errorText();
        return CandidatesRead::Failed;
    }
    return CandidatesRead::Read;
}

quint32 RankingRows::listId(TextIds &texts, CandidateTexts::Lists &lists, quint32 index)
{
    quint32 &id = lists.ids[index];
    if (id == noId)
        id = internBytes(texts, lists.bytes[index], ListKind::Plain);
    return id;
}

bool RankingRows::appendChannel(const RowReader &reader, CandidateTexts &candidates)
{
    // As the join: a channel whose candidate id names no candidate is left out (an id stored
    // as text or a fraction names none either).
    if (!reader.isInteger(1))
        return false;
    const qint64 candidateId = reader.integer(1);
    if (candidateId < 0 || size_t(candidateId) >= candidates.kinds.size())
        return false;
    const quint32 niches = candidates.niches.ofCandidate[size_t(candidateId)];
    if (niches == noId)
        return false;
    RankingRow row = channelRow(reader);
    row.niches = listId(m_niches, candidates.niches, niches);
    row.regions = listId(m_regions, candidates.regions, candidates.regions.ofCandidate[size_t(candidateId)]);
    row.languages = internBytes(m_languages, reader.text(9), ListKind::Languages);
    row.kind = CandidateKind(candidates.kinds[size_t(candidateId)]);
    m_rows.push_back(row);
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
