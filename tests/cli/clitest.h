#pragma once

#include "backendtestsupport.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <functional>

namespace planner::test {

// What one run of campaign-planner-cli did.
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QString out; // standard output, read as UTF-8
    QString err; // standard error, read as UTF-8
};

// Runs the built campaign-planner-cli in a fresh temporary folder that also holds its
// settings and data folders, in a UTF-8 C locale so numbers come out the same everywhere.
// Its database is an SQLite file in that folder, or (m_backend set before SetUp, as
// OnBothBackends does) a schema of its own on the test server.
class CliTest : public TempDirTest
{
protected:
    void SetUp() override;
    // What "--db" names: the SQLite file, or the server's URI with the test's schema.
    QString dbPath() const { return m_dbAddress; }
    // Whether the CLI has made the database (the file, or any table in the test's schema).
    bool databaseMade() const;
    // Removes the database (the file, or every table in the test's schema).
    bool removeDatabase();
    QProcessEnvironment environment() const;

    CliResult run(const QStringList &arguments) const;
    // Runs with "--db dbPath()" in front of the arguments.
    CliResult runOnDb(const QStringList &arguments) const;
    // Adds a candidate and returns the id it printed; fails the test when refused.
    qint64 add(const QStringList &arguments) const;
    // The rows of "candidates list --format csv" (header first), split as RFC 4180 says.
    QList<QStringList> csvRows(const QStringList &filterArguments = {}) const;
    // The names in a CSV list, header left out.
    QStringList csvNames(const QStringList &filterArguments) const;

    qint64 storedCandidateCount() const;
    qint64 storedRowCount() const;

    // Runs in each started CLI process just before it starts the program (limits, signals).
    std::function<void()> m_childSetup;
    Backend m_backend = Backend::SQLite;

private:
    // The test's schema on the server.
    QString schema() const;

    TestDatabase m_database;
    QString m_dbAddress;
};

} // namespace planner::test
