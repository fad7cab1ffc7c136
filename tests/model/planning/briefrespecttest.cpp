// Issue 21: the ranking, the suggester and the optimizer apply the same brief (target
// regions and niches) and the same kind weights, on a real file of synthetic candidates in
// Vietnam, Indonesia, Iran, Malaysia and the US.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidateloader.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"
#include "planning/goalranking.h"
#include "planning/goalscore.h"
#include "planning/shortlistsuggester.h"
#include "demo/syntheticcandidates.h"

namespace planner::test {
namespace {

class BriefRespectTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        SyntheticCandidates synthetic(2121);
        int left = 400;
        ASSERT_TRUE(m_store->addMany([&](Candidate &candidate) {
            if (left-- <= 0)
                return false;
            candidate = synthetic.next();
            return true;
        }));
        m_candidates = CandidateLoader::all(connection());
        ASSERT_EQ(m_candidates.size(), 400);
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                          ExchangeRateStore::load(connection()));
    }

    static Campaign campaign(Goal goal, const QStringList &regions, const QStringList &niches = {})
    {
        Campaign campaign;
        campaign.id = 1;
        campaign.name = QStringLiteral("Tết glow");
        campaign.goal = goal;
        campaign.budget = Money(200000000, QStringLiteral("VND")); // 200 million đồng
        campaign.regions = regions;
        campaign.niches = niches;
        return campaign;
    }

    ShortlistSuggestion suggest(const Campaign &campaign) const { return suggest(campaign, projection()); }
    ShortlistSuggestion suggest(const Campaign &campaign, const Projection &projection) const
    {
        ShortlistRequest request;
        request.campaign = campaign;
        request.candidates = m_candidates;
        return ShortlistSuggester(projection).suggest(request);
    }

    const Candidate &candidate(qint64 id) const
    {
        for (const Candidate &c : m_candidates) {
            if (c.id == id)
                return c;
        }
        ADD_FAILURE() << "no candidate " << id;
        return m_candidates.first();
    }

    QList<Candidate> m_candidates;
};

using BriefRespectTest = OnBothBackends<BriefRespectTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(BriefRespectTest);

TEST_P(BriefRespectTest, NicheTrustPlanNeverPicksOutsideTheTargetRegions)
{
    // The niche of the first candidate, so that candidates in and out of Vietnam share it.
    const QString niche = m_candidates.first().niches.first();
    const Campaign vn = campaign(Goal::NicheTrust, {QStringLiteral("VN")}, {niche});
    const ShortlistSuggestion suggestion = suggest(vn);
    ASSERT_TRUE(suggestion.isSolved()) << suggestion.reason.toStdString();
    ASSERT_FALSE(suggestion.entries.isEmpty());
    bool saigonOrHanoi = false;
    for (const ShortlistEntry &entry : suggestion.entries) {
        const Candidate &chosen = candidate(entry.candidateId);
        EXPECT_TRUE(chosen.regions.first().startsWith(QStringLiteral("VN"))) << chosen.regions.first().toStdString();
        EXPECT_TRUE(chosen.niches.contains(niche));
        saigonOrHanoi = saigonOrHanoi || chosen.regions.first().startsWith(QStringLiteral("VN-"));
    }
    EXPECT_TRUE(saigonOrHanoi) << "a country takes its provinces: VN includes VN-SG and VN-HN";

    // Without the region, the same niche brings candidates from elsewhere: the region decides.
    const ShortlistSuggestion anywhere = suggest(campaign(Goal::NicheTrust, {}, {niche}));
    ASSERT_TRUE(anywhere.isSolved());
    bool foreign = false;
    for (const ShortlistEntry &entry : anywhere.entries)
        foreign = foreign || !candidate(entry.candidateId).regions.first().startsWith(QStringLiteral("VN"));
    EXPECT_TRUE(foreign);
}

TEST_P(BriefRespectTest, RankingGivesNothingToCandidatesOutsideTheRegionsForBothGoals)
{
    for (Goal goal : {Goal::Awareness, Goal::NicheTrust}) {
        const GoalRanking ranking(campaign(goal, {QStringLiteral("VN")}), projection());
        const auto ranked = ranking.rank(connection());
        ASSERT_TRUE(ranked);
        int counted = 0;
        for (const RankedChannel &channel : *ranked) {
            const bool inVietnam = candidate(channel.candidateId).regions.first().startsWith(QStringLiteral("VN"));
            if (!inVietnam)
                EXPECT_EQ(channel.objective, 0.0) << "channel " << channel.channelId;
            counted += channel.objective > 0.0 ? 1 : 0;
        }
        EXPECT_GT(counted, 0);
    }
}

TEST_P(BriefRespectTest, RankingAndSuggesterAgreeOnKindWeights)
{
    AssumptionStore assumptions(*m_database);
    ASSERT_TRUE(assumptions.set(Assumptions::kindWeightKey(CandidateKind::Kol), 3.0));
    ASSERT_TRUE(assumptions.set(Assumptions::kindWeightKey(CandidateKind::Koc), 0.5));
    const Projection weighted = projection();
    ASSERT_EQ(weighted.assumptions().kindWeight(CandidateKind::Kol), 3.0);
    for (Goal goal : {Goal::Awareness, Goal::NicheTrust}) {
        const Campaign vn = campaign(goal, {QStringLiteral("VN"), QStringLiteral("ID")});
        const GoalRanking ranking(vn, weighted);
        const auto ranked = ranking.project(connection());
        ASSERT_TRUE(ranked);
        QHash<qint64, const RankedChannel *> byChannel;
        for (const RankedChannel &channel : *ranked)
            byChannel.insert(channel.channelId, &channel);
        // Every candidate's channel: the ranking's objective is GoalScore's with the weight.
        for (const Candidate &c : std::as_const(m_candidates)) {
            const Channel &channel = c.channels.first();
            const ShortlistEntry entry = *ShortlistSuggester::defaultEntry(c, vn.id);
            const ProjectedFigures figures = weighted.project(c, entry, vn.currency());
            const double weight = weighted.assumptions().kindWeight(c.kind);
            const GoalScore score = GoalScore::of(vn, c, figures, weight);
            EXPECT_EQ(byChannel.value(channel.id)->objective, score.objective()) << "candidate " << c.id;
            EXPECT_EQ(score.objective(), score.goalFigure() * weight);
        }
        // The suggester's total value is the sum of the ranking's objectives of its picks.
        const ShortlistSuggestion suggestion = suggest(vn, weighted);
        ASSERT_TRUE(suggestion.isSolved());
        double total = 0.0;
        bool weightedKind = false;
        for (const ShortlistEntry &entry : suggestion.entries) {
            const Candidate &chosen = candidate(entry.candidateId);
            for (const Channel &channel : chosen.channels) {
                if (channel.platform == entry.platform) {
                    total += byChannel.value(channel.id)->objective;
                    break;
                }
            }
            weightedKind = weightedKind || chosen.kind != CandidateKind::Creator;
        }
        EXPECT_TRUE(weightedKind);
        EXPECT_NEAR(suggestion.result.totalValue, total, 1e-9 * total);
    }
}

} // namespace
} // namespace planner::test
