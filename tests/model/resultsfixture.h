#pragma once

#include "modeltestsupport.h"

#include "storage/campaignfile.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/resultstore.h"

namespace planner::test {

// A real campaign file with a campaign, for the tests of results after the campaign.
class ResultsTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        const QString address = m_place.create(m_backend, m_dir, QStringLiteral("results.sqlite"));
        ASSERT_FALSE(address.isEmpty());
        Error error;
        m_file = CampaignFile::open(address, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(m_file) << error.text().toStdString();
        m_campaignId = addCampaign(QStringLiteral("Tết skincare"));
    }

    void TearDown() override
    {
        m_file.reset();
        m_place.drop();
    }

    qint64 addCampaign(const QString &name)
    {
        Campaign campaign;
        campaign.name = name;
        campaign.budget = Money(100000, QStringLiteral("USD"));
        Error error;
        const auto id = m_file->campaigns().create(campaign, &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    // A candidate with one channel, put on the campaign's shortlist; the entry's id.
    qint64 addEntry(qint64 campaignId, const QString &name, const QString &handle, qint64 followers,
                    Platform platform = Platform::Instagram, double authenticityPct = 80.0,
                    DeliverableFormat format = DeliverableFormat::Post)
    {
        Channel channel = makeChannel(platform, handle, followers);
        channel.authenticityPct = authenticityPct;
        Error error;
        const auto candidateId =
            m_file->candidates().add(makeCandidate(name, CandidateKind::Influencer, {channel}), &error);
        EXPECT_TRUE(candidateId) << error.text().toStdString();
        ShortlistEntry entry;
        entry.campaignId = campaignId;
        entry.candidateId = candidateId.value_or(0);
        entry.platform = platform;
        entry.format = format;
        const auto entryId = m_file->campaigns().addEntry(entry, &error);
        EXPECT_TRUE(entryId) << error.text().toStdString();
        return entryId.value_or(0);
    }

    ResultStore &results() { return m_file->results(); }

    Backend m_backend = Backend::SQLite;
    TestDatabase m_place;
    std::unique_ptr<CampaignFile> m_file;
    qint64 m_campaignId = 0;
};

} // namespace planner::test
