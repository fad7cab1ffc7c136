// Languages on a real file: each channel's languages are stored and read back (a campaign's
// target languages: campaignstoretest, on both engines), the candidate list keeps the channels posting in any of the filter's
// languages (unknown ones left out and counted), and a real schema-6 file takes them on.
#include "rangetestsupport.h"

#include "domain/languagematch.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/schema.h"

namespace planner::test {
namespace {

class LanguageFilterTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        add(QStringLiteral("@lan"), {QStringLiteral("vi")});
        add(QStringLiteral("@sara"), {QStringLiteral("fa")});
        add(QStringLiteral("@both"), {QStringLiteral("vi"), QStringLiteral("en")});
        add(QStringLiteral("@english"), {QStringLiteral("en")});
        add(QStringLiteral("@javanese"), {QStringLiteral("jv")});
        add(QStringLiteral("@unknown"), {});
    }

    void add(const QString &handle, const QStringList &languages)
    {
        Channel channel = makeChannel(Platform::TikTok, handle, 20000);
        channel.languages = languages;
        ASSERT_TRUE(m_store->add(makeCandidate(handle.mid(1), CandidateKind::Creator, {channel})));
    }

    QStringList handles(const QStringList &languages, CandidateFilter filter = {})
    {
        filter.ranges.languages = languages;
        return filterHandles(*m_store, filter);
    }

    qint64 unknownLeftOut(const QStringList &languages, CandidateFilter filter = {})
    {
        filter.ranges.languages = languages;
        return unknownLeftOutOf(*m_store, filter);
    }
};

TEST_F(LanguageFilterTest, AChannelsLanguagesAreStoredAndReadBack)
{
    for (const Candidate &candidate : m_store->allCandidates()) {
        const Channel &channel = candidate.channels.first();
        const std::optional<Candidate> found = m_store->find(candidate.id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->channels.first().languages, channel.languages) << candidate.name.toStdString();
        if (channel.handle == QStringLiteral("@both"))
            EXPECT_EQ(channel.languages, (QStringList{QStringLiteral("vi"), QStringLiteral("en")}));
        if (channel.handle == QStringLiteral("@unknown"))
            EXPECT_TRUE(channel.languages.isEmpty());
    }
}

TEST_F(LanguageFilterTest, TheFilterMatchesAnyOfItsLanguages)
{
    EXPECT_EQ(handles({QStringLiteral("vi"), QStringLiteral("fa")}),
              texts({"@both", "@lan", "@sara"}));
    EXPECT_EQ(handles({QStringLiteral("en")}), texts({"@both", "@english"}));
    // A code is matched whole: "v" or "i" is no part of "vi".
    EXPECT_EQ(handles({QStringLiteral("v")}), QStringList());
    // Codes compare in lowercase, as stored.
    EXPECT_EQ(handles({QStringLiteral("FA")}), texts({"@sara"}));
    // No language: no filter, every channel is listed.
    EXPECT_EQ(handles({}).size(), 6);
}

TEST_F(LanguageFilterTest, ChannelsWithoutKnownLanguagesAreLeftOutAndCounted)
{
    EXPECT_FALSE(handles({QStringLiteral("vi")}).contains(QStringLiteral("@unknown")));
    EXPECT_EQ(unknownLeftOut({QStringLiteral("vi")}), 1);
    EXPECT_EQ(unknownLeftOut({}), 0);
    // Counted only when the other filters would have let it through.
    CandidateFilter other;
    other.search = QStringLiteral("lan");
    EXPECT_EQ(unknownLeftOut({QStringLiteral("vi")}, other), 0);
    // With a range on followers too, an unknown language still counts once.
    CandidateFilter ranged;
    ranged.ranges.followers.min = 1000;
    EXPECT_EQ(unknownLeftOut({QStringLiteral("vi")}, ranged), 1);
    // The language filter counts among the "More filters" that are on.
    RangeFilter ranges;
    ranges.languages = {QStringLiteral("vi")};
    EXPECT_EQ(ranges.activeCount(), 1);
}

class LanguageSchemaTest : public TempDirTest
{
};

TEST_F(LanguageSchemaTest, ASchemaSixFileTakesOnLanguagesAndKeepsWhatItHeld)
{
    const QString path = filePath(QStringLiteral("v6.sqlite"));
    QStringList statements;
    for (int version = 1; version <= 6; ++version)
        statements += Schema::migrationStep(version);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind, niches, regions) VALUES"
                                 " (1, 'Nguyễn Lan', 'kol', 'beauty', 'VN')")
               << QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers) VALUES"
                                 " (10, 1, 'instagram', '@lan.beauty', 52000)")
               << QStringLiteral("INSERT INTO candidate_search_terms (term, candidate_id) VALUES ('lan', 1)")
               << QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency) VALUES"
                                 " (1, 'Tết 2027', 'awareness', 50000000000, 'VND')")
               << QStringLiteral("PRAGMA user_version = 6")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    ASSERT_TRUE(runSqlOnFile(path, statements));

    Error error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
              Database::currentSchemaVersion);
    CandidateStore store(*database);
    const std::optional<Candidate> lan = store.find(1);
    ASSERT_TRUE(lan);
    EXPECT_EQ(lan->channels.first().followers, 52000);
    EXPECT_TRUE(lan->channels.first().languages.isEmpty()); // unknown until told
    CampaignStore campaigns(*database);
    EXPECT_EQ(campaigns.find(1)->name, QStringLiteral("Tết 2027"));
    EXPECT_TRUE(campaigns.find(1)->languages.isEmpty());
    const auto weight = AssumptionStore::load(database->connection()).find(LanguageMatch::weightKey());
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight->value, 0.5);
    EXPECT_FALSE(weight->source.isEmpty());
    // The upgraded file stores languages.
    Candidate edited = *lan;
    edited.channels.first().languages = {QStringLiteral("vi")};
    ASSERT_TRUE(store.update(edited, &error)) << error.text().toStdString();
    CandidateFilter filter;
    filter.ranges.languages = {QStringLiteral("vi")};
    EXPECT_EQ(store.rowCount(filter), 1);
}

} // namespace
} // namespace planner::test
