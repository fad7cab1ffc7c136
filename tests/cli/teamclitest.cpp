// "team init" against the real test server (issue 15, point 4): the planner and viewer roles,
// a viewer's write refused by the server through the CLI, a planner's write kept.
#include "teamclitestsupport.h"

namespace planner::test {
namespace {

class TeamCliTest : public TeamServerCliTest
{
protected:
    CliResult init() const
    {
        return run({QStringLiteral("--db"), m_team.m_uri, QStringLiteral("team"), QStringLiteral("init"),
                    QStringLiteral("--planner-role"), m_team.name(QStringLiteral("planner")),
                    QStringLiteral("--viewer-role"), m_team.name(QStringLiteral("viewer")),
                    QStringLiteral("--planner"), m_team.name(QStringLiteral("maya")),
                    QStringLiteral("--viewer"), m_team.name(QStringLiteral("budi"))});
    }

    CliResult addAs(const QString &user, const QString &name) const
    {
        return run({QStringLiteral("--db"), m_team.uriAs(user), QStringLiteral("candidates"),
                    QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--kind"),
                    QStringLiteral("creator"), QStringLiteral("--platform"), QStringLiteral("youtube"),
                    QStringLiteral("--followers"), QStringLiteral("85000")});
    }
};

TEST_F(TeamCliTest, InitMakesTheRolesOnceAndSaysWhatItDid)
{
    const CliResult first = init();
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QString planner = m_team.name(QStringLiteral("planner"));
    const QString viewer = m_team.name(QStringLiteral("viewer"));
    EXPECT_TRUE(first.out.contains(QStringLiteral("role %1 (read and edit): created; members added: %2\n")
                                       .arg(planner, m_team.name(QStringLiteral("maya")))))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("role %1 (read only): created; members added: %2\n")
                                       .arg(viewer, m_team.name(QStringLiteral("budi")))))
        << first.out.toStdString();
    const CliResult second = init();
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("role %1 (read and edit): already there").arg(planner)))
        << second.out.toStdString();
    EXPECT_TRUE(TestRoles::exists(viewer));
}

TEST_F(TeamCliTest, TheServerRefusesAViewersAddAndKeepsAPlannersAdd)
{
    ASSERT_EQ(init().exitCode, 0);
    const CliResult refused = addAs(QStringLiteral("budi"), QStringLiteral("Budi Santoso"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may only view the team database"))) << refused.err.toStdString();
    const CliResult kept = addAs(QStringLiteral("maya"), QStringLiteral("Nguyễn Thu Hà"));
    EXPECT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    const CliResult list = run({QStringLiteral("--db"), TestRoles::as(m_team.m_uri, m_team.name(QStringLiteral("budi"))),
                                QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("Nguyễn Thu Hà")));
    EXPECT_FALSE(list.out.contains(QStringLiteral("Budi Santoso")));
}

TEST_F(TeamCliTest, InitRefusesAFileAndAMissingUser)
{
    const CliResult onFile = runOnDb({QStringLiteral("team"), QStringLiteral("init")});
    EXPECT_EQ(onFile.exitCode, 1);
    EXPECT_TRUE(onFile.err.contains(QStringLiteral("team init needs a team database"))) << onFile.err.toStdString();
    const CliResult missing = run({QStringLiteral("--db"), m_team.m_uri, QStringLiteral("team"), QStringLiteral("init"),
                                   QStringLiteral("--planner-role"), m_team.name(QStringLiteral("planner")),
                                   QStringLiteral("--viewer-role"), m_team.name(QStringLiteral("viewer")),
                                   QStringLiteral("--viewer"), QStringLiteral("nobody_t15")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no login role “nobody_t15”"))) << missing.err.toStdString();
    EXPECT_FALSE(TestRoles::exists(m_team.name(QStringLiteral("planner"))));
}

} // namespace
} // namespace planner::test
