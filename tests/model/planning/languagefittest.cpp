// Language match in goal fit on a real file: a channel posting only in languages the
// campaign does not target loses exactly the documented language_mismatch_weight (an
// assumption with its source); a match, unknown languages or a campaign without targets
// lose nothing. The ranking, GoalScore and Suggest Shortlist weigh it alike.
#include "modeltestsupport.h"

#include "domain/languagematch.h"
#include "planning/goalranking.h"
#include "planning/shortlistsuggester.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidateloader.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

namespace planner::test {
namespace {

const QString irr = QStringLiteral("IRR");

class LanguageFitTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        // Same fee and rates; John reaches a little more, in English only.
        m_sara = add(QStringLiteral("Sara"), 40000, {QStringLiteral("fa")});
        m_john = add(QStringLiteral("John"), 50000, {QStringLiteral("en")});
        m_nima = add(QStringLiteral("Nima"), 45000, {});
        m_campaign.name = QStringLiteral("نوروز");
        m_campaign.goal = Goal::Awareness;
        m_campaign.budget = Money(20000000, irr);
        m_campaign.regions = {QStringLiteral("IR")};
        m_campaign.languages = {QStringLiteral("fa")};
        Error error;
        m_campaign.id = CampaignStore(*m_database).create(m_campaign, &error).value_or(0);
        ASSERT_GT(m_campaign.id, 0) << error.text().toStdString();
    }

    qint64 add(const QString &name, qint64 followers, const QStringList &languages)
    {
        Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@") + name, followers);
        channel.engagementRatePct = 3.0;
        channel.authenticityPct = 90.0;
        channel.fee = Money(20000000, irr);
        channel.languages = languages;
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Creator, {channel}, {},
                                                   {QStringLiteral("IR")}));
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                          ExchangeRateStore::load(connection()));
    }

    // Goal fit per candidate id, as the ranking gives it.
    QHash<qint64, double> fits(const Campaign &campaign) const
    {
        QHash<qint64, double> result;
        const auto ranked = GoalRanking(campaign, projection()).project(connection());
        EXPECT_TRUE(ranked);
        for (const RankedChannel &channel : ranked.value_or(std::vector<RankedChannel>()))
            result.insert(channel.candidateId, channel.fit);
        return result;
    }

    QList<qint64> suggested(const Campaign &campaign) const
    {
        ShortlistRequest request;
        request.campaign = campaign;
        request.candidates = CandidateLoader::all(connection());
        const ShortlistSuggestion suggestion = ShortlistSuggester(projection()).suggest(request);
        EXPECT_TRUE(suggestion.isSolved()) << suggestion.reason.toStdString();
        QList<qint64> ids;
        for (const ShortlistEntry &entry : suggestion.entries)
            ids << entry.candidateId;
        return ids;
    }

    Campaign m_campaign;
    qint64 m_sara = 0, m_john = 0, m_nima = 0;
};

using LanguageFitTest = OnBothBackends<LanguageFitTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(LanguageFitTest);

TEST_P(LanguageFitTest, AMismatchChangesGoalFitByExactlyTheDocumentedWeight)
{
    const auto weight = AssumptionStore::load(connection()).find(LanguageMatch::weightKey());
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight->value, 0.5);
    EXPECT_FALSE(weight->source.isEmpty());
    Campaign anyLanguage = m_campaign;
    anyLanguage.languages.clear();
    const QHash<qint64, double> plain = fits(anyLanguage);
    const QHash<qint64, double> targeted = fits(m_campaign);
    ASSERT_GT(plain.value(m_john), 0.0);
    EXPECT_DOUBLE_EQ(targeted.value(m_john), plain.value(m_john) * 0.5);
    EXPECT_EQ(targeted.value(m_sara), plain.value(m_sara)); // posts in the target language
    EXPECT_EQ(targeted.value(m_nima), plain.value(m_nima)); // unknown: nothing against it

    // The weight is an assumption the marketer edits: at 0.2 a mismatch keeps 80 %.
    ASSERT_TRUE(AssumptionStore(*m_database).set(LanguageMatch::weightKey(), 0.2));
    EXPECT_DOUBLE_EQ(fits(m_campaign).value(m_john), plain.value(m_john) * 0.8);
}

TEST_P(LanguageFitTest, TheRankingAndGoalScoreGiveTheSameFit)
{
    const GoalRanking ranking(m_campaign, projection());
    const QHash<qint64, double> ranked = fits(m_campaign);
    for (const CandidateRow &row : allRows(*m_store, {})) {
        const GoalScore score = ranking.score(row);
        ASSERT_TRUE(score.fit());
        EXPECT_EQ(*score.fit(), ranked.value(row.candidateId)) << row.name.toStdString();
        EXPECT_EQ(score.languageFactor(), row.candidateId == m_john ? 0.5 : 1.0);
    }
}

TEST_P(LanguageFitTest, SuggestShortlistPrefersTheTargetLanguage)
{
    Campaign anyLanguage = m_campaign;
    anyLanguage.languages.clear();
    // Budget for one: John reaches the most, until the campaign speaks Persian.
    EXPECT_EQ(suggested(anyLanguage), QList<qint64>{m_john});
    EXPECT_EQ(suggested(m_campaign), QList<qint64>{m_nima});
    Campaign withEnglish = m_campaign;
    withEnglish.languages << QStringLiteral("en");
    EXPECT_EQ(suggested(withEnglish), QList<qint64>{m_john});
}

TEST(LanguageMatchTest, TheFactorFollowsTheDocumentedRule)
{
    const QStringList fa{QStringLiteral("fa")};
    EXPECT_EQ(LanguageMatch::factor(fa, {QStringLiteral("en")}, 0.5), 0.5);
    EXPECT_EQ(LanguageMatch::factor(fa, {QStringLiteral("en"), QStringLiteral("FA")}, 0.5), 1.0);
    EXPECT_EQ(LanguageMatch::factor(fa, {}, 0.5), 1.0);
    EXPECT_EQ(LanguageMatch::factor({}, {QStringLiteral("en")}, 0.5), 1.0);
    EXPECT_EQ(LanguageMatch::factor(fa, {QStringLiteral("en")}, 1.5), 0.0); // never below 0
}

} // namespace
} // namespace planner::test
