// Schema 5: a follower count may be unknown. A real schema-4 file (made with the steps 1 to
// 4, holding candidates, search terms, a campaign and its shortlist) is opened and upgraded:
// everything it held is still there and found, sorted and filtered as before, and a channel
// of unknown followers can then be stored, read back as unknown and sorted last.
#include "modeltestsupport.h"

#include "storage/campaignstore.h"
#include "storage/schema.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace planner::test {
namespace {

class UnknownFollowersSchemaTest : public TempDirTest
{
protected:
    // The channel indexes of a file, by name with their SQL.
    static QMap<QString, QString> channelIndexes(const QString &path)
    {
        QMap<QString, QString> indexes;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("indexes"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                      " AND tbl_name = 'channels' AND sql IS NOT NULL"));
            while (query.next())
                indexes.insert(query.value(0).toString(), query.value(1).toString());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("indexes"));
        return indexes;
    }

    QString schemaFourFile()
    {
        const QString path = filePath(QStringLiteral("v4.sqlite"));
        QStringList statements;
        for (int version = 1; version <= 4; ++version)
            statements += Schema::migrationStep(version);
        statements << QStringLiteral("INSERT INTO candidates (id, name, kind, niches, regions) VALUES"
                                     " (1, 'Nguyễn Lan', 'kol', 'beauty', 'VN'), (2, 'Budi Santoso', 'koc', 'food', 'ID'),"
                                     " (3, 'Sara Ahmadi', 'creator', 'travel', 'IR')")
                   << QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers,"
                                     " engagement_rate_pct, avg_views, fee_minor, currency, authenticity_pct) VALUES"
                                     " (10, 1, 'instagram', '@lan.beauty', 52000, 4.5, NULL, 1500000000, 'VND', 88),"
                                     " (11, 1, 'tiktok', '@lan_tiktok', 310000, NULL, 120000, NULL, NULL, NULL),"
                                     " (12, 2, 'tiktok', '@budi.makan', 8000, 6.1, 2500, 25000000, 'IDR', NULL),"
                                     " (13, 3, 'youtube', '@sara', 1200000, NULL, 300000, 500000, 'USD', 75)")
                   << QStringLiteral("INSERT INTO candidate_search_terms (term, candidate_id) VALUES"
                                     " ('nguyen', 1), ('lan', 1), ('lan.beauty', 1), ('lan_tiktok', 1),"
                                     " ('budi', 2), ('santoso', 2), ('budi.makan', 2), ('sara', 3), ('ahmadi', 3)")
                   << QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency) VALUES"
                                     " (1, 'Tết 2027', 'awareness', 50000000000, 'VND')")
                   << QStringLiteral("INSERT INTO shortlist_entries (campaign_id, candidate_id, platform, format,"
                                     " deliverables, status) VALUES (1, 1, 'tiktok', 'video', 2, 'confirmed'),"
                                     " (1, 3, 'youtube', 'video', 1, 'prospect')")
                   << QStringLiteral("PRAGMA user_version = 4")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
        EXPECT_TRUE(runSqlOnFile(path, statements));
        return path;
    }
};

TEST_F(UnknownFollowersSchemaTest, ASchemaFourFileKeepsEverythingAndTakesUnknownFollowers)
{
    const QString path = schemaFourFile();
    const QMap<QString, QString> before = channelIndexes(path);
    ASSERT_EQ(before.size(), 8);

    Error error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'channels_v5'")).toInt(), 0);

    CandidateStore store(*database);
    // Every channel with its id and figures.
    const auto lan = store.find(1);
    ASSERT_TRUE(lan);
    ASSERT_EQ(lan->channels.size(), 2);
    EXPECT_EQ(lan->channels.at(0).id, 10);
    EXPECT_EQ(lan->channels.at(0).followers, 52000);
    EXPECT_EQ(lan->channels.at(0).fee, Money(1500000000, QStringLiteral("VND")));
    EXPECT_DOUBLE_EQ(lan->channels.at(0).authenticityPct.value_or(0), 88.0);
    EXPECT_EQ(lan->channels.at(1).avgViews, 120000);
    EXPECT_EQ(store.candidateCount(), 3);
    // The search terms still find.
    CandidateFilter byHandle;
    byHandle.search = QStringLiteral("budi santo");
    const QList<CandidateRow> found = allRows(store, byHandle);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("Budi Santoso"));
    // The shortlist is intact.
    CampaignStore campaigns(*database);
    EXPECT_EQ(campaigns.entries(1).size(), 2);

    // Now a channel of unknown followers can be stored; it reads back unknown, not 0.
    Channel unknown = makeChannel(Platform::Instagram, QStringLiteral("@dewi"), 0);
    unknown.followers.reset();
    unknown.avgViews = 4000;
    const auto dewiId = store.add(makeCandidate(QStringLiteral("Dewi"), CandidateKind::Influencer, {unknown}), &error);
    ASSERT_TRUE(dewiId) << error.text().toStdString();
    const auto dewi = store.find(*dewiId);
    ASSERT_TRUE(dewi);
    EXPECT_FALSE(dewi->channels.first().followers);
    EXPECT_EQ(dewi->channels.first().avgViews, 4000);

    // Sorted by followers it comes last both ways; no tier takes it.
    for (const bool descending : {false, true}) {
        const QList<CandidateRow> rows = allRows(store, {}, CandidateSort{CandidateSortKey::Followers, descending});
        ASSERT_EQ(rows.size(), 5);
        EXPECT_EQ(rows.last().name, QStringLiteral("Dewi")) << descending;
        EXPECT_EQ(rows.first().channel.followers, descending ? 1200000 : 8000);
    }
    for (const Tier tier : allTiers()) {
        CandidateFilter filter;
        filter.tier = tier;
        for (const CandidateRow &row : allRows(store, filter))
            EXPECT_TRUE(row.channel.followers) << row.name.toStdString();
    }
    // Deleting a candidate still takes its channels along: the foreign key survived the copy.
    ASSERT_TRUE(store.remove(2));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM channels WHERE candidate_id = 2")).toInt(), 0);

    // The same indexes on the same columns, read by a second connection, but for the sort
    // indexes schema 9 drops (in-memory orders sort instead).
    const QMap<QString, QString> after = channelIndexes(path);
    QMap<QString, QString> kept = before;
    kept.removeIf([](const auto &index) {
        return index.key() != QLatin1String("channels_by_candidate") && index.key() != QLatin1String("channels_by_handle");
    });
    ASSERT_EQ(kept.size(), 2);
    EXPECT_EQ(after, kept);
}

} // namespace
} // namespace planner::test
