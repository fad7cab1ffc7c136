#pragma once

#include "backendtestsupport.h"

#include "storage/campaignfile.h"
#include "storage/teamroles.h"

#include <QRegularExpression>

namespace planner::test {

// Roles of a test's own on the test server, for "who may do what" (issue 15, point 4): roles
// belong to the whole server, so each test names its own (by process and a serial) and drops
// them, and their grants, when it ends. The test server trusts every user, so a test connects
// as any login role it made.
class TestRoles
{
public:
    TestRoles()
    {
        static int serial = 0;
        m_prefix = QStringLiteral("t15_%1_%2_").arg(QCoreApplication::applicationPid()).arg(serial++);
    }
    TestRoles(const TestRoles &) = delete;
    TestRoles &operator=(const TestRoles &) = delete;
    ~TestRoles() { dropAll(); }

    // A name of this test's own: prefix + what.
    QString name(const QString &what) const { return m_prefix + what; }
    // Makes a login role (and remembers to drop it).
    bool createLogin(const QString &what)
    {
        m_made << name(what);
        return TestDatabase::run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name(what)));
    }
    // Remembers a role made by the program, to drop it.
    void remember(const QString &role) { m_made << role; }

    // The address uri names, for another user.
    static QString as(const QString &uri, const QString &user)
    {
        return QString(uri).replace(QRegularExpression(QStringLiteral("//[^@/]*@")),
                                    QStringLiteral("//") + user + QLatin1Char('@'));
    }
    // Whether a role of that name is on the server.
    static bool exists(const QString &role)
    {
        return TestDatabase::run(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                " THEN RAISE EXCEPTION 'no role'; END IF; END $$")
                                     .arg(role),
                                 false);
    }

    // Drops every role remembered, with what was granted to it (the connections as those
    // roles must be closed first).
    void dropAll()
    {
        for (const QString &role : std::as_const(m_made))
            TestDatabase::run(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                             " THEN DROP OWNED BY %1; DROP ROLE %1; END IF; END $$")
                                  .arg(role));
        m_made.clear();
    }

private:
    QString m_prefix;
    QStringList m_made;
};

// What the team tests share: a schema of their own on the test server (m_uri, as its owner),
// the plan of group roles of their own, and two login roles, "maya" to be a planner and
// "budi" a viewer (name() gives their full names).
class TeamPlace
{
public:
    // Makes the schema and the login roles; false (the failure reported) when it could not.
    bool prepare(const QTemporaryDir &dir)
    {
        m_uri = m_place.create(Backend::PostgreSQL, dir, QString());
        m_plan.plannerRole = m_roles.name(QStringLiteral("planner"));
        m_plan.viewerRole = m_roles.name(QStringLiteral("viewer"));
        m_roles.remember(m_plan.plannerRole);
        m_roles.remember(m_plan.viewerRole);
        m_plan.planners = QStringList{name(QStringLiteral("maya"))};
        m_plan.viewers = QStringList{name(QStringLiteral("budi"))};
        return !m_uri.isEmpty() && m_roles.createLogin(QStringLiteral("maya"))
            && m_roles.createLogin(QStringLiteral("budi"));
    }
    // Drops the roles, then the schema (connections to them closed first).
    void drop()
    {
        m_roles.dropAll();
        m_place.drop();
    }

    QString name(const QString &what) const { return m_roles.name(what); }
    // The address for one of the login roles.
    QString uriAs(const QString &what) const { return TestRoles::as(m_uri, name(what)); }

    TestDatabase m_place;
    TestRoles m_roles;
    QString m_uri;
    TeamRoles::Plan m_plan;
};

// Opens (making it when missing) a campaign file or team database; fails the test when it cannot.
inline std::unique_ptr<CampaignFile> openCampaignFile(const QString &address)
{
    Error error;
    auto file = CampaignFile::open(address, Database::OpenMode::CreateIfMissing, &error);
    EXPECT_TRUE(file) << error.text().toStdString();
    return file;
}

// Skips a team test when no test server is given.
#define SKIP_WITHOUT_TEST_SERVER()                                                                   \
    if (::planner::test::TestDatabase::serverUri().isEmpty())                                       \
    GTEST_SKIP() << "PLANNER_TEST_PG is not set: no PostgreSQL server to make roles on"

// The model's team tests: a schema of their own on the test server (TeamPlace), opened as its
// owner (m_admin); skipped without a test server.
class TeamServerTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        SKIP_WITHOUT_TEST_SERVER();
        ASSERT_TRUE(m_team.prepare(m_dir));
        m_admin = openCampaignFile(m_team.m_uri);
        ASSERT_TRUE(m_admin);
    }

    void TearDown() override
    {
        m_admin.reset();
        m_team.drop();
        TempDirTest::TearDown();
    }

    TeamPlace m_team;
    std::unique_ptr<CampaignFile> m_admin;
};

} // namespace planner::test
