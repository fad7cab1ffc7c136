// The shortlist suggester against a brute force on small random instances (fixed seeds,
// up to 12 candidates with up to 3 channels): every choice is priced here independently
// through Projection and GoalScore, with the seeded assumptions and rates of a real file.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "planning/goalscore.h"
#include "planning/shortlistsuggester.h"
#include "storage/tierthresholdstore.h"

#include <array>
#include <cmath>
#include <functional>
#include <random>

namespace planner::test {
namespace {

const QString vnd = QStringLiteral("VND");

// What a deliverable is on each platform, written out here rather than taken from the code
// under test.
DeliverableFormat expectedFormat(Platform platform)
{
    switch (platform) {
    case Platform::Tv:
    case Platform::Radio:
    case Platform::Print: return DeliverableFormat::Appearance;
    case Platform::YouTube:
    case Platform::TikTok: return DeliverableFormat::Video;
    default: return DeliverableFormat::Post;
    }
}

struct BrutePlan
{
    qint64 cost = 0;
    double value = 0.0;
};

struct BruteCandidate
{
    CandidateKind kind = CandidateKind::Creator;
    QList<BrutePlan> plans; // one per platform with a known cost
    bool locked = false;
    BrutePlan lockedPlan;
};

struct BruteBest
{
    bool found = false;
    double value = -1.0;
};

class RandomInstance
{
public:
    RandomInstance(quint32 seed, const Projection &projection)
        : m_rng(seed), m_projection(projection)
    {
        const int n = pick(4, 12);
        for (int i = 0; i < n; ++i)
            m_request.candidates << randomCandidate(i + 1);
        m_request.campaign.id = 1;
        m_request.campaign.name = QStringLiteral("Random");
        m_request.campaign.goal = pick(0, 1) ? Goal::Awareness : Goal::NicheTrust;
        if (pick(0, 2) > 0)
            m_request.campaign.niches = {QStringLiteral("beauty")};
        if (pick(0, 2) > 0)
            m_request.campaign.regions = {QStringLiteral("VN")};
        m_request.campaign.budget = Money(0, vnd); // set once the plans are priced
        if (pick(0, 2) == 0)
            m_request.maxShare = 0.25 + 0.1 * pick(0, 4);
        if (pick(0, 2) == 0)
            m_request.minimumPerKind.insert(allKinds().at(pick(0, 3)), pick(1, 2));
        if (pick(0, 3) == 0)
            m_request.lockedIds = {qint64(pick(1, n))};
        priceIndependently();
    }

    const ShortlistRequest &request() const { return m_request; }
    const QList<BruteCandidate> &brute() const { return m_brute; }

    // Every shortlist, pruned only where the budget is already spent.
    BruteBest solve() const
    {
        BruteBest best;
        std::array<int, 4> counts{};
        std::function<void(int, qint64, double)> visit = [&](int i, qint64 cost, double value) {
            if (cost > budget())
                return;
            if (i == m_brute.size()) {
                for (CandidateKind kind : allKinds()) {
                    if (counts[size_t(kind)] < m_request.minimumPerKind.value(kind))
                        return;
                }
                if (!best.found || value > best.value)
                    best = {true, value};
                return;
            }
            const BruteCandidate &c = m_brute.at(i);
            if (c.locked) {
                ++counts[size_t(c.kind)];
                visit(i + 1, cost + c.lockedPlan.cost, value + c.lockedPlan.value);
                --counts[size_t(c.kind)];
                return;
            }
            visit(i + 1, cost, value);
            for (const BrutePlan &plan : c.plans) {
                if (m_request.maxShare && double(plan.cost) > *m_request.maxShare * double(budget()))
                    continue;
                ++counts[size_t(c.kind)];
                visit(i + 1, cost + plan.cost, value + plan.value);
                --counts[size_t(c.kind)];
            }
        };
        visit(0, 0, 0.0);
        return best;
    }

    qint64 budget() const { return m_request.campaign.budget.minorUnits(); }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    double uniform(double low, double high)
    {
        return std::uniform_real_distribution<double>(low, high)(m_rng);
    }

    Candidate randomCandidate(qint64 id)
    {
        static const QStringList currencies{vnd, QStringLiteral("USD"), QStringLiteral("IDR"),
                                            QStringLiteral("EUR")};
        static const QStringList niches{QStringLiteral("beauty"), QStringLiteral("food"),
                                        QStringLiteral("tech")};
        static const QStringList regions{QStringLiteral("VN"), QStringLiteral("VN-SG"),
                                         QStringLiteral("ID"), QStringLiteral("IR")};
        Candidate candidate;
        candidate.id = id;
        candidate.name = QStringLiteral("C%1").arg(id);
        candidate.kind = allKinds().at(pick(0, 3));
        candidate.niches << niches.at(pick(0, 2));
        candidate.regions << regions.at(pick(0, 3));
        const int channels = pick(1, 3);
        for (int c = 0; c < channels; ++c) {
            Channel channel;
            channel.id = id * 10 + c;
            channel.platform = allPlatforms().at(pick(0, int(allPlatforms().size()) - 1));
            const qint64 followers = qint64(std::exp(uniform(std::log(1e3), std::log(3e6))));
            channel.followers = followers;
            if (pick(0, 1))
                channel.engagementRatePct = uniform(0.3, 8.0);
            if (pick(0, 1))
                channel.authenticityPct = uniform(55.0, 99.0);
            if (expectedFormat(channel.platform) == DeliverableFormat::Video && pick(0, 1))
                channel.avgViews = followers / pick(2, 9);
            if (pick(0, 3) > 0) {
                const QString currency = currencies.at(pick(0, 3));
                const double usd = double(followers) * uniform(0.002, 0.03) + 20.0;
                const double perUsd = currency == vnd ? 26000 : currency == QLatin1String("IDR") ? 16300 : 1;
                channel.fee = Money(qint64(usd * perUsd * (Money::minorDigits(currency) ? 100 : 1)),
                                    currency);
            }
            candidate.channels << channel;
        }
        return candidate;
    }

    // Empty cost when no exchange rate converts the fee.
    std::pair<std::optional<qint64>, double> plan(const Candidate &candidate,
                                                  const Channel &channel) const
    {
        const ProjectedFigures figures = m_projection.project(
            channel, expectedFormat(channel.platform), 1, std::nullopt, vnd);
        const double value =
            GoalScore::of(m_request.campaign.goal, m_request.campaign, candidate, figures).objective();
        if (!figures.cost)
            return {std::nullopt, value};
        return {figures.cost->minorUnits(), value};
    }

    void priceIndependently()
    {
        qint64 cheapestSum = 0;
        for (const Candidate &candidate : std::as_const(m_request.candidates)) {
            BruteCandidate brute;
            brute.kind = candidate.kind;
            brute.locked = m_request.lockedIds.contains(candidate.id);
            QList<Platform> seen;
            qint64 cheapest = -1;
            for (const Channel &channel : candidate.channels) {
                if (seen.contains(channel.platform))
                    continue;
                seen << channel.platform;
                const auto [cost, value] = plan(candidate, channel);
                if (cost) {
                    brute.plans << BrutePlan{*cost, value};
                    cheapest = cheapest < 0 ? *cost : std::min(cheapest, *cost);
                }
            }
            // Locked without an entry: the first channel, as "add to shortlist" would book it;
            // an unknown cost counts as none, what it brings still counts.
            const auto [cost, value] = plan(candidate, candidate.channels.first());
            brute.lockedPlan = BrutePlan{cost.value_or(0), value};
            cheapestSum += std::max<qint64>(0, cheapest);
            m_brute << brute;
        }
        m_request.campaign.budget = Money(qint64(double(cheapestSum) * uniform(0.2, 0.7)), vnd);
    }

    std::mt19937 m_rng;
    const Projection &m_projection;
    ShortlistRequest m_request;
    QList<BruteCandidate> m_brute;
};

class ShortlistSuggesterRandomTestFixture : public StoreTest
{
protected:
    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                          ExchangeRateStore::load(connection()));
    }
};

using ShortlistSuggesterRandomTest = OnBothBackends<ShortlistSuggesterRandomTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ShortlistSuggesterRandomTest);

TEST_P(ShortlistSuggesterRandomTest, SmallInstancesMatchBruteForce)
{
    const Projection figures = projection();
    int solved = 0;
    for (quint32 seed = 1; seed <= 150; ++seed) {
        SCOPED_TRACE(seed);
        const RandomInstance instance(seed, figures);
        const BruteBest best = instance.solve();
        const ShortlistSuggestion suggestion = ShortlistSuggester(figures).suggest(instance.request());
        if (!best.found) {
            EXPECT_EQ(suggestion.result.status, OptimizerStatus::Infeasible);
            EXPECT_FALSE(suggestion.reason.isEmpty());
            continue;
        }
        ASSERT_TRUE(suggestion.isSolved()) << suggestion.reason.toStdString();
        ++solved;
        EXPECT_TRUE(suggestion.result.provenOptimal);
        EXPECT_NEAR(suggestion.result.totalValue, best.value, 1e-9 * std::max(1.0, best.value));
        EXPECT_LE(suggestion.totals.cost.minorUnits(), instance.budget());
        // The entries handed back bring what the optimizer counted, priced independently.
        QHash<qint64, Candidate> byId;
        for (const Candidate &candidate : instance.request().candidates)
            byId.insert(candidate.id, candidate);
        double value = 0.0;
        for (const ShortlistEntry &entry : suggestion.entries) {
            const Candidate candidate = byId.value(entry.candidateId);
            const ProjectedFigures projected = figures.project(candidate, entry, vnd);
            value += GoalScore::of(instance.request().campaign.goal, instance.request().campaign,
                                   candidate, projected).objective();
            EXPECT_EQ(entry.format, expectedFormat(entry.platform));
        }
        EXPECT_NEAR(value, best.value, 1e-9 * std::max(1.0, best.value));
    }
    EXPECT_GE(solved, 100);
}

} // namespace
} // namespace planner::test
