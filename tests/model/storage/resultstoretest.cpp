// Schema 7: the results of delivered pieces and completed campaigns.
#include "../resultsfixture.h"

#include "storage/assumptionstore.h"
#include "storage/schema.h"

namespace planner::test {
namespace {

// Every store test here holds on both engines (an SQLite file, a PostgreSQL schema).
using ResultStoreTest = OnBothBackends<ResultsTest>;
INSTANTIATE_ON_BOTH_BACKENDS(ResultStoreTest);

DeliveryResult result(qint64 entryId, qint64 reach, qint64 likes)
{
    DeliveryResult result;
    result.entryId = entryId;
    result.date = QDate(2026, 3, 14);
    result.setFigure(ResultMeasure::Reach, reach);
    result.setFigure(ResultMeasure::Likes, likes);
    result.feePaid = Money(25000, QStringLiteral("USD"));
    return result;
}

TEST_P(ResultStoreTest, AResultIsStoredAndReadBackWithEveryFigure)
{
    const qint64 entry = addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    DeliveryResult typed = result(entry, 9100, 640);
    typed.setFigure(ResultMeasure::Clicks, 0);
    Error error;
    const auto id = results().add(typed, &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    typed.id = *id;
    EXPECT_EQ(results().find(*id), typed);
    const QList<DeliveryResult> stored = results().resultsOfCampaign(m_campaignId);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first(), typed);
    EXPECT_EQ(stored.first().figure(ResultMeasure::Clicks), 0);
    EXPECT_FALSE(stored.first().figure(ResultMeasure::Views).has_value());
}

TEST_P(ResultStoreTest, AResultForNoEntryOrWithoutADateIsRefusedAndNothingIsStored)
{
    const qint64 entry = addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    Error error;
    EXPECT_FALSE(results().add(result(entry + 100, 10, 1), &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("entry"));
    DeliveryResult undated = result(entry, 10, 1);
    undated.date = QDate();
    error = Error();
    EXPECT_FALSE(results().add(undated, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("date"));
    // One bad result among good ones: the whole batch is refused.
    error = Error();
    EXPECT_FALSE(results().addAll({result(entry, 10, 1), result(entry, 20, 2), undated}, &error));
    EXPECT_TRUE(results().resultsOfCampaign(m_campaignId).isEmpty());
}

TEST_P(ResultStoreTest, OnlyCompletedCampaignsMakeTheHistory)
{
    const qint64 entry = addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    ASSERT_TRUE(results().add(result(entry, 9100, 640)));
    EXPECT_TRUE(results().history().isEmpty());
    EXPECT_FALSE(results().completedOn(m_campaignId).isValid());
    ASSERT_TRUE(results().complete(m_campaignId, QDate(2026, 4, 1)));
    EXPECT_EQ(results().completedOn(m_campaignId), QDate(2026, 4, 1));
    const QList<DeliveredPiece> history = results().history();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().followers, 45000);
    EXPECT_EQ(history.first().authenticityPct, 80.0);
    EXPECT_EQ(history.first().result.figure(ResultMeasure::Reach), 9100);
    ASSERT_TRUE(results().reopen(m_campaignId));
    EXPECT_TRUE(results().history().isEmpty());
}

TEST_P(ResultStoreTest, AnAdoptedSourceGoesBackWithTheDefault)
{
    AssumptionStore &assumptions = m_file->assumptions();
    const QString key = QStringLiteral("reach_rate.instagram.micro.post");
    const Assumption seeded = *assumptions.load().find(key);
    ASSERT_TRUE(assumptions.adopt(key, 0.15, QStringLiteral("own history, 40 deliveries, 2026-12-06")));
    EXPECT_EQ(assumptions.load().find(key)->source, QStringLiteral("own history, 40 deliveries, 2026-12-06"));
    EXPECT_DOUBLE_EQ(assumptions.load().find(key)->value, 0.15);
    ASSERT_TRUE(assumptions.restoreDefault(key));
    EXPECT_EQ(assumptions.load().find(key)->source, seeded.source);
    EXPECT_DOUBLE_EQ(assumptions.load().find(key)->value, seeded.value);
}

TEST(SchemaSevenMigration, AVersionSixFileGetsTheResultTablesAndKeepsItsShortlist)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    QStringList statements;
    for (int version = 1; version <= 6; ++version)
        statements << Schema::migrationStep(version);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (1, 'Mai', 'influencer')")
               << QStringLiteral("INSERT INTO channels (candidate_id, platform, handle, followers)"
                                 " VALUES (1, 'instagram', '@mai', 45000)")
               << QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                                 " VALUES (1, 'Tết', 'awareness', 100, 'USD')")
               << QStringLiteral("INSERT INTO shortlist_entries (campaign_id, candidate_id, platform, format,"
                                 " deliverables) VALUES (1, 1, 'instagram', 'post', 2)")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 6");
    ASSERT_TRUE(runSqlOnFile(path, statements));
    Error error;
    auto file = CampaignFile::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    EXPECT_EQ(queryValue(file->database().connection(), QStringLiteral("PRAGMA user_version")).toInt(),
              Database::currentSchemaVersion);
    const QList<ResultTarget> targets = file->results().targets(1);
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first().handle, QStringLiteral("@mai"));
    DeliveryResult delivered = result(targets.first().entryId, 5000, 300);
    EXPECT_TRUE(file->results().add(delivered, &error)) << error.text().toStdString();
    // The seeded sources were kept aside for restoring.
    EXPECT_EQ(queryValue(file->database().connection(),
                         QStringLiteral("SELECT count(*) FROM assumptions WHERE seeded_source = source")).toInt(),
              queryValue(file->database().connection(), QStringLiteral("SELECT count(*) FROM assumptions")).toInt());
}

} // namespace
} // namespace planner::test
