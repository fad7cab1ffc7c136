#pragma once

#include "modeltestsupport.h"

#include "storage/schema.h"
#include "storage/sqldialect.h"

namespace planner::test {

// A database of an earlier schema on either engine, at a TestDatabase's address: the server's
// setup and the steps up to version as that engine runs them (SqlDialect::migrationStep, which
// stamps each version; on a file also as ours), then rows; not opened. False (with a test
// failure) when a statement fails.
inline bool makeDatabaseOfSchema(const QString &address, Backend backend, int version, const QStringList &rows)
{
    const SqlDialect &dialect = SqlDialect::of(backend == Backend::PostgreSQL ? SqlDialect::Engine::PostgreSQL
                                                                              : SqlDialect::Engine::SQLite);
    QStringList statements = dialect.migrationSetup();
    for (int step = 1; step <= version; ++step)
        statements += dialect.migrationStep(step, Schema::migrationStep(step));
    return runSqlOnFile(address, statements + rows);
}

// A file of an earlier schema, as that version's program left it (makeDatabaseOfSchema on
// SQLite), then opened, so upgraded to the current schema. Null (with a test failure) when
// it cannot.
inline std::unique_ptr<Database> openFileOfSchema(const QString &path, int version, const QStringList &rows)
{
    Error error;
    auto database = makeDatabaseOfSchema(path, Backend::SQLite, version, rows)
        ? Database::open(path, Database::OpenMode::ExistingOnly, &error) : nullptr;
    EXPECT_TRUE(database) << error.text().toStdString();
    return database;
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
