// Goal ranking: every channel of a real file projected for a campaign's goal and ranked by
// goal fit, checked row by row against Projection and GoalScore.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "planning/goalranking.h"
#include "demo/syntheticcandidates.h"

#include <cmath>

namespace planner::test {
namespace {

class GoalRankingTestFixture : public StoreTest
{
protected:
    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }

    static Campaign campaign(Goal goal, const QStringList &niches = {}, const QStringList &regions = {})
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết skincare");
        campaign.goal = goal;
        campaign.budget = Money(100000000, QStringLiteral("VND"));
        campaign.niches = niches;
        campaign.regions = regions;
        return campaign;
    }

    void addSynthetic(int count)
    {
        SyntheticCandidates synthetic;
        int left = count;
        ASSERT_TRUE(m_store->addMany([&](Candidate &candidate) {
            if (left-- <= 0)
                return false;
            candidate = synthetic.next();
            return true;
        }));
    }

    qint64 add(const QString &name, const Channel &channel, const QStringList &niches = {QStringLiteral("beauty")},
               const QStringList &regions = {QStringLiteral("VN")})
    {
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Influencer, {channel}, niches, regions));
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    // readAll (SQLite: raw, the candidates apart) and the QSqlQuery join give the same rows.
    void expectSameRowsBothWays(bool persian = true)
    {
        Error error;
        const auto raw = RankingRows::readAll(connection(), &error);
        ASSERT_TRUE(raw) << error.text().toStdString();
        const auto viaQt = RankingRows::readAllThroughQSqlQuery(connection(), &error);
        ASSERT_TRUE(viaQt) << error.text().toStdString();
        ASSERT_EQ(raw->size(), viaQt->size());
        EXPECT_GT(raw->size(), 50);
        bool sawPersian = false;
        bool sawNullFee = false;
        QSet<QString> currencies;
        for (size_t i = 0; i < raw->rows().size(); ++i) {
            const RankingRow &a = raw->rows()[i];
            const RankingRow &b = viaQt->rows()[i];
            const std::string at = "row " + std::to_string(i) + ", channel " + std::to_string(b.channelId);
            EXPECT_EQ(a.channelId, b.channelId) << at;
            EXPECT_EQ(a.candidateId, b.candidateId) << at;
            EXPECT_EQ(a.followers, b.followers) << at;
            EXPECT_EQ(a.avgViews, b.avgViews) << at;
            EXPECT_EQ(a.feeMinor, b.feeMinor) << at;
            EXPECT_EQ(a.engagementRatePct, b.engagementRatePct) << at;
            EXPECT_EQ(a.authenticityPct, b.authenticityPct) << at;
            EXPECT_EQ(a.platform, b.platform) << at;
            EXPECT_EQ(a.kind, b.kind) << at;
            EXPECT_EQ(raw->currencies().at(a.currency), viaQt->currencies().at(b.currency)) << at;
            EXPECT_EQ(raw->nicheLists().at(a.niches), viaQt->nicheLists().at(b.niches)) << at;
            EXPECT_EQ(raw->regionLists().at(a.regions), viaQt->regionLists().at(b.regions)) << at;
            EXPECT_EQ(raw->languageLists().at(a.languages), viaQt->languageLists().at(b.languages)) << at;
            sawPersian = sawPersian || raw->nicheLists().at(a.niches).contains(QStringLiteral("مراقبت پوست"));
            sawNullFee = sawNullFee || b.feeMinor < 0;
            currencies.insert(raw->currencies().at(a.currency));
        }
        EXPECT_EQ(sawPersian, persian);
        EXPECT_TRUE(sawNullFee);
        const std::vector<const char *> expected = persian ? std::vector<const char *>{"IRR", "IDR", "USD", "VND", "EUR"}
                                                           : std::vector<const char *>{"VND", "EUR"};
        for (const char *currency : expected)
            EXPECT_TRUE(currencies.contains(QLatin1String(currency))) << currency;
        EXPECT_EQ(raw->currencies().size(), viaQt->currencies().size());
        EXPECT_EQ(raw->nicheLists().size(), viaQt->nicheLists().size());
        EXPECT_EQ(raw->regionLists().size(), viaQt->regionLists().size());
        EXPECT_EQ(raw->languageLists().size(), viaQt->languageLists().size());
    }

    // Channels that take every branch: tier defaults, views, mass media, a currency without
    // a rate, a free channel, no followers at all.
    void addEdgeCases()
    {
        add(QStringLiteral("Defaults only"), makeChannel(Platform::Instagram, QStringLiteral("@d"), 50000));
        Channel views = makeChannel(Platform::TikTok, QStringLiteral("@v"), 200000);
        views.avgViews = 30000;
        add(QStringLiteral("Views"), views, {QStringLiteral("food")}, {QStringLiteral("ID-JK")});
        Channel tv = makeChannel(Platform::Tv, QStringLiteral("VTV3"), 3000000);
        tv.fee = Money(150000000, QStringLiteral("VND"));
        add(QStringLiteral("Television"), tv, {}, {QStringLiteral("VN")});
        Channel euro = makeChannel(Platform::YouTube, QStringLiteral("@eur"), 80000);
        euro.fee = Money(50000, QStringLiteral("EUR"));
        add(QStringLiteral("Euro fee"), euro);
        Channel free = makeChannel(Platform::Blog, QStringLiteral("free.blog"), 4000);
        free.fee = Money(0, QStringLiteral("USD"));
        add(QStringLiteral("Free"), free);
        Channel empty = makeChannel(Platform::Podcast, QStringLiteral("@none"), 0);
        empty.avgViews = 0;
        add(QStringLiteral("Nobody"), empty);
        // Follower counts unknown: from the views with an own fee and rate; with no fee;
        // with neither views nor anything else.
        Channel viewed = makeChannel(Platform::TikTok, QStringLiteral("@uv"), 0);
        viewed.followers.reset();
        viewed.avgViews = 40000;
        viewed.engagementRatePct = 5.5;
        viewed.fee = Money(2000000, QStringLiteral("VND"));
        add(QStringLiteral("Unknown followers, views"), viewed);
        Channel unpaid = viewed;
        unpaid.handle = QStringLiteral("@uf");
        unpaid.fee.reset();
        add(QStringLiteral("Unknown followers, no fee"), unpaid);
        Channel blank = makeChannel(Platform::Instagram, QStringLiteral("@ub"), 0);
        blank.followers.reset();
        blank.fee = Money(1000000, QStringLiteral("VND"));
        add(QStringLiteral("Unknown followers and views"), blank);
    }

    QHash<qint64, CandidateRow> rowsByChannel() const
    {
        QHash<qint64, CandidateRow> rows;
        for (const CandidateRow &row : allRows(*m_store, {}))
            rows.insert(row.channel.id, row);
        return rows;
    }

    // Every ranked channel carries exactly GoalScore's figures for its row, and the list
    // is in goal-fit order with unknown costs last.
    void expectRankingMatchesGoalScore(const Campaign &campaign)
    {
        const GoalRanking ranking(campaign, projection());
        Error error;
        const auto ranked = ranking.rank(connection(), &error);
        ASSERT_TRUE(ranked) << error.text().toStdString();
        const QHash<qint64, CandidateRow> rows = rowsByChannel();
        ASSERT_EQ(qsizetype(ranked->size()), rows.size());
        QSet<qint64> seen;
        for (size_t i = 0; i < ranked->size(); ++i) {
            const RankedChannel &channel = ranked->at(i);
            ASSERT_TRUE(rows.contains(channel.channelId));
            seen.insert(channel.channelId);
            const CandidateRow &row = rows.value(channel.channelId);
            const GoalScore score = ranking.score(row);
            EXPECT_EQ(channel.candidateId, row.candidateId);
            // Bit for bit: the table sorts by these and shows GoalScore's.
            EXPECT_EQ(channel.objective, score.objective()) << "channel " << channel.channelId;
            EXPECT_EQ(channel.costKnown(), score.fit().has_value()) << "channel " << channel.channelId;
            if (score.fit()) {
                EXPECT_EQ(channel.cost, score.cost()) << "channel " << channel.channelId;
                EXPECT_EQ(channel.fit, *score.fit()) << "channel " << channel.channelId;
            } else {
                EXPECT_EQ(channel.fit, -1.0);
            }
            if (i > 0) {
                ASSERT_TRUE(GoalRanking::ranksBefore(ranked->at(i - 1), channel)) << "at " << i;
            }
        }
        EXPECT_EQ(seen.size(), rows.size());
    }
};

using GoalRankingTest = OnBothBackends<GoalRankingTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(GoalRankingTest);

TEST(GoalRankingFormatTest, NaturalFormatIsAppearanceOnMassMediaVideoOnYouTubeAndTikTokElsePost)
{
    for (Platform platform : allPlatforms()) {
        const DeliverableFormat expected = isMassMedia(platform) ? DeliverableFormat::Appearance
            : (platform == Platform::YouTube || platform == Platform::TikTok) ? DeliverableFormat::Video
                                                                               : DeliverableFormat::Post;
        EXPECT_EQ(GoalRanking::naturalFormat(platform), expected) << platformKey(platform).toStdString();
    }
}

TEST_P(GoalRankingTest, AwarenessRanksMatchGoalScoreForEveryRow)
{
    addSynthetic(400);
    addEdgeCases();
    expectRankingMatchesGoalScore(campaign(Goal::Awareness));
    expectRankingMatchesGoalScore(campaign(Goal::Awareness, {}, {QStringLiteral("VN"), QStringLiteral("id-jk")}));
}

TEST_P(GoalRankingTest, NicheTrustRanksMatchGoalScoreForEveryRow)
{
    addSynthetic(400);
    addEdgeCases();
    expectRankingMatchesGoalScore(campaign(Goal::NicheTrust));
    expectRankingMatchesGoalScore(campaign(Goal::NicheTrust, {QStringLiteral("beauty"), QStringLiteral("food")}));
}

TEST_P(GoalRankingTest, ChangedAssumptionsTiersAndRatesStillMatchGoalScore)
{
    addSynthetic(200);
    addEdgeCases();
    AssumptionStore assumptions(*m_database);
    ASSERT_TRUE(assumptions.set(QStringLiteral("reach_rate.tiktok"), 0.25));
    ASSERT_TRUE(assumptions.set(QStringLiteral("authenticity.micro"), 64.0));
    ExchangeRateStore rates(*m_database);
    ASSERT_TRUE(rates.setRate(QStringLiteral("EUR"), 0.92));
    QSqlQuery edit(connection());
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 50000 WHERE tier = 'micro'")));
    m_store->reloadTierThresholds();
    Campaign usd = campaign(Goal::Awareness, {}, {QStringLiteral("VN")});
    usd.budget = Money(500000, QStringLiteral("usd"));
    expectRankingMatchesGoalScore(usd);
    usd.goal = Goal::NicheTrust;
    usd.niches = QStringList{QStringLiteral("tech")};
    expectRankingMatchesGoalScore(usd);
}

TEST_P(GoalRankingTest, RegionOrNicheMismatchGivesObjectiveZero)
{
    Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@lan"), 50000);
    channel.fee = Money(2000000, QStringLiteral("VND"));
    const qint64 inJakarta = add(QStringLiteral("Jakarta"), channel, {QStringLiteral("food")}, {QStringLiteral("ID-JK")});
    const qint64 inSaigon = add(QStringLiteral("Saigon"), channel, {QStringLiteral("beauty")}, {QStringLiteral("VN-SG")});
    const auto objectiveOf = [&](const Campaign &campaign, qint64 candidateId) {
        const auto ranked = GoalRanking(campaign, projection()).rank(connection());
        EXPECT_TRUE(ranked);
        for (const RankedChannel &channel : ranked.value_or(std::vector<RankedChannel>{})) {
            if (channel.candidateId == candidateId)
                return channel.objective;
        }
        return -1.0;
    };
    const Campaign vietnam = campaign(Goal::Awareness, {}, {QStringLiteral("VN")});
    EXPECT_EQ(objectiveOf(vietnam, inJakarta), 0.0);
    EXPECT_GT(objectiveOf(vietnam, inSaigon), 0.0);
    const Campaign food = campaign(Goal::NicheTrust, {QStringLiteral("food")});
    EXPECT_GT(objectiveOf(food, inJakarta), 0.0);
    EXPECT_EQ(objectiveOf(food, inSaigon), 0.0);
}

TEST_P(GoalRankingTest, UnknownCostRanksLastAndAFreeChannelFirst)
{
    addEdgeCases();
    const auto ranked = GoalRanking(campaign(Goal::Awareness), projection()).rank(connection());
    ASSERT_TRUE(ranked);
    ASSERT_GE(ranked->size(), 2u);
    const auto rows = rowsByChannel();
    EXPECT_EQ(rows.value(ranked->front().channelId).name, QStringLiteral("Free"));
    EXPECT_TRUE(std::isinf(ranked->front().fit));
    // Last: the unknown costs (a fee without a rate, no fee with unknown followers) and what
    // cannot be projected at all (followers and views unknown), by channel id.
    const RankedChannel &euro = ranked->at(ranked->size() - 3);
    EXPECT_EQ(rows.value(euro.channelId).name, QStringLiteral("Euro fee"));
    EXPECT_FALSE(euro.costKnown());
    EXPECT_GT(euro.objective, 0.0); // known reach, unknown price
    EXPECT_EQ(rows.value(ranked->at(ranked->size() - 2).channelId).name, QStringLiteral("Unknown followers, no fee"));
    EXPECT_GT(ranked->at(ranked->size() - 2).objective, 0.0); // reach from its views
    EXPECT_EQ(rows.value(ranked->back().channelId).name, QStringLiteral("Unknown followers and views"));
    EXPECT_EQ(ranked->back().fit, -1.0);
    EXPECT_EQ(ranked->back().objective, 0.0);
}

TEST_P(GoalRankingTest, TiesRankByChannelIdWhateverTheOrderOfTheRows)
{
    Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@twin"), 30000);
    channel.fee = Money(3000000, QStringLiteral("VND"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << add(QStringLiteral("Twin %1").arg(i), channel);
    Channel better = channel;
    better.fee = Money(1000000, QStringLiteral("VND"));
    const qint64 best = add(QStringLiteral("Cheaper"), better);
    const GoalRanking ranking(campaign(Goal::Awareness), projection());

    // From the file: ties in channel id order, after the better one (as the table sorts).
    const auto ranked = ranking.rank(connection());
    ASSERT_TRUE(ranked);
    ASSERT_EQ(ranked->size(), 6u);
    EXPECT_EQ(ranked->at(0).candidateId, best);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(ranked->at(size_t(i) + 1).candidateId, ids.at(i));

    // In memory, rows given backwards: the same order.
    RankingRows rows;
    QList<CandidateRow> candidates = allRows(*m_store, {});
    std::reverse(candidates.begin(), candidates.end());
    for (const CandidateRow &row : candidates)
        rows.append(row);
    const std::vector<RankedChannel> inMemory = ranking.rank(rows);
    ASSERT_EQ(inMemory.size(), 6u);
    EXPECT_EQ(inMemory.at(0).candidateId, best);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(inMemory.at(size_t(i) + 1).candidateId, ids.at(i));
    // Ranking again into the same memory gives the same list.
    std::vector<RankedChannel> reused = inMemory;
    ranking.rank(rows, reused);
    ASSERT_EQ(reused.size(), inMemory.size());
    for (size_t i = 0; i < reused.size(); ++i)
        EXPECT_EQ(reused[i].channelId, inMemory[i].channelId);
}

TEST_P(GoalRankingTest, RowsInMemoryRankLikeTheFile)
{
    addSynthetic(300);
    addEdgeCases();
    for (Goal goal : allGoals()) {
        const GoalRanking ranking(campaign(goal, {QStringLiteral("beauty")}, {QStringLiteral("VN")}), projection());
        const auto fromFile = ranking.rank(connection());
        ASSERT_TRUE(fromFile);
        Error error;
        const auto read = RankingRows::readAll(connection(), &error);
        ASSERT_TRUE(read) << error.text().toStdString();
        RankingRows appended;
        for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Followers, false}))
            appended.append(row);
        EXPECT_EQ(appended.size(), read->size());
        for (const auto &ranked : {ranking.rank(*read), ranking.rank(appended)}) {
            ASSERT_EQ(ranked.size(), fromFile->size());
            for (size_t i = 0; i < ranked.size(); ++i) {
                EXPECT_EQ(ranked[i].objective, fromFile->at(i).objective);
                EXPECT_EQ(ranked[i].channelId, fromFile->at(i).channelId);
                EXPECT_EQ(ranked[i].fit, fromFile->at(i).fit);
            }
        }
    }
}

TEST_P(GoalRankingTest, RawRowReadingGivesTheSameRowsAsQSqlQuery)
{
    // Issue 14: SQLite's rows are read raw and their texts interned from bytes; every value
    // must be what the QSqlQuery path reads, NULLs, lists, Persian text and currencies included.
    addSynthetic(200);
    addEdgeCases();
    Channel persian = makeChannel(Platform::Instagram, QStringLiteral("@پوست"), 120000);
    persian.fee = Money(45000000, QStringLiteral("IRR"));
    persian.languages = {QStringLiteral("fa"), QStringLiteral("en")};
    persian.engagementRatePct.reset();
    persian.authenticityPct = 87.5;
    add(QStringLiteral("زیبایی تهران"), persian, {QStringLiteral("زیبایی"), QStringLiteral("مراقبت پوست")},
        {QStringLiteral("IR-تهران"), QStringLiteral("VN")});
    Channel idr = makeChannel(Platform::TikTok, QStringLiteral("@idr"), 9000);
    idr.fee = Money(1500000, QStringLiteral("IDR"));
    idr.avgViews.reset();
    add(QStringLiteral("Rupiah"), idr, {}, {});
    Channel usd = makeChannel(Platform::YouTube, QStringLiteral("@usd"), 700000);
    usd.fee = Money(250000, QStringLiteral("USD"));
    usd.languages = {QStringLiteral("vi")};
    add(QStringLiteral("Dollar"), usd, {QStringLiteral("food"), QStringLiteral("زیبایی")}, {QStringLiteral("VN")});

    // A candidate without a channel: its lists are none of the rows' (the join never sees it).
    QSqlQuery lonely(connection());
    ASSERT_TRUE(lonely.exec(QStringLiteral("INSERT INTO candidates (name, kind, niches, regions)"
                                           " VALUES ('Nobody', 'kol', 'only-here', 'XX')")))
        << lonely.lastError().text().toStdString();
    expectSameRowsBothWays();
}

TEST_P(GoalRankingTest, RawRowReadingOfFarApartCandidateIdsGivesTheSameRows)
{
    // A candidate id far beyond the others: SQLite's rows are read with the join, not by a
    // table of candidate ids, and are still the QSqlQuery path's.
    addSynthetic(50);
    addEdgeCases();
    QSqlQuery far(connection());
    ASSERT_TRUE(far.exec(QStringLiteral("INSERT INTO candidates (id, name, kind, niches, regions)"
                                        " VALUES (1000000000, 'Far', 'koc', 'food', 'VN')")))
        << far.lastError().text().toStdString();
    ASSERT_TRUE(far.exec(QStringLiteral("INSERT INTO channels (candidate_id, platform, handle, followers)"
                                        " VALUES (1000000000, 'tiktok', '@far', 7000)")))
        << far.lastError().text().toStdString();
    expectSameRowsBothWays(/*persian=*/false);
}

TEST_P(GoalRankingTest, SameInputsIgnoreNameAndBudgetButNotAssumptionsOrRates)
{
    const Campaign base = campaign(Goal::Awareness, {}, {QStringLiteral("VN")});
    const GoalRanking first(base, projection());
    Campaign renamed = base;
    renamed.name = QStringLiteral("Renamed");
    renamed.budget = Money(5, QStringLiteral("VND"));
    EXPECT_TRUE(first.hasSameInputs(GoalRanking(renamed, projection())));
    Campaign otherGoal = base;
    otherGoal.goal = Goal::NicheTrust;
    EXPECT_FALSE(first.hasSameInputs(GoalRanking(otherGoal, projection())));
    Campaign otherRegions = base;
    otherRegions.regions = QStringList{QStringLiteral("ID")};
    EXPECT_FALSE(first.hasSameInputs(GoalRanking(otherRegions, projection())));

    AssumptionStore assumptions(*m_database);
    ASSERT_TRUE(assumptions.set(QStringLiteral("fee.nano"), 70.0));
    EXPECT_FALSE(first.hasSameInputs(GoalRanking(base, projection())));
    const GoalRanking second(base, projection());
    ExchangeRateStore rates(*m_database);
    ASSERT_TRUE(rates.setRate(QStringLiteral("IDR"), 16000.0));
    EXPECT_FALSE(second.hasSameInputs(GoalRanking(base, projection())));
}

} // namespace
} // namespace planner::test
