// Schema 10: the full-text index built again without per-row sizes, and the search
// documents of new candidates without whole handles. Schema 14: built again without
// positions (detail = none).
#include "schemafilesupport.h"

#include "storage/campaignstore.h"
#include "storage/schema.h"

namespace planner::test {
namespace {

class SearchIndexUpgradeTest : public TempDirTest
{
protected:
    // A file of schema 9 with three candidates, their terms as schema 9 wrote them (whole
    // handles too), a campaign with two of them shortlisted; opened, so upgraded.
    std::unique_ptr<Database> openSchemaNineFile() { return openFileOf(9); }
    // The same file as schema 13 left it: documents without whole handles.
    std::unique_ptr<Database> openSchemaThirteenFile() { return openFileOf(13); }

    std::unique_ptr<Database> openFileOf(int version)
    {
        const QString terms = version < 10
            ? QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (1, 'nguyen thu ha thuha'),"
                             " (2, 'budi santoso tech budi_tech'), (3, 'سارا محمدی sara food sara.food')")
            : QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (1, 'nguyen thu ha thuha'),"
                             " (2, 'budi santoso tech'), (3, 'سارا محمدی sara food')");
        return openFileOfSchema(filePath(QStringLiteral("v%1.sqlite").arg(version)), version, {
            QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES"
                           " (1, 'Nguyễn Thu Hà', 'kol'), (2, 'Budi Santoso', 'koc'), (3, 'سارا محمدی', 'creator')"),
            QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                           " VALUES (10, 1, 'tiktok', '@thuha', 1200000), (11, 2, 'instagram', '@budi_tech', 45000),"
                           " (12, 3, 'instagram', '@sara.food', 8000)"),
            terms,
            QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                           " VALUES (7, 'Tết', 'awareness', 100000000000, 'VND')"),
            QStringLiteral("INSERT INTO shortlist_entries (id, campaign_id, candidate_id, platform, format,"
                           " deliverables) VALUES (20, 7, 1, 'tiktok', 'video', 2), (21, 7, 3, 'instagram', 'post', 1)")});
    }

    static QStringList found(const CandidateStore &store, const QString &typed)
    {
        CandidateFilter filter;
        filter.search = typed;
        QStringList names;
        for (const CandidateRow &row : allRows(store, filter))
            names << row.name;
        return names;
    }
};

// The upgraded file's three channels in both sorts, and campaign 7's shortlist, as made.
void expectSortsAndShortlistKept(CandidateStore &store, Database &database)
{
    const QList<CandidateRow> byFollowers = allRows(store, CandidateFilter(), {CandidateSortKey::Followers, true});
    ASSERT_EQ(byFollowers.size(), 3);
    EXPECT_EQ(byFollowers.at(0).channel.id, 10);
    EXPECT_EQ(byFollowers.at(2).channel.id, 12);
    const QList<CandidateRow> byName = allRows(store, CandidateFilter(), {CandidateSortKey::Name, false});
    ASSERT_EQ(byName.size(), 3);
    EXPECT_EQ(byName.at(0).name, QStringLiteral("Budi Santoso"));

    Error error;
    CampaignStore campaigns(database);
    const QList<ShortlistEntry> entries = campaigns.entries(7, &error);
    ASSERT_EQ(entries.size(), 2) << error.text().toStdString();
    EXPECT_EQ(entries.at(0).candidateId, 1);
    EXPECT_EQ(entries.at(1).candidateId, 3);
}

TEST_F(SearchIndexUpgradeTest, ASchemaNineFileKeepsItsSearchSortAndShortlist)
{
    auto database = openSchemaNineFile();
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    // No per-row sizes any more; the index is whole and has every candidate's terms.
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'candidate_search_docsize'"))
                  .toInt(), 0);
    EXPECT_TRUE(QSqlQuery(db).exec(
        QStringLiteral("INSERT INTO candidate_search (candidate_search) VALUES ('integrity-check')")));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT terms FROM candidate_search WHERE rowid = 2")).toString(),
              QStringLiteral("budi santoso tech budi_tech"));

    CandidateStore store(*database);
    EXPECT_EQ(found(store, QStringLiteral("nguyen")), QStringList{QStringLiteral("Nguyễn Thu Hà")});
    EXPECT_EQ(found(store, QStringLiteral("budi_t")), QStringList{QStringLiteral("Budi Santoso")});
    EXPECT_EQ(found(store, QStringLiteral("@sara.fo")), QStringList{QStringLiteral("سارا محمدی")});
    EXPECT_TRUE(found(store, QStringLiteral("lan")).isEmpty());
    ASSERT_NO_FATAL_FAILURE(expectSortsAndShortlistKept(store, *database));

    Error error;

    // The trigger made again around the rename still takes a removed candidate's terms along.
    ASSERT_TRUE(store.remove(2, &error)) << error.text().toStdString();
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM candidate_search")).toInt(), 2);
    EXPECT_TRUE(found(store, QStringLiteral("budi")).isEmpty());
}

TEST_F(SearchIndexUpgradeTest, ASchemaThirteenFileKeepsItsSearchSortAndShortlistWithAnIndexWithoutPositions)
{
    auto database = openSchemaThirteenFile();
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    const QString index = queryValue(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'candidate_search'"))
                              .toString();
    EXPECT_TRUE(index.contains(QStringLiteral("detail = none"))) << index.toStdString();
    EXPECT_TRUE(index.contains(QStringLiteral("columnsize = 0"))) << index.toStdString();
    EXPECT_TRUE(index.contains(QStringLiteral("prefix = '1 2'"))) << index.toStdString();
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'candidate_search_v%'"))
                  .toInt(), 0);
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA freelist_count")).toInt(), 0); // vacuumed
    EXPECT_TRUE(QSqlQuery(db).exec(
        QStringLiteral("INSERT INTO candidate_search (candidate_search) VALUES ('integrity-check')")));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT terms FROM candidate_search WHERE rowid = 3")).toString(),
              QStringLiteral("سارا محمدی sara food"));

    CandidateStore store(*database);
    EXPECT_EQ(found(store, QStringLiteral("nguyen")), QStringList{QStringLiteral("Nguyễn Thu Hà")});
    EXPECT_EQ(found(store, QStringLiteral("n")), QStringList{QStringLiteral("Nguyễn Thu Hà")});
    EXPECT_EQ(found(store, QStringLiteral("thu ha")), QStringList{QStringLiteral("Nguyễn Thu Hà")});
    EXPECT_EQ(found(store, QStringLiteral("ha thu")), QStringList{QStringLiteral("Nguyễn Thu Hà")});
    EXPECT_EQ(found(store, QStringLiteral("@budi_te")), QStringList{QStringLiteral("Budi Santoso")});
    EXPECT_EQ(found(store, QStringLiteral("محمد")), QStringList{QStringLiteral("سارا محمدی")});
    EXPECT_TRUE(found(store, QStringLiteral("budi food")).isEmpty());
    ASSERT_NO_FATAL_FAILURE(expectSortsAndShortlistKept(store, *database));

    Error error;

    // A renamed candidate is found by its new name only; a removed one is gone from the index.
    Candidate ha = *store.find(1);
    ha.name = QStringLiteral("Trần Thu Hà");
    ASSERT_TRUE(store.update(ha, &error)) << error.text().toStdString();
    EXPECT_EQ(found(store, QStringLiteral("tran")), QStringList{QStringLiteral("Trần Thu Hà")});
    EXPECT_TRUE(found(store, QStringLiteral("nguyen")).isEmpty());
    ASSERT_TRUE(store.remove(2, &error)) << error.text().toStdString();
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM candidate_search")).toInt(), 2);
    EXPECT_TRUE(found(store, QStringLiteral("budi")).isEmpty());
    EXPECT_TRUE(QSqlQuery(db).exec(
        QStringLiteral("INSERT INTO candidate_search (candidate_search) VALUES ('integrity-check')")));
}

TEST_F(SearchIndexUpgradeTest, ANewCandidateIsFoundByTheWordsOfItsHandleWithoutTheWholeHandleStored)
{
    auto database = openSchemaNineFile();
    ASSERT_TRUE(database);
    CandidateStore store(*database);
    Error error;
    const auto id = store.add(makeCandidate(QStringLiteral("Nguyễn Thị Lan"), CandidateKind::Kol,
                                            {makeChannel(Platform::Instagram, QStringLiteral("@lan.beauty"), 45200)}),
                              &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    EXPECT_EQ(queryValue(database->connection(),
                         QStringLiteral("SELECT terms FROM candidate_search WHERE rowid = %1").arg(*id))
                  .toString(),
              QStringLiteral("nguyen thi lan beauty"));
    for (const char *typed : {"lan.beauty", "@lan.bea", "lan beauty", "beau"})
        EXPECT_EQ(found(store, QString::fromUtf8(typed)), QStringList{QStringLiteral("Nguyễn Thị Lan")}) << typed;
    EXPECT_TRUE(found(store, QStringLiteral("lan.beautiful")).isEmpty());
}

} // namespace
} // namespace planner::test
