// Which currency a campaign file uses most (CurrencyUsage), on a real file: nothing in a new
// file, then the code counted over channel fees and campaign budgets.
#include "modeltestsupport.h"

#include "storage/campaignstore.h"
#include "storage/currencyusage.h"

namespace planner::test {
namespace {

class CurrencyUsageTest : public StoreTest
{
protected:
    void addFee(const QString &currency)
    {
        Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@h"), 1000);
        channel.fee = Money(500000, currency);
        ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Ayu"), CandidateKind::Koc, {channel})));
    }
};

TEST_F(CurrencyUsageTest, ANewFileHasNoneThenTheMostUsedCodeWins)
{
    EXPECT_TRUE(CurrencyUsage::mostUsed(connection()).isEmpty());
    // A channel without a fee counts for nothing.
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("No fee"), CandidateKind::Kol,
                                           {makeChannel(Platform::TikTok, QStringLiteral("@n"), 5)})));
    EXPECT_TRUE(CurrencyUsage::mostUsed(connection()).isEmpty());
    addFee(QStringLiteral("USD"));
    EXPECT_EQ(CurrencyUsage::mostUsed(connection()), QStringLiteral("USD"));
    addFee(QStringLiteral("IDR"));
    EXPECT_EQ(CurrencyUsage::mostUsed(connection()), QStringLiteral("IDR")) << "a tie goes to the first code";
    // Campaign budgets count too.
    CampaignStore campaigns(*m_database);
    for (const char *name : {"Ramadan", "Tết"}) {
        Campaign campaign;
        campaign.name = QString::fromUtf8(name);
        campaign.budget = Money(100000000, QStringLiteral("VND"));
        ASSERT_TRUE(campaigns.create(campaign));
    }
    EXPECT_EQ(CurrencyUsage::mostUsed(connection()), QStringLiteral("VND"));
}

} // namespace
} // namespace planner::test
