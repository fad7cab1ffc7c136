#include "storage/candidaterowcursor.h"

#include "domain/languagematch.h"
#include "storage/candidaterowbytes.h"
#include "storage/rowreader.h"

#include <QDir>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace planner {

namespace {

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
}

// A text column as QSqlQuery reads it: a NULL as a null string.
QString textOf(const RowReader &reader, int column)
{
    return reader.isNull(column) ? QString() : QString::fromUtf8(reader.text(column));
}

std::optional<double> optionalDouble(const RowReader &reader, int column)
{
    if (reader.isNull(column))
        return std::nullopt;
    return reader.real(column);
}

std::optional<qint64> optionalInteger(const RowReader &reader, int column)
{
    if (reader.isNull(column))
        return std::nullopt;
    return reader.integer(column);
}

} // namespace

CandidateRowCursor::CandidateRowCursor(const QSqlDatabase &db, const QString &sql,
                                       const QVariantList &values)
    : m_sql(sql)
    , m_values(values)
    , m_file(db.databaseName())
{
    // SQLite steps through the rows one by one. A server's rows are read a page at a time
    // by KeysetRowCursor instead: there a forward-only query loses its rows to any other
    // query on the connection. Subclasses read their own rows (no sql here).
    if (!sql.isEmpty())
        m_db = db;
}

CandidateRowCursor::~CandidateRowCursor()
{
    finishReader();
}

void CandidateRowCursor::finishReader()
{
    if (!m_reader)
        return;
    sqlite3 *const handle = m_reader->hasStatement() ? m_reader->handle() : nullptr;
    m_reader.reset(); // finalizes the statement
    // Qt closes a file with sqlite3_close, which leaves the file open while a statement of
    // ours is: the connection then no longer has this handle, and closing it is left to us.
    if (handle && RowReader::sqliteHandle(m_db) != handle)
        sqlite3_close(handle);
}

bool CandidateRowCursor::run(int limit)
{
    m_limit = limit;
    // A query SQLite cannot even prepare (a table gone from a damaged file) says why here.
    m_reader = std::make_unique<RowReader>(
        m_db, limit > 0 ? m_sql + QStringLiteral(" LIMIT %1").arg(limit) : m_sql, m_values);
    if (m_reader->failed()) {
        noteFailure();
        return false;
    }
    // A query run again without its limit starts over: skip what was handed out.
    for (int skipped = 0; limit == 0 && skipped < m_delivered; ++skipped) {
        if (!m_reader->next()) {
            noteFailure();
            return false;
        }
    }
    return true;
}

void CandidateRowCursor::noteFailure()
{
    if (m_reader)
        noteFailure(*m_reader);
}

void CandidateRowCursor::noteFailure(const RowReader &reader)
{
    // next() answers false both at the end and on an error: only failed() tells them apart.
    if (!reader.failed() || failed())
        return;
    //: %1 the database file, %2 SQLite's reason
    m_error.message = tr("The candidates could not be read from “%1”: %2")
                          .arg(QDir::toNativeSeparators(m_file), reader.errorText());
}

void CandidateRowCursor::noteFailure(const QSqlQuery &query)
{
    // next() answers false both at the end and on an error: only lastError tells them apart.
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError || failed())
        return;
    //: %1 the database file, %2 SQLite's reason
    m_error.message = tr("The candidates could not be read from “%1”: %2")
                          .arg(QDir::toNativeSeparators(m_file), error.text());
}

bool CandidateRowCursor::step()
{
    if (m_reader->next())
        return true;
    noteFailure();
    const bool limitReached = m_limit > 0 && m_delivered >= m_limit;
    finishReader();
    if (failed() || !limitReached || !run(0))
        return false;
    if (m_reader->next())
        return true;
    noteFailure();
    return false;
}

CandidateRow CandidateRowCursor::rowFromRecord(const QSqlQuery &query)
{
    // Column order is fixed by CandidateStore's row query.
    CandidateRow row;
    row.channel.id = query.value(0).toLongLong();
    row.candidateId = query.value(1).toLongLong();
    row.name = query.value(2).toString();
    row.kind = kindFromKey(query.value(3).toString()).value_or(CandidateKind::Influencer);
    row.channel.platform = platformFromKey(query.value(4).toString()).value_or(Platform::Instagram);
    row.channel.handle = query.value(5).toString();
    row.channel.followers = optionalInteger(query.value(6));
    row.channel.engagementRatePct = optionalDouble(query.value(7));
    row.channel.avgViews = optionalInteger(query.value(8));
    if (!query.value(9).isNull())
        row.channel.fee = Money(query.value(9).toLongLong(), query.value(10).toString());
    row.channel.authenticityPct = optionalDouble(query.value(11));
    row.niches = splitList(query.value(12).toString());
    row.regions = splitList(query.value(13).toString());
    row.channel.languages = LanguageMatch::split(query.value(14).toString());
    return row;
}

CandidateRow CandidateRowCursor::rowFromReader(const RowReader &reader)
{
    // As rowFromRecord, column for column.
    CandidateRow row;
    row.channel.id = reader.integer(0);
    row.candidateId = reader.integer(1);
    row.name = textOf(reader, 2);
    // Kind and platform from their key's bytes: no QString for a key as stored.
    row.kind = CandidateRowBytes::kindFromUtf8(reader.text(3)).value_or(CandidateKind::Influencer);
    row.channel.platform = CandidateRowBytes::platformFromUtf8(reader.text(4)).value_or(Platform::Instagram);
    row.channel.handle = textOf(reader, 5);
    row.channel.followers = optionalInteger(reader, 6);
    row.channel.engagementRatePct = optionalDouble(reader, 7);
    row.channel.avgViews = optionalInteger(reader, 8);
    if (!reader.isNull(9))
        row.channel.fee = Money(reader.integer(9), textOf(reader, 10));
    row.channel.authenticityPct = optionalDouble(reader, 11);
    row.niches = splitList(textOf(reader, 12));
    row.regions = splitList(textOf(reader, 13));
    row.channel.languages = LanguageMatch::split(textOf(reader, 14));
    return row;
}

bool CandidateRowCursor::ready(int count)
{
    if (!m_atEnd && !m_reader && m_delivered == 0 && !run(count))
        m_atEnd = true;
    // A connection closed (or opened again) since the query ran: its rows are gone, as a
    // QSqlQuery's were.
    if (!m_atEnd && m_reader && RowReader::sqliteHandle(m_db) != m_reader->handle()) {
        m_atEnd = true;
        finishReader();
    }
    return !m_atEnd;
}

QList<CandidateRow> CandidateRowCursor::fetch(int count)
{
    QList<CandidateRow> rows;
    // Growing the list row by row moved every row about twice more (a tenth of an export).
    rows.reserve(std::max(count, 0));
    ready(count);
    while (!m_atEnd && rows.size() < count) {
        if (!step()) {
            m_atEnd = true;
            finishReader();
            break;
        }
        rows.append(rowFromReader(*m_reader));
        ++m_delivered;
    }
    return rows;
}

qsizetype CandidateRowCursor::visit(int count, CandidateRowVisitor &visitor)
{
    // A subclass reads its own rows (no sql here).
    if (m_sql.isEmpty()) {
        const QList<CandidateRow> rows = fetch(count);
        for (const CandidateRow &row : rows)
            visitor.visit(row);
        return rows.size();
    }
    qsizetype visited = 0;
    // One reader of rows in place for the batch, so what it keeps between rows (the last
    // currency) is made once; made again when step() runs the query again.
    std::optional<CandidateRowBytes> row;
    const RowReader *rowReader = nullptr;
    ready(count);
    while (!m_atEnd && visited < count) {
        if (!step()) {
            m_atEnd = true;
            finishReader();
            break;
        }
        if (rowReader != m_reader.get()) {
            row.reset();
            row.emplace(*m_reader);
            rowReader = m_reader.get();
        }
        visitor.visit(*row);
        ++visited;
        ++m_delivered;
    }
    return visited;
}

} // namespace planner
