// The shortlist optimizer: against brute force and a cost DP, large instances against the
// LP bound, infeasible inputs, and cancel through the progress callback.
#include "modeltestsupport.h"

#include "planning/optimizer/budgetoptimizer.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace planner::test {
namespace {

enum class Goal { Awareness, NicheTrust };

struct Instance
{
    QList<OptimizerOption> options;
    OptimizerConstraints constraints;
};

double uniform(std::mt19937_64 &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

int uniformInt(std::mt19937_64 &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// Awareness: unique reach grows with diminishing returns per extra post, fees in rupiah
// follow followers. Niche trust: engagements add up per post, and a third of the candidates
// miss the niche and bring nothing.
OptimizerOption randomOption(std::mt19937_64 &rng, qint64 id, Goal goal, int planCount)
{
    OptimizerOption option;
    option.candidateId = id;
    option.kind = allKinds().at(uniformInt(rng, 0, 3));
    const double followers = std::exp(uniform(rng, std::log(1e3), std::log(5e6)));
    const double authenticity = uniform(rng, 0.5, 1.0);
    const double fee = std::round(followers * uniform(rng, 30.0, 400.0) + 100000.0);
    const bool nicheMatch = uniform(rng, 0.0, 1.0) > 0.33;
    const double engagementRate = uniform(rng, 0.005, 0.08);
    for (int count = 1; count <= planCount; ++count) {
        OptimizerPlan plan;
        plan.cost = qint64(std::round(fee * count * (1.0 - 0.05 * (count - 1))));
        if (goal == Goal::Awareness)
            plan.value = followers * uniform(rng, 0.15, 0.38) * authenticity * (1.0 - std::pow(0.55, count)) / 0.45;
        else
            plan.value = nicheMatch ? followers * engagementRate * authenticity * count * uniform(rng, 0.8, 1.0) : 0.0;
        option.plans.append(plan);
    }
    return option;
}

Instance randomInstance(std::mt19937_64 &rng, int n, Goal goal, qint64 maxCombinations, bool extras)
{
    Instance instance;
    std::vector<int> plans(n);
    double logCombinations = 0.0;
    for (int &p : plans) {
        p = uniformInt(rng, 1, 3);
        logCombinations += std::log(p + 1.0);
    }
    // Keep the brute force affordable: fewer plans until the search space fits.
    const double logLimit = std::log(double(maxCombinations));
    for (int i = 0, left = n; logCombinations > logLimit && left > 0; i = (i + 1) % n) {
        if (plans[i] > 1) {
            logCombinations += std::log(double(plans[i])) - std::log(plans[i] + 1.0);
            --plans[i];
            left = n;
        } else {
            --left;
        }
    }
    double firstPlanCosts = 0.0;
    for (int i = 0; i < n; ++i) {
        instance.options.append(randomOption(rng, 1000 + i, goal, plans[i]));
        firstPlanCosts += double(instance.options.back().plans.front().cost);
    }
    instance.constraints.budget = qint64(firstPlanCosts * uniform(rng, 0.15, 0.7));
    if (!extras)
        return instance;
    for (OptimizerOption &option : instance.options) {
        const double roll = uniform(rng, 0.0, 1.0);
        if (roll < 0.08) {
            option.locked = true;
            option.lockedPlan = uniformInt(rng, 0, int(option.plans.size()) - 1);
        } else if (roll < 0.16) {
            option.excluded = true;
        }
    }
    if (uniformInt(rng, 0, 1) == 1)
        instance.constraints.maxShare = uniform(rng, 0.1, 0.5);
    if (uniformInt(rng, 0, 1) == 1) {
        for (int k = uniformInt(rng, 1, 2); k > 0; --k)
            instance.constraints.minimumPerKind[allKinds().at(uniformInt(rng, 0, 3))] = uniformInt(rng, 1, 3);
    }
    return instance;
}

// Every shortlist, pruned only by the budget: the best value, or nothing when none is valid.
class BruteForce
{
public:
    explicit BruteForce(const Instance &instance) : m_instance(instance) {}

    std::optional<double> best()
    {
        m_counts.fill(0);
        visit(0, 0, 0.0);
        return m_best;
    }

private:
    void visit(int index, qint64 cost, double value)
    {
        const auto &options = m_instance.options;
        const auto &limits = m_instance.constraints;
        if (index == options.size()) {
            for (auto it = limits.minimumPerKind.cbegin(); it != limits.minimumPerKind.cend(); ++it) {
                if (m_counts[int(it.key())] < it.value())
                    return;
            }
            if (!m_best || value > *m_best)
                m_best = value;
            return;
        }
        const OptimizerOption &option = options.at(index);
        if (!option.locked)
            visit(index + 1, cost, value);
        if (option.excluded)
            return;
        for (int p = 0; p < option.plans.size(); ++p) {
            const OptimizerPlan &plan = option.plans.at(p);
            if (option.locked && p != option.lockedPlan)
                continue;
            if (!option.locked && limits.maxShare
                && double(plan.cost) > *limits.maxShare * double(limits.budget) * (1.0 + 1e-12))
                continue;
            if (cost + plan.cost > limits.budget)
                continue;
            ++m_counts[int(option.kind)];
            visit(index + 1, cost + plan.cost, value + plan.value);
            --m_counts[int(option.kind)];
        }
    }

    const Instance &m_instance;
    std::array<int, 4> m_counts{};
    std::optional<double> m_best;
};

// The result keeps every constraint and its totals add up.
void expectValid(const Instance &instance, const OptimizerResult &result)
{
    ASSERT_TRUE(result.isSolved());
    const auto &limits = instance.constraints;
    qint64 cost = 0;
    double value = 0.0;
    std::array<int, 4> counts{};
    QSet<qint64> chosenIds;
    for (const OptimizerChoice &choice : result.chosen) {
        const auto it = std::find_if(instance.options.cbegin(), instance.options.cend(),
                                     [&](const OptimizerOption &o) { return o.candidateId == choice.candidateId; });
        ASSERT_NE(it, instance.options.cend());
        ASSERT_FALSE(chosenIds.contains(choice.candidateId));
        chosenIds.insert(choice.candidateId);
        EXPECT_FALSE(it->excluded);
        ASSERT_GE(choice.planIndex, 0);
        ASSERT_LT(choice.planIndex, it->plans.size());
        const OptimizerPlan &plan = it->plans.at(choice.planIndex);
        if (it->locked)
            EXPECT_EQ(choice.planIndex, it->lockedPlan);
        else if (limits.maxShare)
            EXPECT_LE(double(plan.cost), *limits.maxShare * double(limits.budget) * (1.0 + 1e-12));
        cost += plan.cost;
        value += plan.value;
        ++counts[int(it->kind)];
    }
    for (const OptimizerOption &option : instance.options) {
        if (option.locked)
            EXPECT_TRUE(chosenIds.contains(option.candidateId));
    }
    for (auto it = limits.minimumPerKind.cbegin(); it != limits.minimumPerKind.cend(); ++it)
        EXPECT_GE(counts[int(it.key())], it.value());
    EXPECT_LE(cost, limits.budget);
    EXPECT_EQ(cost, result.totalCost);
    EXPECT_NEAR(value, result.totalValue, 1e-9 * std::max(1.0, value));
    EXPECT_GE(result.upperBound, result.totalValue * (1.0 - 1e-12));
}

void compareWithBruteForce(Goal goal, quint64 seed)
{
    std::mt19937_64 rng(seed);
    int solved = 0;
    for (int round = 0; round < 300; ++round) {
        SCOPED_TRACE(round);
        const Instance instance = randomInstance(rng, uniformInt(rng, 1, 20), goal, 1 << 20, true);
        const std::optional<double> expected = BruteForce(instance).best();
        const OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
        if (!expected) {
            EXPECT_EQ(result.status, OptimizerStatus::Infeasible);
            EXPECT_FALSE(result.reason.isEmpty());
            continue;
        }
        ++solved;
        expectValid(instance, result);
        EXPECT_TRUE(result.provenOptimal);
        EXPECT_NEAR(result.totalValue, *expected, 1e-9 * std::max(1.0, *expected));
    }
    // The instances must mostly be solvable, or the comparison proves little.
    EXPECT_GT(solved, 150);
}

TEST(BudgetOptimizerTest, AwarenessMatchesBruteForce) { compareWithBruteForce(Goal::Awareness, 11); }

TEST(BudgetOptimizerTest, NicheTrustMatchesBruteForce) { compareWithBruteForce(Goal::NicheTrust, 23); }

TEST(BudgetOptimizerTest, FortyCandidatesMatchCostDynamicProgram)
{
    std::mt19937_64 rng(5);
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE(round);
        Instance instance;
        instance.constraints.budget = uniformInt(rng, 100, 600);
        for (int i = 0; i < 40; ++i) {
            OptimizerOption option;
            option.candidateId = i + 1;
            option.kind = allKinds().at(uniformInt(rng, 0, 3));
            for (int p = uniformInt(rng, 1, 3); p > 0; --p)
                option.plans.append({uniformInt(rng, 1, 60), uniform(rng, 0.0, 1000.0)});
            instance.options.append(option);
        }
        // Best value for each cost, one candidate at a time, at most one plan each.
        std::vector<double> best(instance.constraints.budget + 1, 0.0);
        for (const OptimizerOption &option : instance.options) {
            std::vector<double> next = best;
            for (const OptimizerPlan &plan : option.plans) {
                for (qint64 c = plan.cost; c <= instance.constraints.budget; ++c)
                    next[c] = std::max(next[c], best[c - plan.cost] + plan.value);
            }
            best = std::move(next);
        }
        const OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
        expectValid(instance, result);
        EXPECT_TRUE(result.provenOptimal);
        EXPECT_NEAR(result.totalValue, best.back(), 1e-9 * best.back());
    }
}

TEST(BudgetOptimizerTest, ThousandCandidatesWithinOnePercentOfBound)
{
    for (Goal goal : {Goal::Awareness, Goal::NicheTrust}) {
        std::mt19937_64 rng(goal == Goal::Awareness ? 101 : 202);
        for (int round = 0; round < 4; ++round) {
            const Instance instance = randomInstance(rng, 1000, goal, std::numeric_limits<qint64>::max(), round % 2 == 1);
            const OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
            if (!result.isSolved())
                continue; // a random lock set may exceed the budget
            expectValid(instance, result);
            EXPECT_GE(result.totalValue, 0.99 * result.upperBound);
            EXPECT_LE(result.gap(), 0.01);
        }
    }
}

TEST(BudgetOptimizerTest, TenThousandCandidatesWithKindMinimums)
{
    std::mt19937_64 rng(77);
    Instance instance = randomInstance(rng, 10000, Goal::Awareness, std::numeric_limits<qint64>::max(), false);
    instance.constraints.maxShare = 0.05;
    instance.constraints.minimumPerKind[CandidateKind::Kol] = 30;
    instance.constraints.minimumPerKind[CandidateKind::Koc] = 200;
    const OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
    expectValid(instance, result);
    EXPECT_LE(result.gap(), 0.01);
}

TEST(BudgetOptimizerTest, ShareCapSparesOnlyLockedCandidates)
{
    Instance instance;
    instance.constraints.budget = 1000;
    instance.constraints.maxShare = 0.3;
    instance.options.append({1, CandidateKind::Kol, {{600, 10000.0}}});
    instance.options.append({2, CandidateKind::Creator, {{300, 10.0}, {301, 500.0}}});
    instance.options.append({3, CandidateKind::Creator, {{200, 5.0}}});
    OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
    ASSERT_TRUE(result.isSolved());
    // 30% of 1,000 is exactly 300: the 301 plan and the 600 candidate are over the cap.
    EXPECT_EQ(result.chosen, (QList<OptimizerChoice>{{2, 0}, {3, 0}}));
    EXPECT_TRUE(result.provenOptimal);

    instance.options[0].locked = true;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    ASSERT_TRUE(result.isSolved());
    EXPECT_EQ(result.chosen, (QList<OptimizerChoice>{{1, 0}, {2, 0}}));
    EXPECT_EQ(result.totalCost, 900);
}

TEST(BudgetOptimizerTest, KindMinimumOutranksValue)
{
    Instance instance;
    instance.constraints.budget = 100;
    instance.constraints.minimumPerKind[CandidateKind::Koc] = 1;
    instance.options.append({1, CandidateKind::Kol, {{100, 1000.0}}});
    instance.options.append({2, CandidateKind::Koc, {{40, 10.0}}});
    instance.options.append({3, CandidateKind::Creator, {{60, 50.0}}});
    const OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
    ASSERT_TRUE(result.isSolved());
    EXPECT_EQ(result.chosen, (QList<OptimizerChoice>{{2, 0}, {3, 0}}));
    EXPECT_DOUBLE_EQ(result.totalValue, 60.0);
}

TEST(BudgetOptimizerTest, InfeasibleInputsSayWhy)
{
    Instance instance;
    instance.constraints.budget = 100;
    instance.options.append({1, CandidateKind::Kol, {{80, 10.0}}, true});
    instance.options.append({2, CandidateKind::Koc, {{30, 10.0}}, true});
    instance.options.append({3, CandidateKind::Creator, {{10, 1.0}}});
    OptimizerResult result = BudgetOptimizer(instance.options, instance.constraints).run();
    EXPECT_EQ(result.status, OptimizerStatus::Infeasible);
    EXPECT_EQ(result.problem, OptimizerProblem::LockedOverBudget);
    EXPECT_FALSE(result.reason.isEmpty());
    EXPECT_TRUE(result.chosen.isEmpty());

    instance.options[1].locked = false;
    instance.constraints.minimumPerKind[CandidateKind::Creator] = 2;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    EXPECT_EQ(result.problem, OptimizerProblem::KindMinimumUnreachable);

    // Enough KOCs exist, but not the money for them next to the locked KOL.
    instance.constraints.minimumPerKind.clear();
    instance.constraints.minimumPerKind[CandidateKind::Koc] = 1;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    EXPECT_EQ(result.problem, OptimizerProblem::KindMinimumUnreachable);

    // An excluded candidate does not count towards a minimum.
    instance.options[1].plans[0].cost = 20;
    instance.options[1].excluded = true;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    EXPECT_EQ(result.problem, OptimizerProblem::KindMinimumUnreachable);

    instance.options[1].excluded = false;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    ASSERT_TRUE(result.isSolved());
    EXPECT_EQ(result.chosen, (QList<OptimizerChoice>{{1, 0}, {2, 0}}));

    instance.options[0].lockedPlan = 1;
    result = BudgetOptimizer(instance.options, instance.constraints).run();
    EXPECT_EQ(result.problem, OptimizerProblem::InvalidInput);
}

TEST(BudgetOptimizerTest, CancelLeavesNoPartialResult)
{
    std::mt19937_64 rng(9);
    const Instance instance = randomInstance(rng, 10000, Goal::NicheTrust, std::numeric_limits<qint64>::max(), false);
    BudgetOptimizer optimizer(instance.options, instance.constraints);

    QList<double> seen;
    optimizer.setProgress([&seen](double fraction) {
        seen.append(fraction);
        return true;
    });
    ASSERT_TRUE(optimizer.run().isSolved());
    ASSERT_GE(seen.size(), 2);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
    EXPECT_GE(seen.front(), 0.0);
    EXPECT_LE(seen.back(), 1.0);

    for (const bool atStart : {true, false}) {
        optimizer.setProgress([atStart](double fraction) { return atStart ? false : fraction == 0.0; });
        const OptimizerResult result = optimizer.run();
        EXPECT_EQ(result.status, OptimizerStatus::Cancelled);
        EXPECT_TRUE(result.chosen.isEmpty());
        EXPECT_EQ(result.totalCost, 0);
        EXPECT_EQ(result.totalValue, 0.0);
    }
}

} // namespace
} // namespace planner::test
