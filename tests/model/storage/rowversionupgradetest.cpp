// Schema 11: a file of schema 10 (made with the steps up to 10, rows written as schema 10
// wrote them) gains row versions, who and when on its candidates, campaigns and shortlist
// entries when opened, and keeps every row; its first edits are stamped and versioned.
#include "schemafilesupport.h"

#include "storage/campaignstore.h"
#include "storage/rowversion.h"

namespace planner::test {
namespace {

class RowVersionUpgradeTest : public TempDirTest
{
protected:
    std::unique_ptr<Database> openSchemaTenFile()
    {
        return openFileOfSchema(filePath(QStringLiteral("v10.sqlite")), 10, {
            QStringLiteral("INSERT INTO candidates (id, name, kind, notes) VALUES"
                           " (1, 'Nguyễn Thu Hà', 'kol', 'đã liên hệ'), (2, 'Budi Santoso', 'koc', '')"),
            QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                           " VALUES (10, 1, 'tiktok', '@thuha', 1200000), (11, 2, 'instagram', '@budi_tech', 45000)"),
            QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (1, 'nguyen thu ha thuha'),"
                           " (2, 'budi santoso tech')"),
            QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                           " VALUES (7, 'Tết', 'awareness', 100000000000, 'VND')"),
            QStringLiteral("INSERT INTO shortlist_entries (id, campaign_id, candidate_id, platform, format,"
                           " deliverables) VALUES (20, 7, 1, 'tiktok', 'video', 2)")});
    }
};

TEST_F(RowVersionUpgradeTest, ASchemaTenFileKeepsItsRowsAtVersionOneAndItsFirstEditsAreStamped)
{
    auto database = openSchemaTenFile();
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    for (const QString &table : {QStringLiteral("candidates"), QStringLiteral("campaigns"),
                                 QStringLiteral("shortlist_entries")}) {
        EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM %1 WHERE row_version = 1"
                                                " AND changed_by = '' AND changed_at = ''").arg(table)).toInt(),
                  queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt()) << table.toStdString();
    }

    CandidateStore candidates(*database);
    Candidate ha = *candidates.find(1);
    EXPECT_EQ(ha.notes, QStringLiteral("đã liên hệ"));
    EXPECT_EQ(ha.version, 1);
    ASSERT_EQ(ha.channels.size(), 1);
    EXPECT_EQ(ha.channels.at(0).followers, 1200000);
    ha.notes = QStringLiteral("đã gửi báo giá");
    Error error;
    ASSERT_TRUE(candidates.update(ha, &error)) << error.text().toStdString();
    const auto change = RowVersion::lastChange(db, QStringLiteral("candidates"), 1);
    ASSERT_TRUE(change);
    EXPECT_EQ(change->version, 2);
    EXPECT_EQ(change->by, RowVersion::currentUser(db));
    EXPECT_TRUE(change->at.isValid());
    EXPECT_EQ(candidates.find(2)->version, 1);

    CampaignStore campaigns(*database);
    const QList<ShortlistEntry> entries = campaigns.entries(7, &error);
    ASSERT_EQ(entries.size(), 1) << error.text().toStdString();
    EXPECT_EQ(entries.at(0).deliverables, 2);
    EXPECT_EQ(entries.at(0).version, 1);
    Campaign tet = *campaigns.find(7);
    EXPECT_EQ(tet.version, 1);
    tet.notes = QStringLiteral("ngân sách đã duyệt");
    ASSERT_TRUE(campaigns.update(tet, &error)) << error.text().toStdString();
    EXPECT_EQ(campaigns.find(7)->version, 2);
    // The copy read before that edit is now stale.
    EXPECT_FALSE(campaigns.update(tet, &error));
    EXPECT_TRUE(RowVersion::isConflict(error));
}

} // namespace
} // namespace planner::test
