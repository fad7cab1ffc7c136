// The projection's table of assumptions gives, slot by slot, what Assumptions' own lookups
// give: for the rows a new file is seeded with, and for hand-made rows that leave chains to
// their broader keys and to the last-resort figures.
#include "modeltestsupport.h"

#include "domain/assumptiontable.h"
#include "storage/assumptionstore.h"

namespace planner::test {
namespace {

void expectSameLookups(const Assumptions &assumptions)
{
    const AssumptionTable table(assumptions);
    for (const Platform platform : allPlatforms()) {
        for (const Tier tier : allTiers()) {
            const std::string where = QString(platformKey(platform) + QLatin1Char('.') + tierKey(tier)).toStdString();
            for (const DeliverableFormat format : allDeliverableFormats()) {
                EXPECT_EQ(table.reachRate(platform, tier, format), assumptions.reachRate(platform, tier, format))
                    << where << '.' << deliverableFormatKey(format).toStdString();
            }
            EXPECT_EQ(table.engagementRatePct(platform, tier), assumptions.engagementRatePct(platform, tier)) << where;
            EXPECT_EQ(table.defaultFee(platform, tier), assumptions.defaultFee(platform, tier)) << where;
        }
    }
    for (const Tier tier : allTiers())
        EXPECT_EQ(table.authenticityPct(tier), assumptions.authenticityPct(tier)) << tierKey(tier).toStdString();
    for (const CandidateKind kind : allKinds())
        EXPECT_EQ(table.kindWeight(kind), assumptions.kindWeight(kind)) << kindKey(kind).toStdString();
    EXPECT_EQ(table.benchmarkCpmUsd(), assumptions.benchmarkCpmUsd());
    EXPECT_EQ(table.brandFitWeight(), assumptions.brandFitWeight());
}

Assumption row(const QString &key, double value)
{
    Assumption assumption;
    assumption.key = key;
    assumption.value = value;
    assumption.defaultValue = value;
    return assumption;
}

using AssumptionTableTest = StoreTest;

TEST_F(AssumptionTableTest, EverySlotHoldsWhatTheSeededFilesLookupsGive)
{
    const Assumptions seeded = AssumptionStore::load(connection());
    ASSERT_FALSE(seeded.isEmpty());
    expectSameLookups(seeded);
    // One figure checked outright, so that two empty lookups cannot agree by accident.
    EXPECT_DOUBLE_EQ(AssumptionTable(seeded).reachRate(Platform::Instagram, Tier::Micro, DeliverableFormat::Post),
                     0.229);
}

TEST_F(AssumptionTableTest, BroaderKeysAndLastResortsAreFollowedAsByTheLookups)
{
    Assumptions sparse;
    sparse.insert(row(QStringLiteral("reach_rate.tiktok"), 0.31));
    sparse.insert(row(QStringLiteral("reach_rate.instagram.micro.post"), 0.22));
    sparse.insert(row(QStringLiteral("engagement_rate.micro"), 4.5));
    sparse.insert(row(QStringLiteral("fee.youtube.macro"), 1234.565));
    sparse.insert(row(QStringLiteral("kind_weight.kol"), 1.4));
    expectSameLookups(sparse);
    const AssumptionTable table(sparse);
    EXPECT_EQ(table.reachRate(Platform::TikTok, Tier::Mega, DeliverableFormat::Live), 0.31);
    EXPECT_EQ(table.reachRate(Platform::Instagram, Tier::Micro, DeliverableFormat::Live), 0.22); // the post figure
    EXPECT_EQ(table.reachRate(Platform::YouTube, Tier::Nano, DeliverableFormat::Video), 0.1);   // last resort
    EXPECT_EQ(table.engagementRatePct(Platform::X, Tier::Micro), 4.5);
    EXPECT_EQ(table.defaultFee(Platform::YouTube, Tier::Macro), Money(123457, QStringLiteral("USD")));
    EXPECT_EQ(table.kindWeight(CandidateKind::Kol), 1.4);
    EXPECT_EQ(table.kindWeight(CandidateKind::Creator), 1.0);
}

} // namespace
} // namespace planner::test
