#pragma once

#include "clitest.h"
#include "teamrolestestsupport.h"

namespace planner::test {

// The CLI's team tests: a schema of their own on the test server and login roles
// (TeamPlace), dropped when the test ends; skipped without a test server.
class TeamServerCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        SKIP_WITHOUT_TEST_SERVER();
        ASSERT_TRUE(m_team.prepare(m_dir));
    }

    void TearDown() override
    {
        m_team.drop();
        CliTest::TearDown();
    }

    TeamPlace m_team;
};

} // namespace planner::test
