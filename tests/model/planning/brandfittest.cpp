// Brand fit per campaign on a real file: stored and read back, weighing in goal fit through
// the documented brand_fit_weight assumption, and in Suggest Shortlist (minimum fit,
// competitor conflict unless locked).
#include "modeltestsupport.h"

#include "planning/goalranking.h"
#include "planning/goalscore.h"
#include "planning/shortlistsuggester.h"
#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignstore.h"
#include "storage/candidateloader.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

namespace planner::test {
namespace {

const QString vnd = QStringLiteral("VND");

class BrandFitTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
        m_fits = std::make_unique<BrandFitStore>(*m_database);
        // Three beauty candidates in Vietnam at 2 million đồng each; Chi reaches the most.
        m_an = add(QStringLiteral("An"), 30000);
        m_binh = add(QStringLiteral("Bình"), 35000);
        m_chi = add(QStringLiteral("Chi"), 40000);
        m_campaign.name = QStringLiteral("Son môi Tết");
        m_campaign.goal = Goal::Awareness;
        m_campaign.budget = Money(4000000, vnd);
        m_campaign.niches = {QStringLiteral("beauty")};
        m_campaign.regions = {QStringLiteral("VN")};
        Error error;
        m_campaign.id = m_campaigns->create(m_campaign, &error).value_or(0);
        ASSERT_GT(m_campaign.id, 0) << error.text().toStdString();
    }

    void TearDown() override
    {
        m_fits.reset();
        m_campaigns.reset();
        StoreTest::TearDown();
    }

    qint64 add(const QString &name, qint64 followers)
    {
        Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@") + name, followers);
        channel.engagementRatePct = 3.0;
        channel.authenticityPct = 90.0;
        channel.fee = Money(2000000, vnd);
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Kol, {channel}, {QStringLiteral("beauty")},
                                                   {QStringLiteral("VN")}));
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    void rate(qint64 candidateId, std::optional<int> rating, QList<BrandFit::Reason> reasons = {})
    {
        BrandFit fit;
        fit.campaignId = m_campaign.id;
        fit.candidateId = candidateId;
        fit.rating = rating;
        fit.reasons = reasons;
        Error error;
        ASSERT_TRUE(m_fits->save(fit, &error)) << error.text().toStdString();
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                          ExchangeRateStore::load(connection()));
    }

    GoalScore scoreOf(qint64 candidateId, double brandFactor) const
    {
        const Candidate candidate = *m_store->find(candidateId);
        const std::optional<ShortlistEntry> entry = ShortlistSuggester::defaultEntry(candidate, m_campaign.id);
        const ProjectedFigures figures = projection().project(candidate, *entry, vnd);
        return GoalScore::of(m_campaign, candidate, figures, 1.0, brandFactor);
    }

    QList<qint64> suggested(const ShortlistRequest &request) const
    {
        const ShortlistSuggestion suggestion = ShortlistSuggester(projection()).suggest(request);
        EXPECT_TRUE(suggestion.isSolved()) << suggestion.reason.toStdString();
        QList<qint64> ids;
        for (const ShortlistEntry &entry : suggestion.entries)
            ids << entry.candidateId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    ShortlistRequest request() const
    {
        ShortlistRequest request;
        request.campaign = m_campaign;
        request.candidates = CandidateLoader::all(connection());
        request.brandFits = m_fits->forCampaign(m_campaign.id);
        return request;
    }

    std::unique_ptr<CampaignStore> m_campaigns;
    std::unique_ptr<BrandFitStore> m_fits;
    Campaign m_campaign;
    qint64 m_an = 0, m_binh = 0, m_chi = 0;
};

using BrandFitTest = OnBothBackends<BrandFitTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(BrandFitTest);

TEST_P(BrandFitTest, AFitIsStoredPerCampaignAndAnEmptyOneRemovesIt)
{
    rate(m_an, 4, {BrandFit::Reason::UsesProduct, BrandFit::Reason::ValuesMatch});
    const auto fit = m_fits->find(m_campaign.id, m_an);
    ASSERT_TRUE(fit);
    EXPECT_EQ(fit->rating, 4);
    EXPECT_EQ(fit->reasons, (QList<BrandFit::Reason>{BrandFit::Reason::UsesProduct, BrandFit::Reason::ValuesMatch}));
    BrandFit tooHigh = *fit;
    tooHigh.rating = 6;
    Error error;
    EXPECT_FALSE(m_fits->save(tooHigh, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("rating"));
    EXPECT_EQ(m_fits->find(m_campaign.id, m_an)->rating, 4);
    rate(m_an, std::nullopt);
    EXPECT_FALSE(m_fits->find(m_campaign.id, m_an));
    EXPECT_EQ(count(QStringLiteral("brand_fit")), 0);
}

TEST_P(BrandFitTest, EachStarChangesGoalFitByExactlyTheDocumentedWeight)
{
    const auto weight = AssumptionStore::load(connection()).find(Assumptions::brandFitWeightKey());
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight->value, 0.1);
    EXPECT_FALSE(weight->source.isEmpty());
    const double unrated = *scoreOf(m_an, 1.0).fit();
    const double four = *scoreOf(m_an, BrandFit::factor(4, weight->value)).fit();
    EXPECT_DOUBLE_EQ(four / unrated, 1.1);
    // The weight is an assumption the marketer edits: at 0.25 a five is worth 50 % more.
    ASSERT_TRUE(AssumptionStore(*m_database).set(Assumptions::brandFitWeightKey(), 0.25));
    const double weightNow = AssumptionStore::load(connection()).brandFitWeight();
    EXPECT_DOUBLE_EQ(*scoreOf(m_an, BrandFit::factor(5, weightNow)).fit() / unrated, 1.5);
    EXPECT_DOUBLE_EQ(*scoreOf(m_an, BrandFit::factor(0, weightNow)).fit() / unrated, 0.25);
    EXPECT_EQ(BrandFit::factor(std::nullopt, weightNow), 1.0);
}

TEST_P(BrandFitTest, TheRankingWeighsTheRatingAsGoalScoreDoes)
{
    GoalRanking ranking(m_campaign, projection());
    const auto plain = ranking.project(connection());
    ASSERT_TRUE(plain);
    ranking.setBrandFactors({{m_an, BrandFit::factor(5, 0.1)}});
    const auto rated = ranking.project(connection());
    ASSERT_TRUE(rated);
    ASSERT_EQ(rated->size(), 3u);
    for (size_t i = 0; i < rated->size(); ++i) {
        const RankedChannel &channel = rated->at(i);
        const double factor = channel.candidateId == m_an ? 1.2 : 1.0;
        EXPECT_DOUBLE_EQ(channel.fit, plain->at(i).fit * factor);
        // The same bits as GoalScore with that factor.
        EXPECT_EQ(channel.fit, *scoreOf(channel.candidateId, ranking.brandFactor(channel.candidateId)).fit());
    }
}

TEST_P(BrandFitTest, SuggestShortlistHonoursTheMinimumFit)
{
    EXPECT_EQ(suggested(request()), (QList<qint64>{m_binh, m_chi}));
    rate(m_an, 4);
    rate(m_binh, 3);
    ShortlistRequest minimum = request();
    minimum.minimumBrandFit = 4;
    // Bình is rated under 4 and Chi not at all: only An is left to choose.
    EXPECT_EQ(suggested(minimum), (QList<qint64>{m_an}));
}

TEST_P(BrandFitTest, ACompetitorConflictIsLeftOutUnlessLocked)
{
    rate(m_chi, 5, {BrandFit::Reason::CompetitorRecently});
    EXPECT_EQ(suggested(request()), (QList<qint64>{m_an, m_binh}));
    ShortlistRequest locked = request();
    locked.lockedIds = {m_chi};
    const QList<qint64> withLock = suggested(locked);
    EXPECT_TRUE(withLock.contains(m_chi));
    EXPECT_EQ(withLock.size(), 2);
}

} // namespace
} // namespace planner::test
