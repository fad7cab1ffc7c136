// Opening, creating, migrating and refusing campaign database files.
#include "modeltestsupport.h"

#include "storage/campaignstore.h"
#include "storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace planner::test {
namespace {

class DatabaseTest : public TempDirTest
{
protected:
    std::unique_ptr<Database> open(const QString &path, Error *error,
                                   Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
    {
        return Database::open(path, mode, error);
    }

    // A file of an older schema made by statements, opened (and so upgraded) by the program.
    std::unique_ptr<Database> openUpgraded(const QString &path, QStringList statements, int version)
    {
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version)
                   << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
        EXPECT_TRUE(runSqlOnFile(path, statements));
        Error error;
        auto database = open(path, &error, Database::OpenMode::ExistingOnly);
        EXPECT_TRUE(database) << error.text().toStdString();
        if (database)
            EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                      Database::currentSchemaVersion);
        return database;
    }

    // A file Database::open must refuse: it answers with a message naming the file and
    // leaves the file exactly as it found it, with no journal left beside it.
    void expectRefusedAndUntouched(const QString &path)
    {
        const QByteArray before = fileBytes(path);
        ASSERT_FALSE(before.isEmpty());
        Error error;
        const auto database = open(path, &error);
        EXPECT_FALSE(database);
        EXPECT_FALSE(error.message.isEmpty());
        EXPECT_TRUE(error.text().contains(QDir::toNativeSeparators(path))) << error.text().toStdString();
        EXPECT_EQ(fileBytes(path), before);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
};

Candidate twoChannelCandidate()
{
    Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@lan.beauty"), 45200);
    instagram.engagementRatePct = 4.7;
    instagram.fee = Money(15000000, QStringLiteral("VND"));
    instagram.authenticityPct = 88.5;
    Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("@lan_tiktok"), 310000);
    tiktok.avgViews = 120000;
    Candidate candidate = makeCandidate(QStringLiteral("Nguyễn Thị Lan"), CandidateKind::Kol,
                                        {instagram, tiktok}, {QStringLiteral("beauty")},
                                        {QStringLiteral("VN-SG")});
    candidate.notes = QStringLiteral("Prefers Zalo for contact");
    return candidate;
}

TEST_F(DatabaseTest, NewFileIsMigratedToCurrentSchemaAndMarkedAsOurs)
{
    const QString path = filePath(QStringLiteral("new.sqlite"));
    Error error;
    const auto database = open(path, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(),
              Database::currentSchemaVersion);
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA application_id")).toInt(),
              Database::applicationId);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM tier_thresholds")).toInt(), 4);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 0);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM channels")).toInt(), 0);
    EXPECT_EQ(database->path(), path);
}

TEST_F(DatabaseTest, ForeignKeysAreEnforcedOnTheConnection)
{
    Error error;
    const auto database = open(filePath(QStringLiteral("fk.sqlite")), &error);
    ASSERT_TRUE(database);
    EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QSqlQuery orphan(database->connection());
    EXPECT_FALSE(orphan.exec(QStringLiteral(
        "INSERT INTO channels (candidate_id, platform, followers) VALUES (4242, 'blog', 1)")));
}

TEST_F(DatabaseTest, ZeroByteFileIsTreatedAsNew)
{
    const QString path = filePath(QStringLiteral("empty.sqlite"));
    ASSERT_TRUE(writeBytes(path, QByteArray()));
    ASSERT_TRUE(QFileInfo::exists(path));
    Error error;
    const auto database = open(path, &error, Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(database) << error.text().toStdString();
    EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
              Database::currentSchemaVersion);
    EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA application_id")).toInt(),
              Database::applicationId);
}

TEST_F(DatabaseTest, MissingFileInExistingOnlyModeIsRefusedAndNotCreated)
{
    const QString path = filePath(QStringLiteral("missing.sqlite"));
    Error error;
    EXPECT_FALSE(open(path, &error, Database::OpenMode::ExistingOnly));
    EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(path))) << error.message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(DatabaseTest, CandidateWithTwoChannelsSurvivesCloseAndReopen)
{
    const QString path = filePath(QStringLiteral("persist.sqlite"));
    Candidate stored;
    {
        Error error;
        auto database = open(path, &error);
        ASSERT_TRUE(database) << error.text().toStdString();
        CandidateStore store(*database);
        const auto id = store.add(twoChannelCandidate(), &error);
        ASSERT_TRUE(id) << error.text().toStdString();
        const auto found = store.find(*id);
        ASSERT_TRUE(found);
        stored = *found;
    }
    ASSERT_EQ(stored.channels.size(), 2);
    EXPECT_EQ(withoutIds(stored), twoChannelCandidate());

    Error error;
    const auto reopened = open(path, &error, Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(reopened) << error.text().toStdString();
    CandidateStore store(*reopened);
    EXPECT_EQ(store.candidateCount(), 1);
    EXPECT_EQ(store.find(stored.id), stored);
}

TEST_F(DatabaseTest, ReopeningCurrentFileDoesNotMigrateAgain)
{
    const QString path = filePath(QStringLiteral("current.sqlite"));
    {
        Error error;
        auto database = open(path, &error);
        ASSERT_TRUE(database);
        QSqlQuery edit(database->connection());
        ASSERT_TRUE(edit.exec(QStringLiteral(
            "UPDATE tier_thresholds SET min_followers = 5000 WHERE tier = 'micro'")));
    }
    Error error;
    const auto database = open(path, &error);
    ASSERT_TRUE(database);
    // A second run of step 1 would fail on CREATE TABLE or reseed the thresholds.
    EXPECT_EQ(queryValue(database->connection(),
                         QStringLiteral("SELECT min_followers FROM tier_thresholds WHERE tier = 'micro'"))
                  .toLongLong(),
              5000);
}

TEST_F(DatabaseTest, EverySchemaStepUpToCurrentHasStatements)
{
    for (int version = 1; version <= Database::currentSchemaVersion; ++version)
        EXPECT_FALSE(Schema::migrationStep(version).isEmpty()) << "step " << version;
    EXPECT_TRUE(Schema::migrationStep(Database::currentSchemaVersion + 1).isEmpty());
}

TEST_F(DatabaseTest, TheSearchTermsOfASchemaTwoFileCarryOverToTheFullTextIndex)
{
    const QString path = filePath(QStringLiteral("v2.sqlite"));
    QStringList statements = Schema::migrationStep(1) + Schema::migrationStep(2);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (4, 'Nguyễn Lan', 'kol')")
               << QStringLiteral("INSERT INTO channels (candidate_id, platform, handle, followers)"
                                 " VALUES (4, 'instagram', '@lan.beauty', 52000)")
               << QStringLiteral("INSERT INTO candidate_search_terms (term, candidate_id) VALUES"
                                 " ('nguyen', 4), ('lan', 4), ('beauty', 4), ('lan.beauty', 4)");
    auto database = openUpgraded(path, statements, 2);
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'candidate_search_terms'"))
                  .toInt(), 0);
    QStringList terms = queryValue(db, QStringLiteral("SELECT terms FROM candidate_search WHERE rowid = 4"))
                            .toString().split(QLatin1Char(' '));
    terms.sort();
    EXPECT_EQ(terms, QStringList({QStringLiteral("beauty"), QStringLiteral("lan"), QStringLiteral("lan.beauty"),
                                  QStringLiteral("nguyen")}));
    CandidateStore store(*database);
    CandidateFilter filter;
    filter.search = QStringLiteral("lan.bea");
    const QList<CandidateRow> rows = allRows(store, filter);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().name, QStringLiteral("Nguyễn Lan"));
    // Deleting the candidate takes its terms along (the trigger of schema 9).
    ASSERT_TRUE(store.remove(4));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM candidate_search")).toInt(), 0);
}

// A file of schema 8 (the last before the full-text index of schema 9) opens with its
// candidates found by search, sorted by any column, its shortlist, results, languages and
// saved views whole; the sort indexes are gone.
TEST_F(DatabaseTest, ASchemaEightFileKeepsItsSearchSortShortlistResultsAndViews)
{
    const QString path = filePath(QStringLiteral("v8.sqlite"));
    QStringList statements;
    for (int version = 1; version <= 8; ++version)
        statements << Schema::migrationStep(version);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES"
                                 " (1, 'Nguyễn Thu Hà', 'kol'), (2, 'Budi Santoso', 'koc'), (3, 'سارا محمدی', 'creator')")
               << QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers, fee_minor, currency)"
                                 " VALUES (10, 1, 'tiktok', '@thuha', 1200000, 500000000, 'VND'),"
                                 " (11, 2, 'instagram', '@budi_tech', 45000, 300000000, 'IDR'),"
                                 " (12, 3, 'instagram', '@sara.food', 8000, NULL, NULL)")
               << QStringLiteral("INSERT INTO candidate_search_terms (term, candidate_id) VALUES"
                                 " ('nguyen', 1), ('thu', 1), ('ha', 1), ('thuha', 1), ('budi', 2),"
                                 " ('santoso', 2), ('tech', 2), ('budi_tech', 2), ('سارا', 3), ('محمدی', 3),"
                                 " ('sara', 3), ('food', 3), ('sara.food', 3)")
               << QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                                 " VALUES (7, 'Tết', 'awareness', 100000000000, 'VND')")
               << QStringLiteral("INSERT INTO shortlist_entries (id, campaign_id, candidate_id, platform, format,"
                                 " deliverables) VALUES (20, 7, 1, 'tiktok', 'video', 2), (21, 7, 3, 'instagram', 'post', 1)")
               << QStringLiteral("INSERT INTO delivery_results (entry_id, delivered_on, reach, views)"
                                 " VALUES (20, '2027-01-20', 410000, 650000)")
               << QStringLiteral("UPDATE channels SET languages = 'vi' WHERE id = 10")
               << QStringLiteral("UPDATE campaigns SET languages = 'vi|en' WHERE id = 7")
               << QStringLiteral("INSERT INTO saved_views (name, filter, sort_key, descending)"
                                 " VALUES ('Big TikTok', '{\"min_followers\":1000000}', 'followers', 1)");
    auto database = openUpgraded(path, statements, 8);
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    Error error;
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                            " ('channels_by_followers', 'channels_by_fee', 'candidates_by_niches')"))
                  .toInt(), 0);
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM saved_views")).toInt(), 5);

    CandidateStore store(*database);
    CandidateFilter filter;
    for (const auto &[typed, name] : {std::pair{"nguyen", "Nguyễn Thu Hà"}, std::pair{"budi_t", "Budi Santoso"},
                                      std::pair{"سار", "سارا محمدی"}}) {
        filter.search = QString::fromUtf8(typed);
        const QList<CandidateRow> rows = allRows(store, filter);
        ASSERT_EQ(rows.size(), 1) << typed;
        EXPECT_EQ(rows.first().name, QString::fromUtf8(name));
    }
    const QList<CandidateRow> byFollowers = allRows(store, CandidateFilter(), {CandidateSortKey::Followers, true});
    ASSERT_EQ(byFollowers.size(), 3);
    EXPECT_EQ(byFollowers.at(0).channel.id, 10);
    EXPECT_EQ(byFollowers.at(1).channel.id, 11);
    EXPECT_EQ(byFollowers.at(2).channel.id, 12);
    const QList<CandidateRow> byName = allRows(store, CandidateFilter(), {CandidateSortKey::Name, false});
    ASSERT_EQ(byName.size(), 3);
    EXPECT_EQ(byName.at(0).name, QStringLiteral("Budi Santoso"));

    CampaignStore campaigns(*database);
    const QList<ShortlistEntry> entries = campaigns.entries(7, &error);
    ASSERT_EQ(entries.size(), 2) << error.text().toStdString();
    EXPECT_EQ(entries.at(0).candidateId, 1);
    EXPECT_EQ(entries.at(1).candidateId, 3);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT reach FROM delivery_results WHERE entry_id = 20")).toLongLong(),
              410000);
    EXPECT_EQ(store.find(1)->channels.first().languages, QStringList({QStringLiteral("vi")}));
    filter.search.clear();
    filter.ranges.languages = {QStringLiteral("vi")};
    const QList<CandidateRow> inVietnamese = allRows(store, filter);
    ASSERT_EQ(inVietnamese.size(), 1);
    EXPECT_EQ(inVietnamese.first().name, QStringLiteral("Nguyễn Thu Hà"));
    filter.ranges.languages.clear();

    // An edit after the upgrade is searched by its new words only.
    Candidate budi = *store.find(2);
    budi.name = QStringLiteral("Budi Hartono");
    ASSERT_TRUE(store.update(budi, &error)) << error.text().toStdString();
    filter.search = QStringLiteral("santoso");
    EXPECT_TRUE(allRows(store, filter).isEmpty());
    filter.search = QStringLiteral("hartono");
    EXPECT_EQ(allRows(store, filter).size(), 1);
}

TEST_F(DatabaseTest, SchemaFourKeepsTheAmountsOfCurrenciesWithOtherDecimals)
{
    // Until schema 3 every currency but five kept two decimals: 100.00 KWD was 10000 and
    // 123.45 CLP 12345. Now KWD keeps three and CLP none.
    const QString path = filePath(QStringLiteral("v3.sqlite"));
    QStringList statements = Schema::migrationStep(1) + Schema::migrationStep(2) + Schema::migrationStep(3);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (1, 'Lan', 'kol')")
               << QStringLiteral("INSERT INTO channels (candidate_id, platform, handle, followers, fee_minor, currency)"
                                 " VALUES (1, 'instagram', '@a', 10, 10000, 'KWD'), (1, 'tiktok', '@b', 10, 12345, 'CLP'),"
                                 " (1, 'youtube', '@c', 10, 25050, 'USD'), (1, 'x', '@d', 10, 1500000, 'VND'),"
                                 " (1, 'facebook', '@e', 10, NULL, NULL)")
               << QStringLiteral("PRAGMA user_version = 3")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    ASSERT_TRUE(runSqlOnFile(path, statements));

    Error error;
    auto database = open(path, &error, Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(database) << error.text().toStdString();
    CandidateStore store(*database);
    const auto lan = store.find(1);
    ASSERT_TRUE(lan);
    QHash<QString, std::optional<Money>> fees;
    for (const Channel &channel : lan->channels)
        fees.insert(channel.handle, channel.fee);
    EXPECT_EQ(fees.value(QStringLiteral("@a")), Money(100000, QStringLiteral("KWD")));
    EXPECT_EQ(fees.value(QStringLiteral("@a"))->toDecimalString(), QStringLiteral("100.000"));
    EXPECT_EQ(fees.value(QStringLiteral("@b")), Money(123, QStringLiteral("CLP")));
    EXPECT_EQ(fees.value(QStringLiteral("@c")), Money(25050, QStringLiteral("USD")));
    EXPECT_EQ(fees.value(QStringLiteral("@d")), Money(1500000, QStringLiteral("VND")));
    EXPECT_FALSE(fees.value(QStringLiteral("@e")));
}

TEST_F(DatabaseTest, FileOfRandomBytesIsRefusedAndLeftAsItWas)
{
    const QString path = filePath(QStringLiteral("random.sqlite"));
    QRandomGenerator random(7);
    QByteArray bytes(8192, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    ASSERT_TRUE(writeBytes(path, bytes));
    expectRefusedAndUntouched(path);
}

TEST_F(DatabaseTest, DamagedFileWithSqliteHeaderIsRefusedAndLeftAsItWas)
{
    const QString path = filePath(QStringLiteral("damaged.sqlite"));
    QRandomGenerator random(11);
    QByteArray bytes("SQLite format 3\0", 16);
    for (int i = 0; i < 4096; ++i)
        bytes += char(random.bounded(256));
    ASSERT_TRUE(writeBytes(path, bytes));
    expectRefusedAndUntouched(path);
}

TEST_F(DatabaseTest, FileOfNewerSchemaIsRefusedAndLeftAsItWas)
{
    const QString path = filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(runSqlOnFile(path, {QStringLiteral("CREATE TABLE candidates (id INTEGER PRIMARY KEY)"),
                                    QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                                    QStringLiteral("PRAGMA user_version = 99")}));
    expectRefusedAndUntouched(path);
    Error error;
    open(path, &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("99"))) << error.message.toStdString();
}

TEST_F(DatabaseTest, SqliteFileOfAnotherProgramIsRefusedAndLeftAsItWas)
{
    const QString path = filePath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(runSqlOnFile(path, {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT)"),
                                    QStringLiteral("INSERT INTO contacts (email) VALUES ('a@example.com')")}));
    ASSERT_EQ(fileBytes(path).mid(68, 4), QByteArray(4, '\0')) << "application_id should be 0";
    expectRefusedAndUntouched(path);
}

// Exit codes of the read-only check when it runs in a child process.
enum ReadOnlyOutcome { Refused = 0, Opened = 1, RefusedWithoutFileName = 2, StillWritable = 3,
                       CannotDropPrivileges = 4 };

int readOnlyOutcome(const QString &path)
{
    if (QFileInfo(path).isWritable())
        return StillWritable;
    Error error;
    const auto database = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (database)
        return Opened;
    return error.message.contains(QDir::toNativeSeparators(path)) ? Refused : RefusedWithoutFileName;
}

class ReadOnlyFileTest : public DatabaseTest, public ::testing::WithParamInterface<const char *>
{
protected:
    // Makes the file named by the parameter: a campaign file that needs no change to be
    // opened (as this program leaves it, or with a rollback journal, which SQLite would
    // silently open read-only), or an SQLite file that opening for writing would migrate.
    bool makeFile(const QString &path)
    {
        const QByteArray kind = GetParam();
        if (kind == "EmptySqliteFileToMigrate")
            return runSqlOnFile(path, {QStringLiteral("PRAGMA user_version = 0")});
        {
            Error error;
            auto database = open(path, &error);
            if (!database)
                return false;
            CandidateStore store(*database);
            if (!store.add(twoChannelCandidate()))
                return false;
        }
        if (kind == "CampaignFileWithRollbackJournal")
            return runSqlOnFile(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
        return true;
    }
};

TEST_P(ReadOnlyFileTest, IsRefusedAndLeftAsItWas)
{
    const QString path = filePath(QStringLiteral("readonly.sqlite"));
    ASSERT_TRUE(makeFile(path));
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());

    int outcome = 0;
    if (!QFileInfo(path).isWritable()) {
        outcome = readOnlyOutcome(path);
    } else {
        // Root may write any file, so a 0444 file is writable for it and Database::open (rightly,
        // by the permissions the system enforces) uses it. The check then runs in a child that
        // has given up root for "nobody", for whom the file is truly read-only.
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                            | QFile::ExeOwner | QFile::ReadOther
                                                            | QFile::ExeOther));
        const pid_t child = fork();
        ASSERT_NE(child, -1);
        if (child == 0) {
            const uid_t nobody = 65534;
            if (setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(CannotDropPrivileges);
            _exit(readOnlyOutcome(path));
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFEXITED(status));
        outcome = WEXITSTATUS(status);
        if (outcome == CannotDropPrivileges || outcome == StillWritable)
            GTEST_SKIP() << "Running as root, which may write a 0444 file, and a child process "
                            "could not become an ordinary user to check the refusal.";
    }
    EXPECT_EQ(outcome, Refused) << "1: opened, 2: message without the file name";
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

INSTANTIATE_TEST_SUITE_P(Files, ReadOnlyFileTest,
                         ::testing::Values("CampaignFile", "CampaignFileWithRollbackJournal",
                                           "EmptySqliteFileToMigrate"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param);
                         });

TEST_F(DatabaseTest, TransactionLeftWithoutCommitRollsBack)
{
    Error error;
    const auto database = open(filePath(QStringLiteral("tx.sqlite")), &error);
    ASSERT_TRUE(database);
    const QSqlDatabase db = database->connection();
    {
        Transaction transaction(db);
        ASSERT_TRUE(transaction.isActive());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 1")));
    }
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT sum(min_followers) FROM tier_thresholds")).toLongLong(),
              1110000);
    {
        Transaction transaction(db);
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 1")));
        EXPECT_TRUE(transaction.commit());
        EXPECT_FALSE(transaction.isActive());
    }
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT sum(min_followers) FROM tier_thresholds")).toLongLong(),
              4);
}

} // namespace
} // namespace planner::test
