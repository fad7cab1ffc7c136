// The candidate table's goal-fit column and sort on real files: each row's GoalScore, the
// ranking walked through goal_fit with filters, re-ranking on changes, the item model tester.
#include "candidatetablemodeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/candidatesql.h"
#include "storage/exchangeratestore.h"
#include "planning/goalranking.h"
#include "text/localformat.h"

#include <QSignalSpy>
#include <cmath>

namespace planner::test {
namespace {

// The goal-fit column and sort, on a real file.
class GoalFitTableModelTestFixture : public CandidateTableModelFixture
{
protected:
    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }

    static Campaign campaign(Goal goal = Goal::Awareness)
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết skincare");
        campaign.goal = goal;
        campaign.budget = Money(100000000, QStringLiteral("VND"));
        campaign.niches = QStringList{QStringLiteral("beauty")};
        campaign.regions = QStringList{QStringLiteral("VN")};
        return campaign;
    }

    std::vector<RankedChannel> ranked(const Campaign &campaign) const
    {
        auto ranked = GoalRanking(campaign, projection()).rank(connection());
        EXPECT_TRUE(ranked);
        return ranked.value_or(std::vector<RankedChannel>{});
    }
};

using GoalFitTableModelTest = OnBothBackends<GoalFitTableModelTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(GoalFitTableModelTest);

TEST_P(GoalFitTableModelTest, GoalColumnShowsADashWithoutACampaign)
{
    addSynthetic(*m_store, 20);
    CandidateTableModel model(m_store.get());
    EXPECT_FALSE(model.hasGoalColumn());
    EXPECT_EQ(model.columnCount(), CandidateTableModel::GoalFitColumn + 1);
    // Issue 21: a dash that says why, not an empty (or 0) cell.
    const QModelIndex cell = model.index(0, CandidateTableModel::GoalFitColumn);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("choose a campaign")));
    EXPECT_FALSE(model.goalScore(0));

    model.setGoalCampaign(campaign(), projection());
    EXPECT_TRUE(model.hasGoalColumn());
    EXPECT_TRUE(model.goalScore(0));
    model.setGoalCampaign(std::nullopt, projection());
    EXPECT_FALSE(model.hasGoalColumn());
    EXPECT_FALSE(model.goalScore(0));
    EXPECT_EQ(model.index(0, CandidateTableModel::GoalFitColumn).data().toString(), QStringLiteral("—"));
}

TEST_P(GoalFitTableModelTest, GoalColumnShowsEachRowsGoalScore)
{
    addSynthetic(*m_store, 300);
    DefaultLocale locale(QLocale(QLocale::English, QLocale::UnitedStates));
    CandidateTableModel model(m_store.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setGoalCampaign(campaign(Goal::NicheTrust), projection());
    EXPECT_EQ(changed.count(), 1);
    model.fetchMore(QModelIndex());
    const GoalRanking ranking(campaign(Goal::NicheTrust), projection());
    int matching = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto score = model.goalScore(row);
        ASSERT_TRUE(score);
        const GoalScore expected = ranking.score(*model.rowAt(row));
        EXPECT_EQ(score->objective(), expected.objective());
        EXPECT_EQ(score->fit(), expected.fit());
        const QModelIndex cell = model.index(row, CandidateTableModel::GoalFitColumn);
        EXPECT_EQ(cell.data(CandidateTableModel::SortValueRole).toDouble(), expected.fit().value_or(-1.0));
        EXPECT_FALSE(cell.data().toString().isEmpty());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        if (expected.matches()) {
            ++matching;
            EXPECT_TRUE(tip.contains(LocalFormat::count(std::llround(expected.objective())))) << tip.toStdString();
        } else {
            // Issue 21: a candidate who misses the brief shows a dash, and the tip names
            // the part missed (region or niche), never a bare 0.
            if (expected.fit())
                EXPECT_EQ(cell.data().toString(), QStringLiteral("—"));
            EXPECT_TRUE(tip.contains(QStringLiteral("✗ Region")) || tip.contains(QStringLiteral("✗ Niche")))
                << tip.toStdString();
        }
    }
    EXPECT_GT(matching, 0);
    EXPECT_TRUE(model.headerData(CandidateTableModel::GoalFitColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(QStringLiteral("VND")));
}

TEST_P(GoalFitTableModelTest, GoalCellsAndTooltipFollowTheLocaleAndNameTheDefaults)
{
    // Micro Instagram without own figures but a fee: reach rate and authenticity are defaults.
    Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@lan"), 50000);
    channel.fee = Money(2000000, QStringLiteral("VND"));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol, {channel},
                                           {QStringLiteral("beauty")}, {QStringLiteral("VN-SG")})));
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(), projection());
    const QModelIndex cell = model.index(0, CandidateTableModel::GoalFitColumn);
    const auto score = model.goalScore(0);
    ASSERT_TRUE(score && score->fit());
    // 50,000 * 82% real * 22.9% reach = 9,389 people for 2,000,000 VND: 4,694.5 per million.
    EXPECT_NEAR(*score->fit() * 1e6, 4694.5, 1e-6);
    {
        DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
        EXPECT_EQ(cell.data().toString(), QStringLiteral("4,695"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.contains(QStringLiteral("9,389"))) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QStringLiteral("Cost of one Post: ₫2,000,000"))) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QStringLiteral("per million VND"))) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QStringLiteral("reach rate and authenticity"))) << tip.toStdString();
        EXPECT_FALSE(tip.contains(QStringLiteral("fee"))) << tip.toStdString();
    }
    {
        DefaultLocale persian(QLocale(QLocale::Persian, QLocale::Iran));
        EXPECT_EQ(cell.data().toString(), QStringLiteral("۴٬۶۹۵"));
    }
    EXPECT_EQ(cell.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignTrailing | Qt::AlignVCenter));
}

TEST_P(GoalFitTableModelTest, SortByGoalFitWalksTheRankingOfTheFile)
{
    addSynthetic(*m_store, 1500);
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(), projection());
    const std::vector<RankedChannel> expected = ranked(campaign());
    ASSERT_EQ(qint64(expected.size()), channelCount());

    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.sortOrder().key, CandidateSortKey::GoalFit);
    model.fetchMore(QModelIndex());
    ASSERT_EQ(model.rowCount(), 2 * CandidateTableModel::batchSize);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.rowAt(row)->channel.id, expected[size_t(row)].channelId) << "row " << row;
    expectOrdered(model, CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);

    // Ascending is the exact reverse, to the last row.
    model.sort(CandidateTableModel::GoalFitColumn, Qt::AscendingOrder);
    fetchAll(model);
    ASSERT_EQ(model.rowCount(), channelCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.rowAt(row)->channel.id, expected[expected.size() - 1 - size_t(row)].channelId);
    expectOrdered(model, CandidateTableModel::GoalFitColumn, Qt::AscendingOrder);
}

TEST_P(GoalFitTableModelTest, SortByGoalFitKeepsTheFilter)
{
    addSynthetic(*m_store, 1500);
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(Goal::NicheTrust), projection());
    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    CandidateFilter filter;
    filter.region = QStringLiteral("ID");
    filter.platform = Platform::Instagram;
    filter.search = QStringLiteral("dewi");
    model.setFilter(filter);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), m_store->rowCount(filter));
    ASSERT_GT(model.rowCount(), 0);
    expectOrdered(model, CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.rowAt(row)->channel.platform, Platform::Instagram);
        EXPECT_TRUE(model.rowAt(row)->regions.join(QLatin1Char('|')).startsWith(QLatin1String("ID")));
    }
}

// SQLite only: it reads SQLite's own query plan (EXPLAIN QUERY PLAN).
TEST_F(GoalFitTableModelTestFixture, GoalFitQueryWalksTheRankingWithoutSorting)
{
    addSynthetic(*m_store, 200);
    ASSERT_TRUE(GoalRanking(campaign(), projection()).rankInto(*m_store));
    for (bool descending : {true, false}) {
        const CandidateSort sort{CandidateSortKey::GoalFit, descending};
        QSqlQuery plan(connection());
        ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT ") + CandidateSql::rowColumns()
                              + CandidateSql::fromJoin(sort) + CandidateSql::orderBy(sort)
                              + QStringLiteral(" LIMIT 256")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1String("; "));
        // goal_fit walked by its key, channels and candidates looked up by theirs, no sort.
        EXPECT_TRUE(text.startsWith(QLatin1String("SCAN g"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1String("TEMP B-TREE"))) << text.toStdString();
        EXPECT_EQ(steps.size(), 3) << text.toStdString();
    }
}

// Other parts of the program read through the same connection and may leave a query open.
TEST_P(GoalFitTableModelTest, GoalFitIsRankedAgainWhileAnotherQueryIsOpen)
{
    addSynthetic(*m_store, 300);
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(), projection());
    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    QSqlQuery open(connection());
    ASSERT_TRUE(open.exec(QStringLiteral("SELECT id FROM channels")));
    ASSERT_TRUE(open.next());
    model.setGoalCampaign(campaign(Goal::NicheTrust), projection());
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.rowAt(0)->channel.id, ranked(campaign(Goal::NicheTrust)).front().channelId);
}

TEST_P(GoalFitTableModelTest, GoalFitSortFollowsCampaignAssumptionAndFileChanges)
{
    addSynthetic(*m_store, 800);
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(), projection());
    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Name and budget do not move anyone: no new ranking, no reset.
    Campaign renamed = campaign();
    renamed.name = QStringLiteral("Renamed");
    model.setGoalCampaign(renamed, projection());
    EXPECT_EQ(resets.count(), 0);

    Campaign trust = campaign(Goal::NicheTrust);
    model.setGoalCampaign(trust, projection());
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowAt(0)->channel.id, ranked(trust).front().channelId);

    AssumptionStore assumptions(*m_database);
    ASSERT_TRUE(assumptions.set(QStringLiteral("engagement_rate.micro"), 9.0));
    model.setGoalCampaign(trust, projection());
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(model.rowAt(0)->channel.id, ranked(trust).front().channelId);

    // An edit reaches the order: a channel made free now ranks first.
    const CandidateRow last = *model.rowAt(model.rowCount() - 1);
    auto candidate = m_store->find(last.candidateId);
    ASSERT_TRUE(candidate);
    for (Channel &channel : candidate->channels) {
        channel.fee = Money(0, QStringLiteral("VND"));
        channel.followers = 5000000;
    }
    candidate->niches = QStringList{QStringLiteral("beauty")};
    // Niche trust respects the campaign's regions too (issue 21): the candidate moves to Saigon.
    candidate->regions = QStringList{QStringLiteral("VN-SG")};
    ASSERT_TRUE(m_store->update(*candidate));
    EXPECT_EQ(model.rowAt(0)->candidateId, last.candidateId);

    // Closing the campaign keeps an order (by name, in the same direction) and empties the column.
    model.setGoalCampaign(std::nullopt, projection());
    EXPECT_EQ(model.sortOrder().key, CandidateSortKey::GoalFit);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_GE(model.rowAt(row - 1)->name, model.rowAt(row)->name);
    EXPECT_EQ(model.index(0, CandidateTableModel::GoalFitColumn).data().toString(), QStringLiteral("—"));
}

TEST_P(GoalFitTableModelTest, PassesItemModelTesterThroughGoalChanges)
{
    addSynthetic(*m_store, 100);
    ASSERT_LT(channelCount(), CandidateTableModel::batchSize);
    CandidateTableModel model(m_store.get());
    ModelTesterLog log;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setGoalCampaign(campaign(), projection());
    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    CandidateFilter filter;
    filter.region = QStringLiteral("VN");
    model.setFilter(filter);
    model.setGoalCampaign(campaign(Goal::NicheTrust), projection());
    const qint64 id = model.index(0, 0).data(CandidateTableModel::CandidateIdRole).toLongLong();
    ASSERT_TRUE(m_store->remove(id));
    model.setFilter({});
    model.setGoalCampaign(std::nullopt, projection());
    model.sort(CandidateTableModel::FeeColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), channelCount());
    EXPECT_TRUE(log.failures().isEmpty()) << log.failures().join(QLatin1Char('\n')).toStdString();
}

// Sorted by goal fit, a long list passes the tester too (fresh tester, see above).
TEST_P(GoalFitTableModelTest, PassesItemModelTesterSortedByGoalFitOnALongList)
{
    addSynthetic(*m_store, 1000);
    CandidateTableModel model(m_store.get());
    model.setGoalCampaign(campaign(), projection());
    model.sort(CandidateTableModel::GoalFitColumn, Qt::DescendingOrder);
    ModelTesterLog log;
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_GT(model.rowCount(), CandidateTableModel::batchSize);
    }
    fetchAll(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(log.failures().isEmpty()) << log.failures().join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace planner::test
