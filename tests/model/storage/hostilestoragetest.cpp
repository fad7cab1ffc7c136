// Storage that fails under the stores: a full disk (SQLite's max_page_count stands in), a
// file cut short, a damaged table. Each write rolls back and says which file and why, and
// the file stays as it was; a read that fails says so instead of showing too few rows.
#include "modeltestsupport.h"

#include "storage/campaignstore.h"
#include "itemmodels/candidatetablemodel.h"

#include <QDir>
#include <QSignalSpy>

namespace planner::test {
namespace {

Candidate sampleCandidate(int i)
{
    Candidate candidate = makeCandidate(QStringLiteral("Nguyễn Thu Hà %1").arg(i), CandidateKind::Kol,
                                        {makeChannel(Platform::TikTok, QStringLiteral("@thuha%1").arg(i), 1000 + i),
                                         makeChannel(Platform::Instagram, QStringLiteral("@ha%1").arg(i), 500 + i)});
    candidate.notes = QStringLiteral("Prefers Zalo");
    return candidate;
}

class HostileStorageTest : public TempDirTest
{
protected:
    QString path() const { return filePath(QStringLiteral("campaign.sqlite")); }

    std::unique_ptr<Database> open() const
    {
        Error error;
        auto database = Database::open(path(), Database::OpenMode::ExistingOnly, &error);
        EXPECT_TRUE(database) << error.text().toStdString();
        return database;
    }

    // A file with candidates and a campaign, closed (so it is all in the main file).
    void makeFile(int candidates)
    {
        Error error;
        auto database = Database::open(path(), Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(database) << error.text().toStdString();
        CandidateStore store(*database);
        int next = 0;
        ASSERT_TRUE(store.addMany(
            [&](Candidate &candidate) {
                if (next == candidates)
                    return false;
                candidate = sampleCandidate(next++);
                return true;
            },
            &error))
            << error.text().toStdString();
        Campaign campaign;
        campaign.name = QStringLiteral("Tết skincare");
        campaign.budget = Money(150000000, QStringLiteral("VND"));
        ASSERT_TRUE(CampaignStore(*database).create(campaign, &error)) << error.text().toStdString();
    }

    // A full disk: the file may not grow by a single page on this connection.
    static void fillDisk(const Database &database)
    {
        const qint64 pages = queryValue(database.connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
        queryValue(database.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    }

    void expectFullDiskMessage(const Error &error) const
    {
        EXPECT_TRUE(error.text().contains(QDir::toNativeSeparators(path()))) << error.text().toStdString();
        EXPECT_TRUE(error.text().contains(QStringLiteral("full"))) << error.text().toStdString();
    }
};

TEST_F(HostileStorageTest, EditsOnAFullDiskRollBackSayWhyAndLeaveTheFileAsItWas)
{
    makeFile(20);
    const QByteArray before = fileBytes(path());
    const QString big(10000, QChar(u'ễ'));
    {
        const auto database = open();
        ASSERT_TRUE(database);
        CandidateStore candidates(*database);
        CampaignStore campaigns(*database);
        const QList<Candidate> stored = candidates.allCandidates();
        const QList<Campaign> storedCampaigns = campaigns.campaigns();
        ASSERT_EQ(stored.size(), 20);
        fillDisk(*database);

        Candidate added = sampleCandidate(100);
        added.notes = big;
        Error error;
        EXPECT_FALSE(candidates.add(added, &error));
        expectFullDiskMessage(error);

        Candidate changed = stored.at(3);
        changed.notes = big;
        changed.channels.append(makeChannel(Platform::YouTube, QStringLiteral("@new"), 5));
        error = Error();
        EXPECT_FALSE(candidates.update(changed, &error));
        expectFullDiskMessage(error);

        int next = 0;
        error = Error();
        EXPECT_FALSE(candidates.addMany(
            [&](Candidate &candidate) {
                if (next == 2000)
                    return false;
                candidate = sampleCandidate(1000 + next++);
                return true;
            },
            &error));
        expectFullDiskMessage(error);

        Campaign campaign = storedCampaigns.first();
        campaign.notes = big;
        error = Error();
        EXPECT_FALSE(campaigns.update(campaign, &error));
        expectFullDiskMessage(error);

        // Nothing of the four edits is there, and what was there is whole.
        EXPECT_EQ(candidates.allCandidates(), stored);
        EXPECT_EQ(campaigns.campaigns(), storedCampaigns);
        EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
    }
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_F(HostileStorageTest, AFileCutShortIsRefusedAndLeftAsItWas)
{
    makeFile(3000);
    const QByteArray whole = fileBytes(path());
    ASSERT_GT(whole.size(), 100000);
    for (const qsizetype length : {whole.size() * 3 / 5, qsizetype(4096), qsizetype(60)}) {
        SCOPED_TRACE(length);
        const QByteArray cut = whole.left(length);
        ASSERT_TRUE(writeBytes(path(), cut));
        Error error;
        EXPECT_FALSE(Database::open(path(), Database::OpenMode::ExistingOnly, &error));
        EXPECT_TRUE(error.text().contains(QDir::toNativeSeparators(path()))) << error.text().toStdString();
        EXPECT_TRUE(error.text().contains(QStringLiteral("damaged"))) << error.text().toStdString();
        EXPECT_EQ(fileBytes(path()), cut);
        EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    }
}

TEST_F(HostileStorageTest, ARowsQueryThatFailsSaysWhyInsteadOfEndingQuietly)
{
    makeFile(5);
    // A damaged file stands in: the table of search words is gone.
    ASSERT_TRUE(runSqlOnFile(path(), {QStringLiteral("DROP TABLE candidate_search")}));
    const auto database = open();
    ASSERT_TRUE(database);
    CandidateStore store(*database);
    CandidateFilter filter;
    filter.search = QStringLiteral("thu");
    const auto cursor = store.rows(filter, CandidateSort());
    EXPECT_TRUE(cursor->fetch(100).isEmpty());
    EXPECT_TRUE(cursor->atEnd());
    ASSERT_TRUE(cursor->failed());
    EXPECT_TRUE(cursor->error().text().contains(QDir::toNativeSeparators(path())))
        << cursor->error().text().toStdString();
    EXPECT_TRUE(cursor->error().text().contains(QStringLiteral("candidate_search")))
        << cursor->error().text().toStdString();

    // Without a search the rows read as before, and no failure is claimed.
    const auto plain = store.rows(CandidateFilter(), CandidateSort());
    EXPECT_EQ(plain->fetch(100).size(), 10);
    EXPECT_FALSE(plain->failed());

    // The table the window shows passes the reason on.
    CandidateTableModel model(&store);
    QSignalSpy failures(&model, &CandidateTableModel::readFailed);
    model.setFilter(filter);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().first().toString().contains(QStringLiteral("candidate_search")));
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace planner::test
