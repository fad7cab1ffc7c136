#pragma once

#include "modeltestsupport.h"

#include "storage/campaignstore.h"
#include "storage/rowversion.h"

namespace planner::test {

// Two people at once (issue 15, point 3): the store test's database, and a colleague's own
// connection to the same one (an SQLite file, a PostgreSQL schema), with each side's
// campaign store. A test opens it on both engines (OnBothBackends).
class ColleagueStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Error error;
        m_colleagueDatabase = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(m_colleagueDatabase) << error.text().toStdString();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
        m_colleagueCampaigns = std::make_unique<CampaignStore>(*m_colleagueDatabase);
    }

    void TearDown() override
    {
        m_campaigns.reset();
        m_colleagueCampaigns.reset();
        m_colleagueDatabase.reset();
        StoreTest::TearDown();
    }

    // Who a write on the colleague's connection is recorded as.
    QString colleague() const { return RowVersion::currentUser(m_colleagueDatabase->connection()); }

    std::unique_ptr<Database> m_colleagueDatabase;
    std::unique_ptr<CampaignStore> m_campaigns;
    std::unique_ptr<CampaignStore> m_colleagueCampaigns;
};

} // namespace planner::test
