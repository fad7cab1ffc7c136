// The candidate import on a team database (issue 15, point 2): on PostgreSQL the rows go
// with COPY (CandidateCopyWriter), and what is stored, found and reported must be what the
// same file gives in a campaign file; a cancelled import or a connection lost half way
// leaves the server holding exactly what it held. Against the real test server
// (PLANNER_TEST_PG); skipped, saying so, without one.
#include "modeltestsupport.h"

#include "import/candidateimport.h"

#include <QDir>
#include <algorithm>

namespace planner::test {
namespace {

QString corpusFile(const QString &name)
{
    return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR "/import")).filePath(name);
}

// One database the test imports into: a file or a schema of its own on the test server.
struct Side
{
    TestDatabase place;
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<CandidateStore> store;
};

// A rejection as the marketer reads it, without the file's folder.
QString said(const ImportRejection &rejection)
{
    return QStringLiteral("%1:%2 %3: %4").arg(rejection.line).arg(rejection.column).arg(rejection.field,
                                                                                        rejection.reason);
}

QStringList rejections(const ImportReport &report)
{
    QStringList out;
    for (const ImportRejection &rejection : report.rejections)
        out << said(rejection);
    return out;
}

class ServerImportTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        if (TestDatabase::serverUri().isEmpty())
            GTEST_SKIP() << "PLANNER_TEST_PG is not set: no PostgreSQL server to import into";
        open(m_file, Backend::SQLite);
        open(m_server, Backend::PostgreSQL);
    }

    void TearDown() override
    {
        for (Side *side : {&m_file, &m_server}) {
            side->store.reset();
            side->database.reset();
            side->place.drop();
        }
    }

    void open(Side &side, Backend backend)
    {
        side.path = side.place.create(backend, m_dir, QStringLiteral("campaign.sqlite"));
        ASSERT_FALSE(side.path.isEmpty());
        Error error;
        side.database = Database::open(side.path, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(side.database) << error.text().toStdString();
        side.store = std::make_unique<CandidateStore>(*side.database);
    }

    static ImportReport import(const Side &side, const QString &csv, const ImportSettings &settings = {},
                               const CandidateImport::Progress &progress = {})
    {
        CandidateImport importer(side.path);
        return importer.run(csv, {}, settings, progress);
    }

    // Every stored candidate as read back by the store, without the database's own ids, in
    // name order (then by first handle).
    static QList<Candidate> readBack(const Side &side)
    {
        QList<Candidate> candidates;
        for (const Candidate &candidate : side.store->allCandidates())
            candidates << withoutIds(candidate);
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            const QString ah = a.channels.isEmpty() ? QString() : a.channels.first().handle;
            const QString bh = b.channels.isEmpty() ? QString() : b.channels.first().handle;
            return std::tie(a.name, ah) < std::tie(b.name, bh);
        });
        return candidates;
    }

    // The search index's documents, whatever ids they are kept under.
    static QStringList searchTerms(const Side &side)
    {
        QStringList terms;
        QSqlQuery query(side.database->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT terms FROM candidate_search")));
        while (query.next())
            terms << query.value(0).toString();
        terms.sort();
        return terms;
    }

    // Imports csv into both and checks the reports and what is stored and found agree.
    void importIntoBoth(const QString &csv, const ImportSettings &settings = {})
    {
        SCOPED_TRACE(csv.toStdString());
        const ImportReport inFile = import(m_file, csv, settings);
        const ImportReport onServer = import(m_server, csv, settings);
        ASSERT_TRUE(inFile.error.isEmpty()) << inFile.error.text().toStdString();
        ASSERT_TRUE(onServer.error.isEmpty()) << onServer.error.text().toStdString();
        EXPECT_EQ(onServer.imported, inFile.imported);
        EXPECT_EQ(onServer.skipped, inFile.skipped);
        EXPECT_EQ(onServer.updated, inFile.updated);
        EXPECT_EQ(onServer.rejected, inFile.rejected);
        EXPECT_EQ(rejections(onServer), rejections(inFile));
        expectSameStored();
    }

    void expectSameStored()
    {
        const QList<Candidate> stored = readBack(m_file);
        EXPECT_EQ(readBack(m_server), stored);
        // The search index holds the same documents, as the store's INSERTs write them.
        EXPECT_EQ(searchTerms(m_server), searchTerms(m_file));
    }

    qint64 serverCount(const QString &table) const
    {
        return queryValue(m_server.database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            .toLongLong();
    }

    // A file of people with unique handles, enough for several of the server's batches.
    QString manyPeople(int people)
    {
        QByteArray text("name,handle,platform,followers,notes\n");
        for (int i = 1; i <= people; ++i)
            text += QStringLiteral("Người %1,@nguoi%1,tiktok,%2,ghi chú\n").arg(i).arg(1000 + i).toUtf8();
        const QString path = filePath(QStringLiteral("many.csv"));
        EXPECT_TRUE(writeBytes(path, text));
        return path;
    }

    Side m_file;
    Side m_server;
};

TEST_F(ServerImportTest, RealFilesStoreTheSameCandidatesOnTheServerAsInAFile)
{
    ImportSettings tiktok;
    tiktok.platform = Platform::TikTok;
    ImportSettings youtube;
    youtube.platform = Platform::YouTube;
    importIntoBoth(corpusFile(QStringLiteral("english-headers-decimal-commas.csv")));
    importIntoBoth(corpusFile(QStringLiteral("truncated-row.csv")));
    importIntoBoth(corpusFile(QStringLiteral("rows-without-handle.csv")));
    importIntoBoth(corpusFile(QStringLiteral("analytics-engagement-counts.csv")));
    importIntoBoth(corpusFile(QStringLiteral("marketplace-semicolon.csv")), youtube);
    importIntoBoth(corpusFile(QStringLiteral("tiktok-top-no-platform.csv")), tiktok);
    importIntoBoth(corpusFile(QStringLiteral("windows-1258-vi.csv")), tiktok);
    importIntoBoth(corpusFile(QStringLiteral("windows-1256-fa.csv")), tiktok);
    importIntoBoth(corpusFile(QStringLiteral("youtube-top-youtuber.csv")), youtube);
    EXPECT_GT(readBack(m_server).size(), 20);
}

TEST_F(ServerImportTest, ImportingAgainSkipsOrUpdatesTheSameRowsOnTheServer)
{
    const QString csv = corpusFile(QStringLiteral("english-headers-decimal-commas.csv"));
    importIntoBoth(csv);
    importIntoBoth(csv); // every row is stored already: skipped
    ImportSettings update;
    update.onDuplicate = DuplicatePolicy::Update;
    importIntoBoth(corpusFile(QStringLiteral("rows-without-handle.csv")));
    importIntoBoth(corpusFile(QStringLiteral("rows-without-handle.csv")), update);
    const QString changed = filePath(QStringLiteral("changed.csv"));
    QByteArray text = fileBytes(csv);
    text.replace("45.300", "46.100"); // Lena Weber gained followers
    ASSERT_TRUE(writeBytes(changed, text));
    importIntoBoth(changed, update);
}

TEST_F(ServerImportTest, HostileTextSurvivesTheRoundTripOnTheServer)
{
    const QStringList hostile{
        QStringLiteral("tab\there"),
        QStringLiteral("two\nlines"),
        QStringLiteral("carriage\r\nreturn"),
        QStringLiteral("back\\slash \\\\ \\t \\n"),
        QStringLiteral("\\N marks NULL \\N"), // alone, \N is an empty cell to the import
        QStringLiteral("\\. ends COPY's data"),
        QStringLiteral("end\n\\.\nafter the end of COPY's data"),
        QStringLiteral("$$; DROP SCHEMA public CASCADE; $$ 100% _x_ \u202Eevil\u202C 🙂"),
        QStringLiteral("\"quoted\" 'single'"),
        QStringLiteral("'; DROP TABLE candidates; --"),
        QStringLiteral("سارا محمدی، بلاگر آشپزی"),
        QStringLiteral("Nguyễn Thị Hương – làm đẹp"),
    };
    QString text = QStringLiteral("name,handle,platform,followers,notes\n");
    int row = 0;
    for (const QString &value : hostile) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        ++row;
        text += QStringLiteral("\"%1\",\"@h%2_%1\",instagram,%3,\"%1\"\n").arg(quoted).arg(row).arg(1000 * row);
        // A row failing a check in the middle: reported with its place, the rest stored.
        if (row == 4)
            text += QStringLiteral("Bad Followers,@bad,instagram,lots,\n");
    }
    const QString csv = filePath(QStringLiteral("hostile.csv"));
    ASSERT_TRUE(writeBytes(csv, text.toUtf8()));
    importIntoBoth(csv);

    const ImportReport again = import(m_server, csv); // all stored now: the handles are found
    EXPECT_EQ(again.skipped, hostile.size());
    const QList<Candidate> stored = readBack(m_server);
    ASSERT_EQ(stored.size(), hostile.size());
    QStringList notes;
    for (const Candidate &candidate : stored)
        notes << candidate.notes;
    for (const QString &value : hostile)
        EXPECT_TRUE(notes.contains(value)) << value.toStdString();
    EXPECT_EQ(serverCount(QStringLiteral("candidates")), hostile.size()); // the table is still there
}

TEST_F(ServerImportTest, ARejectedRowIsReportedWithItsPlaceOnTheServer)
{
    const ImportReport report = import(m_server, corpusFile(QStringLiteral("truncated-row.csv")));
    ASSERT_TRUE(report.error.isEmpty()) << report.error.text().toStdString();
    ASSERT_GE(report.rejections.size(), 1);
    const ImportRejection &first = report.rejections.first();
    EXPECT_EQ(first.line, 3);
    EXPECT_GT(first.column, 0);
    EXPECT_FALSE(first.reason.isEmpty());
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 1);
}

TEST_F(ServerImportTest, ACancelledImportLeavesTheServerAsItWas)
{
    importIntoBoth(corpusFile(QStringLiteral("english-headers-decimal-commas.csv")));
    const QList<Candidate> before = readBack(m_server);
    const QStringList termsBefore = searchTerms(m_server);
    int reports = 0;
    // Stops well after the first batch went to the server.
    const ImportReport report = import(m_server, manyPeople(30000), {}, [&](qint64, qint64) {
        return ++reports < 20;
    });
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(readBack(m_server), before);
    EXPECT_EQ(searchTerms(m_server), termsBefore);
}

TEST_F(ServerImportTest, AConnectionLostMidImportIsReportedAndNothingOfItIsStored)
{
    importIntoBoth(corpusFile(QStringLiteral("english-headers-decimal-commas.csv")));
    const QList<Candidate> before = readBack(m_server);
    const QStringList termsBefore = searchTerms(m_server);
    const qint64 channelsBefore = serverCount(QStringLiteral("channels"));
    int reports = 0;
    bool terminated = false;
    // After the first batch went (its COPY holds the candidates table's row lock), a second
    // connection ends the importer's backend, found by that lock in the test's own schema.
    const QString terminate = QStringLiteral(
        "SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '%1' AND c.relname = 'candidates'"
        " AND l.mode = 'RowExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid()")
                                  .arg(queryValue(m_server.database->connection(), QStringLiteral("SELECT current_schema()")).toString());
    const ImportReport report = import(m_server, manyPeople(30000), {}, [&](qint64, qint64) {
        if (++reports == 12) // 12,288 rows read: one batch of 8,192 sent
            terminated = TestDatabase::run(terminate);
        return true;
    });
    EXPECT_TRUE(terminated);
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.imported, 0);
    EXPECT_TRUE(report.error.message.contains(QStringLiteral("could not be saved in the team database")))
        << report.error.text().toStdString();
    EXPECT_EQ(readBack(m_server), before);
    EXPECT_EQ(searchTerms(m_server), termsBefore);
    EXPECT_EQ(serverCount(QStringLiteral("channels")), channelsBefore);
}

} // namespace
} // namespace planner::test
