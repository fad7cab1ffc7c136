#pragma once

#include "modeltestsupport.h"

#include "storage/schema.h"
#include "storage/sqldialect.h"

namespace planner::test {

// A file of an earlier schema, as that version's program left it: the migration steps up to
// version, then rows (statements writing its data), marked with that version and as ours;
// then opened, so upgraded to the current schema. Null (with a test failure) when it cannot.
inline std::unique_ptr<Database> openFileOfSchema(const QString &path, int version, const QStringList &rows)
{
    // Each step as the file's engine runs it (from schema 10 on, some are for one engine only).
    const SqlDialect &sqlite = SqlDialect::of(SqlDialect::Engine::SQLite);
    QStringList statements;
    for (int step = 1; step <= version; ++step)
        statements << sqlite.migrationStep(step, Schema::migrationStep(step));
    statements << rows << QStringLiteral("PRAGMA user_version = %1").arg(version)
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    Error error;
    auto database = runSqlOnFile(path, statements)
        ? Database::open(path, Database::OpenMode::ExistingOnly, &error) : nullptr;
    EXPECT_TRUE(database) << error.text().toStdString();
    return database;
}

// The same on either engine, at a TestDatabase's address: the server's setup and the steps
// up to version as that engine runs them (SqlDialect::migrationStep, which stamps each
// version), then rows; not opened. False (with a test failure) when a statement fails.
inline bool makeDatabaseOfSchema(const QString &address, Backend backend, int version, const QStringList &rows)
{
    const SqlDialect &dialect = SqlDialect::of(backend == Backend::PostgreSQL ? SqlDialect::Engine::PostgreSQL
                                                                              : SqlDialect::Engine::SQLite);
    QStringList statements = dialect.migrationSetup();
    for (int step = 1; step <= version; ++step)
        statements += dialect.migrationStep(step, Schema::migrationStep(step));
    return runSqlOnFile(address, statements + rows);
}

// A suite that upgrades a database of an earlier schema on both engines
// (OnBothBackends<SchemaUpgradeFixture>, makeDatabaseOfSchema at m_place's address).
class SchemaUpgradeFixture : public TempDirTest
{
protected:
    Backend m_backend = Backend::SQLite;
    TestDatabase m_place;

    const SqlDialect &dialect() const
    {
        return SqlDialect::of(m_backend == Backend::PostgreSQL ? SqlDialect::Engine::PostgreSQL
                                                               : SqlDialect::Engine::SQLite);
    }
};

} // namespace planner::test
