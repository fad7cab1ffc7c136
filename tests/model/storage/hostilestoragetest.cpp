// Storage that fails under the stores: a full disk (SQLite's max_page_count stands in), a
// file cut short, a damaged table. Each write rolls back and says which file and why, and
// the file stays as it was; a read that fails says so instead of showing too few rows.
// And texts that try to be SQL, through every text field, on both engines.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignstore.h"
#include "storage/savedviewstore.h"
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

// Texts written to break out of a quoted value or a placeholder, in SQLite's and PostgreSQL's
// ways (dollar quoting, backslash escapes, $1 and ? placeholders), and long and mixed scripts.
QStringList injectionTexts()
{
    return {QStringLiteral("'); DROP TABLE candidates; --"),
            QStringLiteral("x' OR '1'='1"),
            QStringLiteral("Robert'); DELETE FROM campaigns WHERE ('1' = '1"),
            QStringLiteral("$$; DROP SCHEMA public CASCADE; $$"),
            QStringLiteral("\\'; SELECT pg_sleep(30); --"),
            QStringLiteral("$1 $2 ? :name @p0 %s %n {0}"),
            QStringLiteral("E'\\x27'; COPY candidates TO '/tmp/x'; --"),
            QStringLiteral("Nguyễn \u202Eevil\u202C Hà سارا"),
            QString(5000, QChar(u'ễ'))};
}

using InjectionStorageTest = OnBothBackends<StoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(InjectionStorageTest);

TEST_P(InjectionStorageTest, EveryTextFieldKeepsItExactlyAndNothingElseIsTouched)
{
    CampaignStore campaigns(*m_database);
    SavedViewStore views(*m_database);
    AssumptionStore assumptions(*m_database);
    BrandFitStore fits(*m_database);
    const QStringList texts = injectionTexts();
    for (int i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i);
        SCOPED_TRACE(text.left(60).toStdString());
        const QString unique = text + QString::number(i);
        Candidate candidate = makeCandidate(unique, CandidateKind::Kol,
                                            {makeChannel(Platform::TikTok, unique, 1000 + i)}, {text}, {text});
        candidate.notes = text;
        Error error;
        const auto candidateId = m_store->add(candidate, &error);
        ASSERT_TRUE(candidateId) << error.text().toStdString();
        EXPECT_EQ(withoutIds(m_store->find(*candidateId).value_or(Candidate())), candidate);

        Campaign campaign;
        campaign.name = unique;
        campaign.notes = text;
        campaign.budget = Money(100000 + i, QStringLiteral("USD"));
        const auto campaignId = campaigns.create(campaign, &error);
        ASSERT_TRUE(campaignId) << error.text().toStdString();
        const std::optional<Campaign> storedCampaign = campaigns.findByName(unique, &error);
        ASSERT_TRUE(storedCampaign) << error.text().toStdString();
        EXPECT_EQ(storedCampaign->id, *campaignId);
        EXPECT_EQ(storedCampaign->notes, text);

        ShortlistEntry entry;
        entry.campaignId = *campaignId;
        entry.candidateId = *candidateId;
        entry.platform = Platform::TikTok;
        entry.notes = text;
        const auto entryId = campaigns.addEntry(entry, &error);
        ASSERT_TRUE(entryId) << error.text().toStdString();
        EXPECT_EQ(campaigns.findEntry(*entryId).value_or(ShortlistEntry()).notes, text);

        SavedView view;
        view.name = unique;
        view.filter.search = text;
        ASSERT_TRUE(views.save(view, &error)) << error.text().toStdString();

        BrandFit fit;
        fit.campaignId = *campaignId;
        fit.candidateId = *candidateId;
        fit.rating = 4;
        fit.note = text;
        ASSERT_TRUE(fits.save(fit, &error)) << error.text().toStdString();
        EXPECT_EQ(fits.find(*campaignId, *candidateId).value_or(BrandFit()).note, text);

        ASSERT_TRUE(assumptions.adopt(Assumptions::benchmarkCpmKey(), 7.0 + i, text, &error))
            << error.text().toStdString();
        const auto adopted = assumptions.load().find(Assumptions::benchmarkCpmKey());
        ASSERT_TRUE(adopted);
        EXPECT_EQ(adopted->source, text);
    }
    // Every row is there, once, and every saved view reads back with its text.
    EXPECT_EQ(m_store->candidateCount(), texts.size());
    EXPECT_EQ(count(QStringLiteral("channels")), texts.size());
    EXPECT_EQ(campaigns.campaigns().size(), texts.size());
    EXPECT_EQ(count(QStringLiteral("shortlist_entries")), texts.size());
    Error error;
    int found = 0;
    for (const SavedView &view : views.all(&error)) {
        if (view.seedKey.isEmpty()) {
            const int at = texts.indexOf(view.filter.search);
            ASSERT_GE(at, 0) << view.name.toStdString();
            EXPECT_EQ(view.name, texts.at(at) + QString::number(at));
            ++found;
        }
    }
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
    EXPECT_EQ(found, texts.size());
}

} // namespace
} // namespace planner::test
