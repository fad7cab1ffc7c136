#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace planner {

// What differs between the two engines a campaign database lives on, an SQLite file or a
// team's PostgreSQL server: the one place for it. The stores write portable SQL; the schema
// is written once, in SQLite's words (Schema), and this translates it; how the schema's
// version is kept, how a write begins and how the id of an inserted row is read differ here.
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    // The dialect of a connection (by its Qt driver).
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &of(Engine engine);
    Engine engine() const { return m_engine; }
    // The Qt SQL driver: QSQLITE or QPSQL.
    QString driverName() const;

    // The statement that begins a write transaction.
    QString beginWrite() const;
    // Run once on every new connection (SQLite's foreign keys, write-ahead log, cache).
    QStringList connectionSettings() const;

    // The schema's version (0 before the first step), the mark that says the database is a
    // campaign database (Database::applicationId), and how many tables it holds at all.
    QString versionQuery() const;
    QString applicationIdQuery() const;
    QString tableCountQuery() const;
    // Run in a transaction of their own before the first step that is due: what the steps
    // need on this engine beyond the schema (PostgreSQL: the table holding the version, the
    // functions SQLite has built in).
    QStringList migrationSetup() const;
    // The first statement inside each step's transaction: one client migrates at a time
    // (SQLite's BEGIN IMMEDIATE already does that).
    QString migrationLock() const;
    // A step's statements as this engine runs them, then its version stamp.
    QStringList migrationStep(int version, const QStringList &statements) const;

    // A schema statement that only SQLite runs (its full-text index's own upkeep): marked
    // so, it is SELECT 1 on a server.
    static QString sqliteOnly(const QString &statement);
    // A schema statement that only a server runs (its change notifications): marked so, it
    // is SELECT 1 in a file.
    static QString serverOnly(const QString &statement);

    // The condition on candidate_search that keeps the candidates with a term beginning with
    // each typed word, binding searchValues: FTS5's MATCH on SQLite; on a server, where the
    // terms are plain spaced text, a LIKE ALL over " terms" with a pattern per word.
    // One condition whatever the number of words: a subquery per word, 570 of them for a long
    // name searched whole, never came back from the server's planner (570 semi-joins tied by
    // one equality: planning 64 words took 0.5 s, 128 5 s, 256 93 s), and a LIKE per word in
    // one subquery made 570 expressions for the server to compile (JIT, 0.2 s per search).
    // On a server the first (longest) word's pattern is asked once more on its own: a LIKE ALL
    // over an array is no index condition, a plain LIKE is one for schema 15's trigram index
    // on " terms" (issue 15: the search read every row of candidate_search).
    QString searchCondition() const;
    // What searchCondition binds for words (SearchTerms::fewestWords, longest first):
    // SearchTerms::matchQuery on SQLite; on a server the first word's "% word%" LIKE pattern
    // (a term that begins with the word follows a space), then every word's, written as
    // PostgreSQL's array text.
    QVariantList searchValues(const QStringList &words) const;
    // All of a search's candidate ids as one text of decimal ids parted by commas (or NULL
    // when none), binding searchValues: one value to read over the wire, not a row per id.
    QString searchIdsQuery() const;

    // The id of the row the insert just run on db gave (or was given).
    qint64 insertedId(const QSqlDatabase &db, const QSqlQuery &insert) const;

private:
    explicit SqlDialect(Engine engine);
    QStringList translated(const QString &statement) const;
    static QStringList searchIndexStatements(const QString &statement);

    Engine m_engine;
};

} // namespace planner
