// What "Why This Rank?" and the goal-fit tooltip say about the brief (GoalExplanation): each
// part met or missed, whether it counts for the goal, and figures with a unit.
#include "candidatetablemodeltestsupport.h"

#include "itemmodels/goalexplanation.h"
#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "planning/projection.h"

namespace planner::test {
namespace {

class GoalExplanationTestFixture : public StoreTest
{
protected:
    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }
    static Campaign campaign(Goal goal)
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Nowruz");
        campaign.goal = goal;
        campaign.budget = Money(100000000, QStringLiteral("VND"));
        campaign.regions = {QStringLiteral("VN")};
        campaign.niches = {QStringLiteral("beauty")};
        return campaign;
    }
    GoalScore score(const Campaign &target, const Candidate &candidate, double weight = 1.0) const
    {
        Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@h"), 50000);
        channel.engagementRatePct = 3.0;
        channel.authenticityPct = 80.0;
        channel.fee = Money(2000000, QStringLiteral("VND"));
        const ProjectedFigures figures = projection().project(channel, DeliverableFormat::Post, 1,
                                                              std::nullopt, QStringLiteral("VND"));
        return GoalScore::of(target, candidate, figures, weight);
    }
    static QString plain(QString text) { return text.remove(QChar(0x2068)).remove(QChar(0x2069)); }
};

using GoalExplanationTest = OnBothBackends<GoalExplanationTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(GoalExplanationTest);

TEST_P(GoalExplanationTest, NamesEachPartOfTheBriefMetOrMissed)
{
    DefaultLocale locale(QLocale(QLocale::English, QLocale::UnitedStates));
    const Candidate tehran = makeCandidate(QStringLiteral("Sara"), CandidateKind::Kol, {},
                                           {QStringLiteral("food")}, {QStringLiteral("IR-23")});
    const Campaign trust = campaign(Goal::NicheTrust);
    const GoalScore missed = score(trust, tehran);
    const QStringList lines = GoalExplanation::briefLines(trust, tehran, missed);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(plain(lines.at(0)), QStringLiteral("✗ Region: IR-23 is outside the target regions (VN): it brings nothing to either goal."));
    EXPECT_TRUE(plain(lines.at(1)).startsWith(QStringLiteral("✗ Niche: Food is not among the target niches (Beauty)")));
    EXPECT_EQ(lines.at(2), QStringLiteral("• Kind: KOL, weight ×1 (an assumption; 1 means no preference)"));
    EXPECT_EQ(GoalExplanation::bringsLine(missed), QStringLiteral("Brings nothing to this goal: it misses the brief."));

    // For awareness a niche outside the brief is said, but does not count against.
    const Candidate saigon = makeCandidate(QStringLiteral("Mai"), CandidateKind::Koc, {},
                                           {QStringLiteral("food")}, {QStringLiteral("VN-SG")});
    const Campaign awareness = campaign(Goal::Awareness);
    const GoalScore reached = score(awareness, saigon, 2.5);
    const QStringList aware = GoalExplanation::briefLines(awareness, saigon, reached);
    EXPECT_TRUE(plain(aware.at(0)).startsWith(QStringLiteral("✓ Region: VN-SG is within the target regions (VN)")));
    EXPECT_TRUE(aware.at(1).startsWith(QStringLiteral("• Niche:")));
    EXPECT_TRUE(aware.at(1).contains(QStringLiteral("awareness counts reach whatever the niche")));
    EXPECT_TRUE(aware.at(2).contains(QStringLiteral("weight ×2.5")));
    // 40,000 real followers × 22.9%: 9,160 people, weighted ×2.5 to 22,900.
    EXPECT_EQ(GoalExplanation::bringsLine(reached),
              QStringLiteral("Brings 9,160 real people reached (authentic unique reach); weighted ×2.5 for the kind, it counts as 22,900."));
    EXPECT_EQ(GoalExplanation::fitLine(reached, QStringLiteral("VND")),
              QStringLiteral("Goal fit: 11,450 real people reached per million VND spent"));
}

} // namespace
} // namespace planner::test
