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

} // namespace planner::test
