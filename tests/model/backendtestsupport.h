#pragma once

#include "testsupport.h"

#include "storage/serveraddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace planner::test {

// The two engines a campaign database lives on: the suites that hold for both run on each
// (INSTANTIATE_ON_BOTH_BACKENDS).
enum class Backend { SQLite, PostgreSQL };

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::PostgreSQL ? "PostgreSQL" : "SQLite";
}

// Where one test's database lives: an SQLite file in the test's folder, or a schema of its
// own on the test server named by PLANNER_TEST_PG (scripts/pg-test-server.sh; the test command
// always sets it), dropped with everything in it when the test ends.
class TestDatabase
{
public:
    TestDatabase() = default;
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    ~TestDatabase() { drop(); }

    // The test server's URI, empty when none is given.
    static QString serverUri() { return qEnvironmentVariable("PLANNER_TEST_PG"); }

    // The address Database::open takes: a file name in dir, or the server's URI with a fresh
    // schema first in its search path. Empty (and a failure reported) when the schema could
    // not be made.
    QString create(Backend backend, const QTemporaryDir &dir, const QString &fileName)
    {
        if (backend == Backend::SQLite)
            return dir.filePath(fileName);
        static QAtomicInt serial;
        m_schema = QStringLiteral("test_%1_%2_%3")
                       .arg(QCoreApplication::applicationPid())
                       .arg(serial.fetchAndAddRelaxed(1))
                       .arg(QRandomGenerator::global()->bounded(1000000));
        if (!run(QStringLiteral("CREATE SCHEMA ") + m_schema)) {
            m_schema.clear();
            return {};
        }
        const QString uri = serverUri();
        return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("options=") + QString::fromLatin1(QUrl::toPercentEncoding(
                QStringLiteral("-c search_path=") + m_schema));
    }

    // Drops the schema (the connections to it must be closed first).
    void drop()
    {
        if (!m_schema.isEmpty())
            run(QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE"));
        m_schema.clear();
    }

    // One statement on a connection of its own to the test server (also for the window's
    // tests: a database of their own); a failure fails the test when reportFailure.
    static bool run(const QString &statement, bool reportFailure = true)
    {
        const QString name = QStringLiteral("test-server-admin");
        bool ok = false;
        {
            Error error;
            const auto address = ServerAddress::parse(serverUri(), &error);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            if (address)
                address->applyTo(db);
            QSqlQuery query(db);
            // Quiet: a drop lists every table it takes with it otherwise.
            ok = address && db.open() && query.exec(QStringLiteral("SET client_min_messages = warning"))
                && query.exec(statement);
            if (!ok && reportFailure)
                ADD_FAILURE() << statement.toStdString() << ": " << error.text().toStdString()
                              << db.lastError().text().toStdString() << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    QString m_schema;
};

// Runs a fixture's tests on both backends: TEST_P(OnBothBackends<Fixture>-alias, Name) and
// INSTANTIATE_ON_BOTH_BACKENDS(alias). The fixture opens its database at m_place's address for
// m_backend. Without a test server the PostgreSQL runs are skipped, saying so.
template <class Fixture>
class OnBothBackends : public Fixture, public ::testing::WithParamInterface<Backend>
{
protected:
    void SetUp() override
    {
        this->m_backend = this->GetParam();
        if (this->m_backend == Backend::PostgreSQL && TestDatabase::serverUri().isEmpty())
            GTEST_SKIP() << "PLANNER_TEST_PG is not set, so there is no PostgreSQL server to test on "
                            "(scripts/test.sh starts one: scripts/pg-test-server.sh)";
        Fixture::SetUp();
    }
};

#define INSTANTIATE_ON_BOTH_BACKENDS(Suite)                                                         \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                       \
                             ::testing::Values(::planner::test::Backend::SQLite,                    \
                                               ::planner::test::Backend::PostgreSQL),               \
                             ::planner::test::backendName)

} // namespace planner::test
