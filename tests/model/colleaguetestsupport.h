#pragma once

#include "modeltestsupport.h"

#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/rowversion.h"

namespace planner::test {

// Two people at once (issue 15, point 3): the store test's database, and a colleague's own
// connection to the same one (an SQLite file, a PostgreSQL schema), opened as the window and
// the command line open a database (a CampaignFile: the connection and every store over it).
// This side has its campaign store too. A test opens it on both engines (OnBothBackends).
class ColleagueStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Error error;
        m_colleague = CampaignFile::open(m_path, Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(m_colleague) << error.text().toStdString();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
    }

    void TearDown() override
    {
        m_campaigns.reset();
        m_colleague.reset();
        StoreTest::TearDown();
    }

    // Who a write on the colleague's connection is recorded as.
    QString colleague() const { return RowVersion::currentUser(m_colleague->database().connection()); }

    std::unique_ptr<CampaignFile> m_colleague;
    std::unique_ptr<CampaignStore> m_campaigns;
};

} // namespace planner::test
