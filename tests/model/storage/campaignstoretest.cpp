// Schema 2: campaigns, shortlists, assumptions and exchange rates in the campaign file.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"
#include "storage/schema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace planner::test {
namespace {

class CampaignStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
    }

    void TearDown() override
    {
        m_campaigns.reset();
        StoreTest::TearDown();
    }

    static Campaign campaign(const QString &name = QStringLiteral("Tết skincare"))
    {
        Campaign campaign;
        campaign.name = name;
        campaign.goal = Goal::NicheTrust;
        campaign.budget = Money(150000000, QStringLiteral("VND"));
        campaign.niches = {QStringLiteral("beauty")};
        campaign.regions = {QStringLiteral("VN")};
        campaign.startDate = QDate(2026, 1, 5);
        campaign.endDate = QDate(2026, 2, 20);
        campaign.notes = QStringLiteral("Lunar new year");
        return campaign;
    }

    qint64 addCandidate(const QString &name = QStringLiteral("Mai"))
    {
        Error error;
        const auto id = m_store->add(
            makeCandidate(name, CandidateKind::Influencer,
                          {makeChannel(Platform::Instagram, QStringLiteral("@mai"), 45000)}),
            &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    std::unique_ptr<CampaignStore> m_campaigns;
};

// The tests that hold on both engines run on each (an SQLite file, a PostgreSQL schema).
using CampaignStoreBothTest = OnBothBackends<CampaignStoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(CampaignStoreBothTest);

TEST(SchemaTwoMigration, AVersionOneFileIsUpgradedAndKeepsItsCandidates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QStringList statements = Schema::migrationStep(1);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (4, 'Lan', 'kol')")
               << QStringLiteral("INSERT INTO channels (candidate_id, platform, followers)"
                                 " VALUES (4, 'instagram', 52000)")
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    ASSERT_TRUE(runSqlOnFile(path, statements));

    Error error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    const QSqlDatabase db = database->connection();
    EXPECT_EQ(queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT name FROM candidates WHERE id = 4")).toString(),
              QStringLiteral("Lan"));
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM channels")).toInt(), 1);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 0);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT per_usd FROM exchange_rates WHERE currency = 'USD'"))
                  .toDouble(),
              1.0);
    const Assumptions assumptions = AssumptionStore::load(db);
    EXPECT_DOUBLE_EQ(assumptions.value(QStringLiteral("reach_rate.instagram.micro.post")).value_or(0), 0.229);
    EXPECT_DOUBLE_EQ(assumptions.benchmarkCpmUsd(), 6.5);
}

TEST_P(CampaignStoreBothTest, EverySeededAssumptionHasAUnitASourceAndItsDefault)
{
    const QList<Assumption> rows = AssumptionStore::load(connection()).all();
    EXPECT_GE(rows.size(), 40);
    for (const Assumption &row : rows) {
        EXPECT_FALSE(row.unit.isEmpty()) << row.key.toStdString();
        EXPECT_FALSE(row.source.isEmpty()) << row.key.toStdString();
        EXPECT_TRUE(row.isDefault()) << row.key.toStdString();
    }
}

TEST_P(CampaignStoreBothTest, AssumptionsAreEditedAndRestored)
{
    AssumptionStore store(*m_database);
    int changes = 0;
    QObject::connect(&store, &AssumptionStore::changed, [&] { ++changes; });
    const QString key = QStringLiteral("engagement_rate.micro");
    Error error;
    ASSERT_TRUE(store.set(key, 5.5, &error)) << error.text().toStdString();
    ASSERT_TRUE(store.set(QStringLiteral("fee.nano"), 80, &error));
    EXPECT_DOUBLE_EQ(store.load().engagementRatePct(Platform::Instagram, Tier::Micro), 5.5);
    EXPECT_FALSE(store.load().find(key)->isDefault());

    ASSERT_TRUE(store.restoreDefault(key, &error));
    EXPECT_DOUBLE_EQ(store.load().engagementRatePct(Platform::Instagram, Tier::Micro), 2.75);
    EXPECT_EQ(store.load().defaultFee(Platform::Instagram, Tier::Nano), Money(8000, QStringLiteral("USD")));
    ASSERT_TRUE(store.restoreDefaults(&error));
    EXPECT_EQ(store.load().defaultFee(Platform::Instagram, Tier::Nano), Money(5500, QStringLiteral("USD")));
    EXPECT_EQ(changes, 4);

    EXPECT_FALSE(store.set(QStringLiteral("no.such.key"), 1.0, &error));
    EXPECT_FALSE(store.set(key, -1.0, &error));
    EXPECT_EQ(error.fieldKey, key);
}

TEST_P(CampaignStoreBothTest, ExchangeRatesAreEditedAndRefusedWhenWrong)
{
    ExchangeRateStore store(*m_database);
    Error error;
    ASSERT_TRUE(store.setRate(QStringLiteral("eur"), 0.9, &error)) << error.text().toStdString();
    ASSERT_TRUE(store.setRate(QStringLiteral("VND"), 25000, &error));
    const ExchangeRates rates = store.load();
    EXPECT_EQ(rates.perUsd(QStringLiteral("EUR")), 0.9);
    EXPECT_EQ(rates.perUsd(QStringLiteral("VND")), 25000.0);
    EXPECT_TRUE(rates.contains(QStringLiteral("IRR")));

    EXPECT_FALSE(store.setRate(QStringLiteral("VND"), 0, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("per_usd"));
    EXPECT_FALSE(store.setRate(QStringLiteral("dong"), 1, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));
    EXPECT_FALSE(store.removeRate(QStringLiteral("USD"), &error));
    EXPECT_TRUE(store.removeRate(QStringLiteral("EUR"), &error));
    EXPECT_FALSE(store.load().contains(QStringLiteral("EUR")));
}

TEST_P(CampaignStoreBothTest, CampaignsAreCreatedFoundUpdatedAndRemoved)
{
    Error error;
    const auto id = m_campaigns->create(campaign(), &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    Campaign expected = campaign();
    expected.id = *id;
    EXPECT_EQ(m_campaigns->find(*id), expected);
    EXPECT_EQ(m_campaigns->findByName(QStringLiteral("Tết skincare")), expected);

    expected.goal = Goal::Awareness;
    expected.budget = Money(12345, QStringLiteral("USD"));
    expected.startDate = QDate();
    expected.regions.clear();
    ASSERT_TRUE(m_campaigns->update(expected, &error)) << error.text().toStdString();
    EXPECT_EQ(m_campaigns->find(*id), expected);

    ASSERT_TRUE(m_campaigns->create(campaign(QStringLiteral("Another")), &error));
    const QList<Campaign> all = m_campaigns->campaigns();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().name, QStringLiteral("Another"));

    ASSERT_TRUE(m_campaigns->remove(*id, &error));
    EXPECT_FALSE(m_campaigns->find(*id));
    EXPECT_FALSE(m_campaigns->remove(*id, &error));
}

// Target languages are codes in lowercase, without repeats, however they were given or
// stored (by another program, in capitals), and read back alike by every read on both engines.
TEST_P(CampaignStoreBothTest, ACampaignsTargetLanguagesAreStoredAndReadBackInLowercase)
{
    Campaign given = campaign(QStringLiteral("کمپین نوروز"));
    given.languages = {QStringLiteral("fa"), QStringLiteral("EN"), QStringLiteral(" Vi "), QStringLiteral("fa")};
    Error error;
    const auto id = m_campaigns->create(given, &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    const QStringList lowercase{QStringLiteral("fa"), QStringLiteral("en"), QStringLiteral("vi")};
    EXPECT_EQ(queryValue(connection(), QStringLiteral("SELECT languages FROM campaigns WHERE id = ?"), {*id}).toString(),
              QStringLiteral("fa|en|vi"));
    EXPECT_EQ(m_campaigns->find(*id)->languages, lowercase);
    EXPECT_EQ(m_campaigns->findByName(given.name)->languages, lowercase);
    ASSERT_EQ(m_campaigns->campaigns().size(), 1);
    EXPECT_EQ(m_campaigns->campaigns().first().languages, lowercase);

    Campaign edited = *m_campaigns->find(*id);
    edited.languages = {QStringLiteral("ID"), QStringLiteral("Jv")};
    ASSERT_TRUE(m_campaigns->update(edited, &error)) << error.text().toStdString();
    EXPECT_EQ(m_campaigns->find(*id)->languages, (QStringList{QStringLiteral("id"), QStringLiteral("jv")}));
    ASSERT_TRUE(runSqlOnFile(m_path, {QStringLiteral("UPDATE campaigns SET languages = 'FA|En|fa' WHERE id = %1").arg(*id)}));
    EXPECT_EQ(m_campaigns->find(*id)->languages, (QStringList{QStringLiteral("fa"), QStringLiteral("en")}));
    EXPECT_EQ(m_campaigns->campaigns().first().languages, (QStringList{QStringLiteral("fa"), QStringLiteral("en")}));

    edited = *m_campaigns->find(*id);
    edited.languages.clear();
    ASSERT_TRUE(m_campaigns->update(edited, &error)) << error.text().toStdString();
    EXPECT_TRUE(m_campaigns->find(*id)->languages.isEmpty());
}

TEST_P(CampaignStoreBothTest, RefusalsNameTheField)
{
    Error error;
    Campaign bad = campaign();
    bad.name = QStringLiteral("  ");
    EXPECT_FALSE(m_campaigns->create(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("name"));

    bad = campaign();
    bad.budget = Money(-1, QStringLiteral("VND"));
    EXPECT_FALSE(m_campaigns->create(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("budget"));

    bad = campaign();
    bad.budget = Money(1, QStringLiteral("VN"));
    EXPECT_FALSE(m_campaigns->create(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

    bad = campaign();
    bad.endDate = QDate(2025, 12, 31);
    EXPECT_FALSE(m_campaigns->create(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("end_date"));

    ASSERT_TRUE(m_campaigns->create(campaign(), &error));
    error = Error();
    EXPECT_FALSE(m_campaigns->create(campaign(), &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("name"));
    EXPECT_FALSE(error.field.isEmpty());
    EXPECT_EQ(count(QStringLiteral("campaigns")), 1);
}

TEST_P(CampaignStoreBothTest, ShortlistEntriesAreAddedUpdatedAndRemoved)
{
    Error error;
    const qint64 campaignId = m_campaigns->create(campaign(), &error).value_or(0);
    const qint64 candidateId = addCandidate();
    ShortlistEntry entry;
    entry.campaignId = campaignId;
    entry.candidateId = candidateId;
    entry.format = DeliverableFormat::Story;
    entry.deliverables = 4;
    entry.agreedFee = Money(3000000, QStringLiteral("VND"));
    entry.notes = QStringLiteral("two in week one");
    const auto id = m_campaigns->addEntry(entry, &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    entry.id = *id;
    EXPECT_EQ(m_campaigns->findEntry(*id), entry);

    entry.status = EntryStatus::Confirmed;
    entry.locked = true;
    entry.agreedFee.reset();
    ASSERT_TRUE(m_campaigns->updateEntry(entry, &error)) << error.text().toStdString();
    EXPECT_EQ(m_campaigns->entries(campaignId), QList<ShortlistEntry>{entry});

    ASSERT_TRUE(m_campaigns->removeEntry(*id, &error));
    EXPECT_TRUE(m_campaigns->entries(campaignId).isEmpty());
}

TEST_P(CampaignStoreBothTest, EntriesSurviveEditingTheCandidateAndGoWithIt)
{
    Error error;
    const qint64 campaignId = m_campaigns->create(campaign(), &error).value_or(0);
    const qint64 candidateId = addCandidate();
    ShortlistEntry entry;
    entry.campaignId = campaignId;
    entry.candidateId = candidateId;
    ASSERT_TRUE(m_campaigns->addEntry(entry, &error)) << error.text().toStdString();

    // Editing replaces the channel rows; the entry names the platform, so it stays.
    Candidate edited = *m_store->find(candidateId);
    edited.channels.first().followers = 60000;
    edited.channels.first().id = 0;
    ASSERT_TRUE(m_store->update(edited, &error)) << error.text().toStdString();
    EXPECT_EQ(m_campaigns->entries(campaignId).size(), 1);

    ASSERT_TRUE(m_store->remove(candidateId, &error));
    EXPECT_TRUE(m_campaigns->entries(campaignId).isEmpty());

    const qint64 other = addCandidate(QStringLiteral("Lan"));
    entry.candidateId = other;
    ASSERT_TRUE(m_campaigns->addEntry(entry, &error));
    ASSERT_TRUE(m_campaigns->remove(campaignId, &error));
    EXPECT_EQ(count(QStringLiteral("shortlist_entries")), 0);
}

TEST_P(CampaignStoreBothTest, EntryRefusalsNameTheField)
{
    Error error;
    const qint64 campaignId = m_campaigns->create(campaign(), &error).value_or(0);
    const qint64 candidateId = addCandidate();
    ShortlistEntry entry;
    entry.campaignId = campaignId;
    entry.candidateId = candidateId;

    ShortlistEntry bad = entry;
    bad.deliverables = 0;
    EXPECT_FALSE(m_campaigns->addEntry(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("deliverables"));

    bad = entry;
    bad.platform = Platform::YouTube;
    EXPECT_FALSE(m_campaigns->addEntry(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("platform"));

    bad = entry;
    bad.candidateId = candidateId + 100;
    EXPECT_FALSE(m_campaigns->addEntry(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("candidate"));

    bad = entry;
    bad.agreedFee = Money(-5, QStringLiteral("VND"));
    EXPECT_FALSE(m_campaigns->addEntry(bad, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("agreed_fee"));

    ASSERT_TRUE(m_campaigns->addEntry(entry, &error));
    EXPECT_FALSE(m_campaigns->addEntry(entry, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("format"));
    EXPECT_EQ(count(QStringLiteral("shortlist_entries")), 1);
}

// A campaign with four candidates on Instagram: Mai's entry locked, Lan's and Hoa's not.
class ShortlistReplaceTest : public CampaignStoreTest
{
protected:
    void SetUp() override
    {
        CampaignStoreTest::SetUp();
        Error error;
        m_campaignId = m_campaigns->create(campaign(), &error).value_or(0);
        ASSERT_GT(m_campaignId, 0) << error.text().toStdString();
        m_mai = addCandidate(QStringLiteral("Mai"));
        m_lan = addCandidate(QStringLiteral("Lan"));
        m_hoa = addCandidate(QStringLiteral("Hoa"));
        m_tuan = addCandidate(QStringLiteral("Tuấn"));
        ShortlistEntry locked = entryFor(m_mai);
        locked.locked = true;
        locked.status = EntryStatus::Confirmed;
        locked.agreedFee = Money(9000000, QStringLiteral("VND"));
        ASSERT_TRUE(m_campaigns->addEntry(locked, &error)) << error.text().toStdString();
        ASSERT_TRUE(m_campaigns->addEntry(entryFor(m_lan), &error));
        ShortlistEntry story = entryFor(m_hoa);
        story.format = DeliverableFormat::Story;
        story.status = EntryStatus::Negotiating;
        ASSERT_TRUE(m_campaigns->addEntry(story, &error));
        m_before = m_campaigns->entries(m_campaignId);
        ASSERT_EQ(m_before.size(), 3);
    }

    ShortlistEntry entryFor(qint64 candidateId, int deliverables = 1) const
    {
        ShortlistEntry entry;
        entry.campaignId = m_campaignId;
        entry.candidateId = candidateId;
        entry.deliverables = deliverables;
        return entry;
    }

    qint64 m_campaignId = 0;
    qint64 m_mai = 0, m_lan = 0, m_hoa = 0, m_tuan = 0;
    QList<ShortlistEntry> m_before;
};

// The tests that hold on both engines run on each (an SQLite file, a PostgreSQL schema).
using ShortlistReplaceBothTest = OnBothBackends<ShortlistReplaceTest>;
INSTANTIATE_ON_BOTH_BACKENDS(ShortlistReplaceBothTest);

TEST_P(ShortlistReplaceBothTest, ReplaceUnlockedKeepsLockedEntriesAndAddsTheGivenOnes)
{
    int changes = 0;
    QObject::connect(m_campaigns.get(), &CampaignStore::changed, [&] { ++changes; });
    ShortlistEntry tuan = entryFor(m_tuan, 3);
    tuan.campaignId = 0; // the store files it under the campaign it is given
    tuan.id = 77;
    ShortlistEntry lanAgain = entryFor(m_lan, 2);
    lanAgain.status = EntryStatus::Contacted;
    ShortlistEntry lockedCopy = m_before.first(); // locked entries in the list are left alone
    lockedCopy.deliverables = 9;
    Error error;
    ASSERT_TRUE(m_campaigns->replaceUnlocked(m_campaignId, {tuan, lockedCopy, lanAgain}, &error))
        << error.text().toStdString();
    EXPECT_EQ(changes, 1);

    const QList<ShortlistEntry> after = m_campaigns->entries(m_campaignId);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.at(0), m_before.at(0));
    EXPECT_EQ(after.at(1).candidateId, m_tuan);
    EXPECT_EQ(after.at(1).campaignId, m_campaignId);
    EXPECT_EQ(after.at(1).deliverables, 3);
    EXPECT_NE(after.at(1).id, 77);
    EXPECT_EQ(after.at(2).candidateId, m_lan);
    EXPECT_EQ(after.at(2).deliverables, 2);
    EXPECT_EQ(after.at(2).status, EntryStatus::Contacted);

    ASSERT_TRUE(m_campaigns->replaceUnlocked(m_campaignId, {}, &error));
    EXPECT_EQ(m_campaigns->entries(m_campaignId), QList<ShortlistEntry>{m_before.at(0)});
}

TEST_P(ShortlistReplaceBothTest, ARefusedEntryLeavesTheShortlistExactlyAsItWas)
{
    ShortlistEntry noChannel = entryFor(m_tuan);
    noChannel.platform = Platform::YouTube;
    Error error;
    // The unlocked entries are already gone inside the transaction when the second entry fails.
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId, {entryFor(m_tuan), noChannel}, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("platform"));
    EXPECT_FALSE(error.field.isEmpty());
    EXPECT_EQ(m_campaigns->entries(m_campaignId), m_before);

    // A duplicate of the locked entry, and a duplicate within the list itself.
    error = Error();
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId, {entryFor(m_mai)}, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("format"));
    error = Error();
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId, {entryFor(m_tuan), entryFor(m_tuan, 2)},
                                              &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("format"));
    error = Error();
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId, {entryFor(m_tuan, 0)}, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("deliverables"));
    EXPECT_EQ(m_campaigns->entries(m_campaignId), m_before);

    error = Error();
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId + 100, {}, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("campaign"));
}

TEST_F(ShortlistReplaceTest, AFailingInsertRollsBackTheRemoval)
{
    // Stands for a failure the checks cannot foresee (a full disk, a lost file).
    QSqlQuery trigger(connection());
    ASSERT_TRUE(trigger.exec(QStringLiteral(
        "CREATE TRIGGER refuse_seven BEFORE INSERT ON shortlist_entries WHEN NEW.deliverables = 7"
        " BEGIN SELECT RAISE(ABORT, 'seven refused'); END")))
        << trigger.lastError().text().toStdString();
    Error error;
    EXPECT_FALSE(m_campaigns->replaceUnlocked(m_campaignId, {entryFor(m_tuan), entryFor(m_lan, 7)},
                                              &error));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_TRUE(error.message.contains(QStringLiteral("seven refused"))) << error.text().toStdString();
    EXPECT_EQ(m_campaigns->entries(m_campaignId), m_before);
    EXPECT_EQ(count(QStringLiteral("shortlist_entries")), 3);
}

TEST_P(ShortlistReplaceBothTest, ACandidateIsRemovedOrGivenAStatusWithAllItsEntries)
{
    Error error;
    ShortlistEntry second = entryFor(m_lan);
    second.format = DeliverableFormat::Story;
    ASSERT_TRUE(m_campaigns->addEntry(second, &error));
    EXPECT_EQ(m_campaigns->setCandidateStatus(m_campaignId, m_lan, EntryStatus::Declined, &error), 2);
    int declined = 0;
    for (const ShortlistEntry &entry : m_campaigns->entries(m_campaignId))
        declined += entry.status == EntryStatus::Declined ? 1 : 0;
    EXPECT_EQ(declined, 2);
    EXPECT_EQ(m_campaigns->entryCounts().value(m_campaignId), 4);

    EXPECT_EQ(m_campaigns->removeCandidate(m_campaignId, m_lan, &error), 2);
    EXPECT_EQ(m_campaigns->removeCandidate(m_campaignId, m_tuan, &error), 0);
    EXPECT_EQ(m_campaigns->setCandidateStatus(m_campaignId, m_tuan, EntryStatus::Contacted, &error), 0);
    EXPECT_EQ(m_campaigns->entryCounts().value(m_campaignId), 2);
    EXPECT_FALSE(m_campaigns->entryCounts().contains(m_campaignId + 1));
}

TEST_F(CampaignStoreTest, ReadsThatFailSayWhyAsWritesDo)
{
    Error error;
    const auto id = m_campaigns->create(campaign(), &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    // A campaign that is not there is no error.
    EXPECT_FALSE(m_campaigns->find(*id + 1, &error));
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();

    // Stands for a file another program has damaged.
    QSqlQuery drop(connection());
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE shortlist_entries")));
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE campaigns")));
    const QString file = QDir::toNativeSeparators(m_database->path());

    EXPECT_TRUE(m_campaigns->campaigns(&error).isEmpty());
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("The campaigns could not be read. (") + file))
        << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("no such table"))) << error.text().toStdString();
    error = Error();
    EXPECT_FALSE(m_campaigns->find(*id, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("no such table: campaigns")))
        << error.text().toStdString();
    error = Error();
    EXPECT_FALSE(m_campaigns->findByName(QStringLiteral("Tết skincare"), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("no such table: campaigns")))
        << error.text().toStdString();
    error = Error();
    EXPECT_TRUE(m_campaigns->entries(*id, &error).isEmpty());
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("The shortlist could not be read. (") + file))
        << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("no such table: shortlist_entries")))
        << error.text().toStdString();
}

TEST_P(CampaignStoreBothTest, EveryStoreTakesTheSameCurrencyCodes)
{
    ExchangeRateStore rates(*m_database);
    Error error;
    EXPECT_TRUE(rates.setRate(QStringLiteral("aud"), 1.52, &error)) << error.text().toStdString();
    for (const QString &code : {QStringLiteral("VN"), QStringLiteral("V1D"), QStringLiteral("ĐỒN"), QStringLiteral("FOO")}) {
        error = Error();
        EXPECT_FALSE(rates.setRate(code, 2.0, &error)) << code.toStdString();
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

        Campaign refused = campaign(code);
        refused.budget = Money(1000, code);
        error = Error();
        EXPECT_FALSE(m_campaigns->create(refused, &error)) << code.toStdString();
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency")) << code.toStdString();

        Candidate candidate = makeCandidate(code, CandidateKind::Creator,
                                            {makeChannel(Platform::TikTok, QStringLiteral("@a"), 900)});
        candidate.channels[0].fee = Money(500, code);
        error = Error();
        EXPECT_FALSE(m_store->add(candidate, &error)) << code.toStdString();
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency")) << code.toStdString();
    }
    EXPECT_TRUE(m_campaigns->campaigns().isEmpty());
    EXPECT_EQ(m_store->candidateCount(), 0);
}

TEST(EnumKeys, GoalsFormatsAndStatusesRoundTrip)
{
    EXPECT_EQ(goalFromKey(QStringLiteral("niche-trust")), Goal::NicheTrust);
    EXPECT_EQ(goalKey(Goal::NicheTrust), QStringLiteral("niche_trust"));
    for (DeliverableFormat format : allDeliverableFormats())
        EXPECT_EQ(deliverableFormatFromKey(deliverableFormatKey(format)), format);
    for (EntryStatus status : allEntryStatuses())
        EXPECT_EQ(entryStatusFromKey(entryStatusKey(status)), status);
    EXPECT_FALSE(entryStatusFromKey(QStringLiteral("won")));
}

} // namespace
} // namespace planner::test
