// Assumptions learned from a generated history whose true rates are known.
#include "../resultsfixture.h"

#include "planning/assumptionlearner.h"
#include "planning/planninginput.h"

#include <QRandomGenerator>

namespace planner::test {
namespace {

// Instagram micro posts whose true reach rate, engagement rate and fee are known; each
// delivery strays from them by up to ±30%.
constexpr double trueReachRate = 0.15;
constexpr double trueEngagementPct = 1.8;
constexpr double trueFeeUsd = 200.0;
const QString reachKey = QStringLiteral("reach_rate.instagram.micro.post");
const QString engagementKey = QStringLiteral("engagement_rate.micro");
const QString feeKey = QStringLiteral("fee.micro");

class AssumptionLearnerTestFixture : public ResultsTest
{
protected:
    // Adds a campaign with deliveries pieces over ten candidates; completes it when asked.
    void deliver(const QString &campaign, int deliveries, bool completed)
    {
        const qint64 campaignId = addCampaign(campaign);
        QList<qint64> entries;
        QList<qint64> followers;
        for (int i = 0; i < 10; ++i) {
            followers << 20000 + 7000 * i;
            entries << addEntry(campaignId, campaign + QString::number(i),
                                QStringLiteral("@%1%2").arg(campaign).arg(i), followers.last());
        }
        QList<DeliveryResult> pieces;
        for (int d = 0; d < deliveries; ++d) {
            const double f = double(followers.at(d % 10));
            auto stray = [this] { return 1.0 + (m_random.generateDouble() - 0.5) * 0.6; };
            DeliveryResult piece;
            piece.entryId = entries.at(d % 10);
            piece.date = QDate(2026, 3, 1).addDays(d % 28);
            piece.setFigure(ResultMeasure::Reach, qRound64(0.8 * f * trueReachRate * stray()));
            piece.setFigure(ResultMeasure::Likes, qRound64(f * trueEngagementPct / 100.0 * stray()));
            piece.feePaid = Money(qRound64(trueFeeUsd * stray() * 100), QStringLiteral("USD"));
            pieces << piece;
        }
        Error error;
        ASSERT_TRUE(results().addAll(pieces, &error)) << error.text().toStdString();
        if (completed)
            ASSERT_TRUE(results().complete(campaignId, QDate(2026, 4, 1)));
    }

    QHash<QString, LearnedEstimate> learn() const
    {
        QHash<QString, LearnedEstimate> byKey;
        const AssumptionLearner learner(PlanningInput::projection(*m_file));
        for (const LearnedEstimate &estimate : learner.learn(m_file->results().history()))
            byKey.insert(estimate.key, estimate);
        return byKey;
    }

    double seeded(const QString &key) const { return *m_file->assumptions().load().value(key); }

    QRandomGenerator m_random{20261206};
};

using AssumptionLearnerTest = OnBothBackends<AssumptionLearnerTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(AssumptionLearnerTest);

TEST_P(AssumptionLearnerTest, EstimatesRecoverTheTrueRatesWithinTheirIntervalsAsDeliveriesGrow)
{
    const std::pair<QString, double> truths[] = {
        {reachKey, trueReachRate}, {engagementKey, trueEngagementPct}, {feeKey, trueFeeUsd}};
    QHash<QString, double> previousError;
    int delivered = 0;
    int round = 0;
    for (const int more : {40, 200, 1500}) {
        deliver(QStringLiteral("c%1").arg(++round), more, true);
        delivered += more;
        const QHash<QString, LearnedEstimate> learned = learn();
        for (const auto &[key, truth] : truths) {
            const LearnedEstimate estimate = learned.value(key);
            EXPECT_EQ(estimate.deliveries, delivered) << key.toStdString();
            // While the default still pulls, the interval must hold the truth; once the
            // deliveries dominate, AssumptionLearnerPooling checks the coverage over many
            // histories (one history's 95% interval may miss).
            if (delivered < 1000) {
                EXPECT_LE(estimate.low, truth) << key.toStdString() << ' ' << delivered;
                EXPECT_GE(estimate.high, truth) << key.toStdString() << ' ' << delivered;
            }
            const double error = std::abs(estimate.estimate - truth);
            EXPECT_LT(error, previousError.value(key, 1e12)) << key.toStdString() << ' ' << delivered;
            previousError.insert(key, error);
        }
    }
    // With 1,740 deliveries every estimate is within 2% of the truth, its interval narrow.
    for (const auto &[key, truth] : truths) {
        const LearnedEstimate estimate = learn().value(key);
        EXPECT_NEAR(estimate.estimate, truth, 0.02 * truth) << key.toStdString();
        EXPECT_LT(estimate.high - estimate.low, 0.05 * truth) << key.toStdString();
    }
}

TEST_P(AssumptionLearnerTest, WithFewDeliveriesEstimatesStayNearTheDefaults)
{
    deliver(QStringLiteral("few"), 3, true);
    const QHash<QString, LearnedEstimate> learned = learn();
    for (const auto &[key, truth] : {std::pair{reachKey, trueReachRate}, std::pair{engagementKey, trueEngagementPct},
                                     std::pair{feeKey, trueFeeUsd}}) {
        const LearnedEstimate estimate = learned.value(key);
        EXPECT_EQ(estimate.deliveries, 3) << key.toStdString();
        EXPECT_DOUBLE_EQ(estimate.current, seeded(key));
        // Three deliveries against the default's ten: less than a quarter of the way.
        EXPECT_LT(std::abs(estimate.estimate - seeded(key)), 0.25 * std::abs(truth - seeded(key))) << key.toStdString();
        EXPECT_GT(std::abs(estimate.estimate - seeded(key)), 0.0) << key.toStdString();
        // The interval holds the default: three deliveries do not prove it wrong.
        EXPECT_LE(estimate.low, seeded(key)) << key.toStdString();
        EXPECT_GE(estimate.high, seeded(key)) << key.toStdString();
    }
}

TEST_P(AssumptionLearnerTest, ACampaignNotCompletedNeverMovesTheEstimates)
{
    deliver(QStringLiteral("open"), 500, false);
    EXPECT_TRUE(learn().isEmpty());
    deliver(QStringLiteral("done"), 40, true);
    const LearnedEstimate before = learn().value(reachKey);
    EXPECT_EQ(before.deliveries, 40);
    deliver(QStringLiteral("open2"), 300, false);
    const LearnedEstimate after = learn().value(reachKey);
    EXPECT_EQ(after.deliveries, 40);
    EXPECT_DOUBLE_EQ(after.estimate, before.estimate);
}

TEST(AssumptionLearnerPooling, IntervalsHoldTheTruthInNineteenHistoriesOfTwenty)
{
    // Many generated histories of a rate whose truth (0.15) is far below the default (0.229):
    // the share of 95% intervals that hold the truth is near 95%, for few and many deliveries.
    QRandomGenerator random(7);
    for (const int deliveries : {5, 40, 400, 2000}) {
        int held = 0;
        const int histories = 400;
        for (int h = 0; h < histories; ++h) {
            QList<double> observations;
            for (int i = 0; i < deliveries; ++i)
                observations << 0.15 * (1.0 + (random.generateDouble() - 0.5) * 0.6);
            const LearnedEstimate pooled = AssumptionLearner::pool(reachKey, 0.229, observations);
            held += pooled.low <= 0.15 && 0.15 <= pooled.high ? 1 : 0;
        }
        EXPECT_GE(held, histories * 90 / 100) << deliveries;
    }
}

TEST(AssumptionLearnerPooling, TheFormulaWeighsTheDefaultAsTenDeliveries)
{
    const LearnedEstimate pooled = AssumptionLearner::pool(QStringLiteral("fee.micro"), 300.0, {100.0, 100.0, 100.0, 100.0, 100.0,
                                                                                                 100.0, 100.0, 100.0, 100.0, 100.0});
    EXPECT_DOUBLE_EQ(pooled.estimate, 200.0);
    EXPECT_EQ(pooled.deliveries, 10);
    // Spread: (10 * (0.5 * 300)^2 + 0) / (10 + 9); the pull towards the default: 10/20 of
    // 300 - 100; half width 1.96 * sqrt(spread / 20 + pull^2).
    const double halfWidth = 1.959964 * std::sqrt(10.0 * 150.0 * 150.0 / 19.0 / 20.0 + 100.0 * 100.0);
    EXPECT_NEAR(pooled.high - pooled.estimate, halfWidth, 1e-9);
    EXPECT_EQ(AssumptionLearner::source(40, QDate(2026, 12, 6)), QStringLiteral("own history, 40 deliveries, 2026-12-06"));
}

} // namespace
} // namespace planner::test
