// Schema 13 (issue 15): from a real database of schema 12 (the steps up to 12, its rows), the
// row-id trigger of candidates and channels asks in its WHEN clause whether the import over
// COPY is loading (planner.bulk_load), on the server; rows are kept and an ordinary insert
// still gets the next id, an import the ids it reserved. In a file nothing changes.
#include "modeltestsupport.h"
#include "schemafilesupport.h"

#include "import/candidateimport.h"
#include "storage/campaignfile.h"
#include "storage/candidatestore.h"

namespace planner::test {
namespace {

using SchemaThirteenTest = OnBothBackends<SchemaUpgradeFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(SchemaThirteenTest);

TEST_P(SchemaThirteenTest, ADatabaseOfSchemaTwelveKeepsItsRowsAndItsInsertsAndImportsGetTheirIds)
{
    const QString address = m_place.create(m_backend, m_dir, QStringLiteral("v12.sqlite"));
    ASSERT_FALSE(address.isEmpty());
    const bool server = m_backend == Backend::PostgreSQL;
    // Ids as a row put back by undo has them: the trigger moves the sequence past them. (Not
    // 1: a sequence never called reads 1 as its last value, and the trigger leaves it there.)
    const QStringList rows{QStringLiteral("INSERT INTO candidates (id, name, kind, notes) VALUES (5, 'Nguyễn Thu Hà', 'kol', 'đã liên hệ')"),
                           QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                                          " VALUES (10, 5, 'tiktok', '@thuha', 1200000)"),
                           QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (5, 'nguyen thu ha thuha')")};
    ASSERT_TRUE(makeDatabaseOfSchema(address, m_backend, 12, rows));

    Error error;
    auto file = CampaignFile::open(address, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    const QSqlDatabase db = file->database().connection();
    EXPECT_EQ(queryValue(db, dialect().versionQuery()).toInt(), Database::currentSchemaVersion);
    const auto ha = file->candidates().find(5);
    ASSERT_TRUE(ha);
    EXPECT_EQ(ha->notes, QStringLiteral("đã liên hệ"));
    ASSERT_EQ(ha->channels.size(), 1);
    EXPECT_EQ(ha->channels.first().id, 10);
    if (server) {
        // One row-id trigger on each table, named for it, asking before it is called.
        const QString triggers = QStringLiteral(
            "SELECT string_agg(t.tgname || ': ' || pg_get_triggerdef(t.oid), ' | ' ORDER BY t.tgname)"
            " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = '%1' AND t.tgname LIKE '%row_id'");
        for (const QString table : {QStringLiteral("candidates"), QStringLiteral("channels")}) {
            const QString found = queryValue(db, triggers.arg(table)).toString();
            EXPECT_TRUE(found.startsWith(table + QStringLiteral("_row_id: "))) << found.toStdString();
            EXPECT_FALSE(found.contains(QLatin1String(" | "))) << found.toStdString();
            EXPECT_TRUE(found.contains(QLatin1String("WHEN ((current_setting('planner.bulk_load'")))
                << found.toStdString();
        }
    } else {
        EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                                " AND name LIKE '%row_id'")).toInt(), 0);
    }

    // An ordinary insert: the trigger (a file: SQLite itself) gives the next ids.
    const Candidate budi = makeCandidate(QStringLiteral("Budi Santoso"), CandidateKind::Koc,
                                         {makeChannel(Platform::Instagram, QStringLiteral("@budi_tech"), 45000)});
    const std::optional<qint64> stored = file->candidates().add(budi, &error);
    ASSERT_TRUE(stored) << error.text().toStdString();
    const qint64 budiId = *stored;
    EXPECT_GT(budiId, 5);
    const auto added = file->candidates().find(budiId);
    ASSERT_TRUE(added);
    ASSERT_EQ(added->channels.size(), 1);
    EXPECT_GT(added->channels.first().id, 10);

    // An import (over COPY on the server) takes ids after them, and finds the stored handle.
    const QString csv = filePath(QStringLiteral("people.csv"));
    ASSERT_TRUE(writeBytes(csv, QByteArrayLiteral("name,handle,platform,followers\n"
                                                  "Nguyễn Thu Hà,@thuha,tiktok,1300000\n"
                                                  "Sara Mohammadi,@sara.m,instagram,88000\n")));
    const ImportReport report = CandidateImport(address).run(csv, {}, {}, {});
    ASSERT_TRUE(report.error.isEmpty()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.updated + report.skipped, 1);
    const QList<Candidate> all = file->candidates().allCandidates();
    ASSERT_EQ(all.size(), 3);
    for (const Candidate &candidate : all) {
        if (candidate.name == QStringLiteral("Sara Mohammadi")) {
            EXPECT_GT(candidate.id, budiId);
            ASSERT_EQ(candidate.channels.size(), 1);
            EXPECT_GT(candidate.channels.first().id, added->channels.first().id);
        }
    }
    file.reset();
}

// A row put back with id 1 (undo, or a copy of a file's rows) into a table whose sequence was
// never called: the next ordinary insert is given 2, not 1 again.
TEST_P(SchemaThirteenTest, AnExplicitFirstIdMovesTheSequenceOn)
{
    const QString address = m_place.create(m_backend, m_dir, QStringLiteral("fresh.sqlite"));
    ASSERT_FALSE(address.isEmpty());
    Error error;
    auto file = CampaignFile::open(address, Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    const QSqlDatabase db = file->database().connection();
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.exec(QStringLiteral("INSERT INTO candidates (id, name, kind, notes)"
                                           " VALUES (1, 'Dewi Lestari', 'creator', '')")))
        << insert.lastError().text().toStdString();
    const Candidate budi = makeCandidate(QStringLiteral("Budi Santoso"), CandidateKind::Koc,
                                         {makeChannel(Platform::Instagram, QStringLiteral("@budi_tech"), 45000)});
    const std::optional<qint64> stored = file->candidates().add(budi, &error);
    ASSERT_TRUE(stored) << error.text().toStdString();
    EXPECT_EQ(*stored, 2);
    EXPECT_EQ(file->candidates().allCandidates().size(), 2);
    file.reset();
}

} // namespace
} // namespace planner::test
