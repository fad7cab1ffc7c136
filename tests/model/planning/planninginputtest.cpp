// The open campaign file the window and the CLI share (storage/campaignfile), and what
// planning reads of it (planning/planninginput).
#include "modeltestsupport.h"

#include "planning/planninginput.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

namespace planner::test {
namespace {

class CampaignFileTest : public TempDirTest
{
protected:
    std::unique_ptr<CampaignFile> open(Error *error)
    {
        return CampaignFile::open(filePath(QStringLiteral("file.sqlite")),
                                  Database::OpenMode::CreateIfMissing, error);
    }
};

TEST_F(CampaignFileTest, OwnsOneDatabaseAndEveryStoreOfIt)
{
    Error error;
    auto file = open(&error);
    ASSERT_TRUE(file) << error.text().toStdString();
    EXPECT_EQ(file->path(), filePath(QStringLiteral("file.sqlite")));
    const auto id = file->candidates().add(
        makeCandidate(QStringLiteral("Lan"), CandidateKind::Influencer,
                      {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 52000)}),
        &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan");
    campaign.budget = Money(90000000, QStringLiteral("IDR"));
    const auto campaignId = file->campaigns().create(campaign, &error);
    ASSERT_TRUE(campaignId) << error.text().toStdString();
    // The stores write to the same file: a second opening reads both.
    file.reset();
    file = open(&error);
    ASSERT_TRUE(file) << error.text().toStdString();
    EXPECT_EQ(file->candidates().candidateCount(), 1);
    EXPECT_EQ(file->campaigns().findByName(QStringLiteral("Ramadan"))->id, *campaignId);
}

TEST_F(CampaignFileTest, MovedTierThresholdsReachTheCandidateStore)
{
    Error error;
    auto file = open(&error);
    ASSERT_TRUE(file) << error.text().toStdString();
    ASSERT_TRUE(file->assumptions().setTierThreshold(Tier::Micro, 5000, &error))
        << error.text().toStdString();
    EXPECT_EQ(file->candidates().tierThresholds().lowerBound(Tier::Micro), 5000);
}

TEST_F(CampaignFileTest, RereadTellsTheCandidateReadersToLetGoAndReadAgain)
{
    Error error;
    auto file = open(&error);
    ASSERT_TRUE(file) << error.text().toStdString();
    QSignalSpy aboutToChange(&file->candidates(), &CandidateStore::aboutToChange);
    QSignalSpy changed(&file->candidates(), &CandidateStore::changed);
    file->reread();
    EXPECT_EQ(aboutToChange.count(), 1);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(CampaignFileTest, AFileThatCannotBeOpenedGivesNoFileAndSaysWhy)
{
    const QString path = filePath(QStringLiteral("not-ours.sqlite"));
    QFile text(path);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("name,followers\nLan,52000\n");
    text.close();
    Error error;
    EXPECT_FALSE(CampaignFile::open(path, Database::OpenMode::ExistingOnly, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.message.contains(QStringLiteral("not-ours.sqlite"))) << error.text().toStdString();
}

TEST_F(CampaignFileTest, TheShortlistRequestHoldsTheCampaignItsEntriesAndEveryCandidate)
{
    Error error;
    auto file = open(&error);
    ASSERT_TRUE(file) << error.text().toStdString();
    const auto lan = file->candidates().add(
        makeCandidate(QStringLiteral("Lan"), CandidateKind::Influencer,
                      {makeChannel(Platform::Instagram, QStringLiteral("@lan"), 52000)}),
        &error);
    const auto tuan = file->candidates().add(
        makeCandidate(QStringLiteral("Tuấn"), CandidateKind::Creator,
                      {makeChannel(Platform::TikTok, QStringLiteral("@tuan"), 8000)}),
        &error);
    ASSERT_TRUE(lan && tuan) << error.text().toStdString();
    Campaign campaign;
    campaign.name = QStringLiteral("Tết");
    campaign.budget = Money(150000000, QStringLiteral("VND"));
    campaign.id = file->campaigns().create(campaign, &error).value_or(0);
    ASSERT_GT(campaign.id, 0) << error.text().toStdString();
    ShortlistEntry entry;
    entry.campaignId = campaign.id;
    entry.candidateId = *lan;
    entry.platform = Platform::Instagram;
    ASSERT_TRUE(file->campaigns().addEntry(entry, &error)) << error.text().toStdString();

    const auto request = PlanningInput::shortlistRequest(*file, campaign, &error);
    ASSERT_TRUE(request) << error.text().toStdString();
    EXPECT_EQ(request->campaign.id, campaign.id);
    ASSERT_EQ(request->candidates.size(), 2);
    EXPECT_EQ(request->candidates.at(1).name, QStringLiteral("Tuấn"));
    ASSERT_EQ(request->entries.size(), 1);
    EXPECT_EQ(request->entries.first().candidateId, *lan);
    EXPECT_TRUE(request->lockedIds.isEmpty());

    ASSERT_TRUE(file->rates().setRate(QStringLiteral("THB"), 36.5, &error));
    EXPECT_DOUBLE_EQ(PlanningInput::projection(*file).rates().perUsd(QStringLiteral("THB")).value_or(0.0), 36.5);

    QSqlQuery drop(file->database().connection());
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE shortlist_entries")));
    EXPECT_FALSE(PlanningInput::shortlistRequest(*file, campaign, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("shortlist_entries"))) << error.text().toStdString();
}

} // namespace
} // namespace planner::test
