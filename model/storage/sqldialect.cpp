#include "storage/sqldialect.h"

#include "storage/database.h"
#include "storage/searchterms.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

namespace planner {

namespace {

const QLatin1String sqliteOnlyMark("/* SQLite only */ ");
const QLatin1String serverOnlyMark("/* PostgreSQL only */ ");

// Gives a row whose id is left out or NULL the next id of its table (SQLite's INTEGER PRIMARY
// KEY does so), moves the sequence past an id given explicitly (undo puts a row back under
// its old id), and notes the id for insertedId(), as SQLite's last_insert_rowid() does.
// A bulk load (the import over COPY) takes every id from the sequences itself and says so
// with planner.bulk_load for its transaction: its rows skip the look-ups, which cost
// about 150 µs a row.
const char *const rowIdFunction = R"(CREATE OR REPLACE FUNCTION planner_row_id() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    sequence_name text;
    highest bigint;
    called boolean;
BEGIN
    IF current_setting('planner.bulk_load', true) = 'on' THEN
        RETURN NEW;
    END IF;
    sequence_name := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id');
    IF NEW.id IS NULL THEN
        NEW.id := nextval(sequence_name);
    ELSE
        -- A sequence never called holds its first value not yet given: an id equal to it
        -- must move it on too, or the next insert is given the same id.
        EXECUTE 'SELECT last_value, is_called FROM ' || sequence_name INTO highest, called;
        IF NEW.id > highest OR (NOT called AND NEW.id = highest) THEN
            PERFORM setval(sequence_name, NEW.id);
        END IF;
    END IF;
    PERFORM set_config('planner.last_id', NEW.id::text, false);
    RETURN NEW;
END
$body$)";

} // namespace

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{
}

const SqlDialect &SqlDialect::of(Engine engine)
{
    static const SqlDialect sqlite(Engine::SQLite);
    static const SqlDialect postgresql(Engine::PostgreSQL);
    return engine == Engine::PostgreSQL ? postgresql : sqlite;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    const bool server = db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return of(server ? Engine::PostgreSQL : Engine::SQLite);
}

QString SqlDialect::driverName() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::beginWrite() const
{
    // SQLite: take the write lock at once, so a write never fails half way for a lock.
    return m_engine == Engine::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqlDialect::connectionSettings() const
{
    if (m_engine == Engine::PostgreSQL)
        return {QStringLiteral("SET client_min_messages = warning")};
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Write-ahead logging: the table keeps a read open while the marketer scrolls, and the
        // CLI or another window must still be able to write meanwhile.
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // A 64 MB page cache: the indexes of a large list are written in random order, and
        // SQLite's default 2 MB cache makes bulk writes spill to disk over and over.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
}

QString SqlDialect::versionQuery() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("SELECT version FROM planner_schema")
                                          : QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::applicationIdQuery() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("SELECT application_id FROM planner_schema")
                                          : QStringLiteral("PRAGMA application_id");
}

QString SqlDialect::tableCountQuery() const
{
    // On a server the database's current schema (search_path) is the campaign database.
    return m_engine == Engine::PostgreSQL
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QStringList SqlDialect::migrationSetup() const
{
    if (m_engine == Engine::SQLite)
        return {};
    return {
        migrationLock(),
        QStringLiteral("CREATE TABLE IF NOT EXISTS planner_schema ("
                       " application_id BIGINT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO planner_schema (application_id, version) SELECT %1, 0"
                       " WHERE NOT EXISTS (SELECT 1 FROM planner_schema)")
            .arg(Database::applicationId),
        QString::fromUtf8(rowIdFunction),
        // SQLite's instr(): the position of a text in another, 0 when it is not there.
        QStringLiteral("CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer"
                       " LANGUAGE sql IMMUTABLE AS 'SELECT strpos($1, $2)'"),
    };
}

QString SqlDialect::migrationLock() const
{
    return m_engine == Engine::PostgreSQL
        ? QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")
        : QString();
}

QStringList SqlDialect::migrationStep(int version, const QStringList &statements) const
{
    if (m_engine == Engine::SQLite) {
        QStringList fileStatements;
        for (const QString &statement : statements)
            fileStatements << (statement.startsWith(serverOnlyMark) ? QStringLiteral("SELECT 1") : statement);
        return fileStatements
            + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(version),
                          QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)};
    }
    QStringList translatedStatements;
    for (const QString &statement : statements)
        translatedStatements += translated(statement);
    return translatedStatements << QStringLiteral("UPDATE planner_schema SET version = %1").arg(version);
}

QString SqlDialect::serverOnly(const QString &statement)
{
    return serverOnlyMark + statement;
}

QString SqlDialect::sqliteOnly(const QString &statement)
{
    return sqliteOnlyMark + statement;
}

QStringList SqlDialect::translated(const QString &statement) const
{
    if (statement.startsWith(sqliteOnlyMark))
        return {QStringLiteral("SELECT 1")};
    if (statement.startsWith(serverOnlyMark))
        return {statement.mid(serverOnlyMark.size())};
    // Only table definitions differ: SQLite's types and its rowid tables. Seeded texts and
    // data statements are left exactly as written.
    if (const QStringList search = searchIndexStatements(statement); !search.isEmpty())
        return search;
    static const QRegularExpression tableDefinition(QStringLiteral("^(CREATE|ALTER) TABLE (\\w+)"));
    const QRegularExpressionMatch table = tableDefinition.match(statement);
    if (!table.hasMatch())
        return {statement};
    QString sql = statement;
    static const QRegularExpression rowId(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    const bool hasRowId = sql.contains(rowId);
    sql.replace(rowId, QStringLiteral("id BIGSERIAL PRIMARY KEY"));
    // SQLite's INTEGER holds 64 bits (amounts in rial or dong need them), its REAL is a double.
    sql.replace(QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT"));
    sql.replace(QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION"));
    sql.replace(QStringLiteral(" WITHOUT ROWID"), QString());
    QStringList out{sql};
    if (hasRowId && table.captured(1) == QLatin1String("CREATE")) {
        out << QStringLiteral("CREATE TRIGGER %1_row_id BEFORE INSERT ON %1 FOR EACH ROW"
                              " EXECUTE FUNCTION planner_row_id()")
                   .arg(table.captured(2));
    }
    return out;
}

QStringList SqlDialect::searchIndexStatements(const QString &statement)
{
    // Schema 9's full-text index is SQLite's FTS5. A server keeps the same terms in a plain
    // table (searched with LIKE: SqlDialect::searchCondition), and forgets a removed
    // candidate's terms with a trigger of its own kind.
    if (statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE candidate_search")))
        return {QStringLiteral("CREATE TABLE candidate_search (rowid BIGINT PRIMARY KEY, terms TEXT NOT NULL)")};
    if (statement.startsWith(QLatin1String("CREATE TRIGGER candidate_search_forget"))) {
        return {QStringLiteral("CREATE OR REPLACE FUNCTION planner_search_forget() RETURNS trigger"
                               " LANGUAGE plpgsql AS $body$ BEGIN"
                               " DELETE FROM candidate_search WHERE rowid = OLD.id; RETURN OLD; END $body$"),
                QStringLiteral("CREATE TRIGGER candidate_search_forget AFTER DELETE ON candidates"
                               " FOR EACH ROW EXECUTE FUNCTION planner_search_forget()")};
    }
    if (statement.contains(QLatin1String("group_concat(")))
        return {QString(statement).replace(QLatin1String("group_concat("), QLatin1String("string_agg("))};
    return {};
}

QString SqlDialect::searchCondition() const
{
    // LIKE's escape character is the backslash unless said otherwise (likePattern's).
    return m_engine == Engine::PostgreSQL
        ? QStringLiteral("(' ' || terms) LIKE ? AND (' ' || terms) LIKE ALL (CAST(? AS text[]))")
        : QStringLiteral("candidate_search MATCH ?");
}

QString SqlDialect::searchIdsQuery() const
{
    return QStringLiteral("SELECT string_agg(CAST(rowid AS text), ',') FROM candidate_search WHERE ")
        + searchCondition();
}

QVariantList SqlDialect::searchValues(const QStringList &words) const
{
    if (m_engine == Engine::SQLite)
        return {SearchTerms::matchQuery(words)};
    QStringList patterns;
    QStringList elements;
    for (const QString &word : words) {
        QString escaped = word; // for LIKE: its wildcards and escape character as letters
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        QString element = QLatin1String("% ") + escaped + QLatin1Char('%');
        patterns << element;
        // For the array's text: quoted, its backslashes and quotes escaped, any text is one
        // element (commas, braces, spaces and the word NULL included).
        element.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        elements << QLatin1Char('"') + element + QLatin1Char('"');
    }
    return {patterns.value(0), QString(QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}'))};
}

qint64 SqlDialect::insertedId(const QSqlDatabase &db, const QSqlQuery &insert) const
{
    if (m_engine == Engine::SQLite)
        return insert.lastInsertId().toLongLong();
    // QPSQL's lastInsertId() is a row's OID, which tables no longer have.
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT current_setting('planner.last_id', true)")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace planner
