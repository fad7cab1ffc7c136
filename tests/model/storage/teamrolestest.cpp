// Who may do what on a team database (issue 15, point 4), against the real test server:
// TeamRoles::init makes the planner and viewer roles and their grants, and the server itself
// refuses a viewer's write, said so in words a marketer reads.
#include "modeltestsupport.h"
#include "teamrolestestsupport.h"

#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/teamroles.h"

namespace planner::test {
namespace {

class TeamRolesTest : public TeamServerTest
{
protected:
    std::unique_ptr<CampaignFile> openAs(const QString &what) const { return openCampaignFile(m_team.uriAs(what)); }

    void initRoles()
    {
        Error error;
        ASSERT_TRUE(TeamRoles::init(m_admin->database(), m_team.m_plan, &error)) << error.text().toStdString();
    }

    static Candidate creator(const QString &name)
    {
        return makeCandidate(name, CandidateKind::Creator, {makeChannel(Platform::YouTube, name, 85000)});
    }
};

TEST_F(TeamRolesTest, AViewerReadsButTheServerRefusesItsWrites)
{
    ASSERT_TRUE(m_admin->candidates().add(creator(QStringLiteral("Nguyễn Thu Hà"))));
    initRoles();
    auto viewer = openAs(QStringLiteral("budi"));
    ASSERT_TRUE(viewer);
    EXPECT_FALSE(TeamRoles::mayEdit(viewer->database()));
    EXPECT_EQ(viewer->candidates().candidateCount(), 1);

    Error error;
    EXPECT_FALSE(viewer->candidates().add(creator(QStringLiteral("Budi Santoso")), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("may only view the team database"))) << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(m_team.name(QStringLiteral("budi")))) << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("permission denied"))) << error.text().toStdString();

    Campaign campaign;
    campaign.name = QStringLiteral("Tết launch");
    campaign.budget = Money(30000000, QStringLiteral("VND"));
    error = Error();
    EXPECT_FALSE(viewer->campaigns().create(campaign, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("may only view the team database"))) << error.text().toStdString();
    // Nothing reached the server.
    EXPECT_EQ(m_admin->candidates().candidateCount(), 1);
    EXPECT_TRUE(m_admin->campaigns().campaigns().isEmpty());
}

TEST_F(TeamRolesTest, APlannerReadsAndEdits)
{
    initRoles();
    auto planner = openAs(QStringLiteral("maya"));
    ASSERT_TRUE(planner);
    EXPECT_TRUE(TeamRoles::mayEdit(planner->database()));
    Error error;
    const std::optional<qint64> id = planner->candidates().add(creator(QStringLiteral("Dewi Lestari")), &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    Candidate changed = *planner->candidates().find(*id);
    changed.notes = QStringLiteral("ưu tiên");
    EXPECT_TRUE(planner->candidates().update(changed, &error)) << error.text().toStdString();
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan");
    campaign.budget = Money(5000000, QStringLiteral("IDR"));
    EXPECT_TRUE(planner->campaigns().create(campaign, &error)) << error.text().toStdString();
    EXPECT_TRUE(planner->candidates().remove(*id, &error)) << error.text().toStdString();
    EXPECT_EQ(m_admin->campaigns().campaigns().size(), 1);
}

TEST_F(TeamRolesTest, RunningItTwiceChangesNothingAndSaysTheRolesWereThere)
{
    initRoles();
    Error error;
    const auto again = TeamRoles::init(m_admin->database(), m_team.m_plan, &error);
    ASSERT_TRUE(again) << error.text().toStdString();
    EXPECT_FALSE(again->plannerRoleCreated);
    EXPECT_FALSE(again->viewerRoleCreated);
    auto viewer = openAs(QStringLiteral("budi"));
    ASSERT_TRUE(viewer);
    EXPECT_FALSE(TeamRoles::mayEdit(viewer->database()));
}

TEST_F(TeamRolesTest, AMissingLoginRoleIsNamedAndNothingIsCreated)
{
    m_team.m_plan.viewers << m_team.name(QStringLiteral("nobody"));
    Error error;
    EXPECT_FALSE(TeamRoles::init(m_admin->database(), m_team.m_plan, &error));
    EXPECT_TRUE(error.message.contains(m_team.name(QStringLiteral("nobody")))) << error.text().toStdString();
    EXPECT_FALSE(TestRoles::exists(m_team.m_plan.plannerRole));
    EXPECT_FALSE(TestRoles::exists(m_team.m_plan.viewerRole));
}

TEST_F(TeamRolesTest, AUserWhoMayNotCreateRolesOrOwnTheTablesIsToldSo)
{
    initRoles();
    auto planner = openAs(QStringLiteral("maya"));
    ASSERT_TRUE(planner);
    Error error;
    EXPECT_FALSE(TeamRoles::init(planner->database(), m_team.m_plan, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not own"))) << error.text().toStdString();

    // A user who owns the tables but may not create roles.
    ASSERT_TRUE(TestDatabase::run(QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(m_team.name(QStringLiteral("maya")))));
    TeamRoles::Plan other = m_team.m_plan;
    other.plannerRole = m_team.name(QStringLiteral("other"));
    m_team.m_roles.remember(other.plannerRole);
    ASSERT_TRUE(TestDatabase::run(QStringLiteral("GRANT planner TO %1").arg(m_team.name(QStringLiteral("maya")))));
    error = Error();
    EXPECT_FALSE(TeamRoles::init(planner->database(), other, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("may not create roles"))) << error.text().toStdString();
    EXPECT_FALSE(TestRoles::exists(other.plannerRole));
}

TEST_F(TeamRolesTest, RoleNamesThatAreNotPlainWordsAreRefused)
{
    m_team.m_plan.viewerRole = QStringLiteral("viewer; DROP TABLE candidates");
    Error error;
    EXPECT_FALSE(TeamRoles::init(m_admin->database(), m_team.m_plan, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("cannot name a role"))) << error.text().toStdString();
    EXPECT_FALSE(TeamRoles::isRoleName(QStringLiteral("Viewer")));
    EXPECT_FALSE(TeamRoles::isRoleName(QStringLiteral("1viewer")));
    EXPECT_TRUE(TeamRoles::isRoleName(QStringLiteral("campaign_viewer")));
}

TEST_F(TeamRolesTest, AFileHasNoRolesAndMayAlwaysBeEdited)
{
    auto file = openCampaignFile(filePath(QStringLiteral("own.sqlite")));
    ASSERT_TRUE(file);
    EXPECT_TRUE(TeamRoles::mayEdit(file->database()));
    Error error;
    EXPECT_FALSE(TeamRoles::init(file->database(), m_team.m_plan, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("team database"))) << error.text().toStdString();
}

} // namespace
} // namespace planner::test
