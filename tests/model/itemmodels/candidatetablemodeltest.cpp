// The candidate list model: lazy batches, SQL-side filter and sort, edits, texts and locale.
#include "candidatetablemodeltestsupport.h"

#include "storage/candidatecounter.h"
#include "text/localformat.h"

#include <QSignalSpy>

namespace planner::test {
namespace {

using CandidateTableModelTest = OnBothBackends<CandidateTableModelFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidateTableModelTest);

TEST_P(CandidateTableModelTest, RowsArriveInBatchesUntilEveryMatchingRowIsLoaded)
{
    addSynthetic(*m_store, 1000);
    const qint64 total = channelCount();
    ASSERT_GT(total, 1000); // some synthetic candidates have two channels

    CandidateTableModel model(m_store.get());
    EXPECT_EQ(model.rowCount(), CandidateTableModel::batchSize);
    EXPECT_EQ(model.matchingRowCount(), total);
    EXPECT_EQ(model.candidateCount(), 1000);
    EXPECT_TRUE(model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int expected = CandidateTableModel::batchSize;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        expected = int(std::min<qint64>(expected + CandidateTableModel::batchSize, total));
        ASSERT_EQ(model.rowCount(), expected);
    }
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_EQ(inserted.count(), int((total - 1) / CandidateTableModel::batchSize));
    EXPECT_FALSE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), total);

    // The fully loaded model passes Qt's own consistency checks.
    ModelTesterLog log;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(log.failures().isEmpty()) << log.failures().join(QLatin1Char('\n')).toStdString();
}

TEST_P(CandidateTableModelTest, FilterNarrowsRowsAndMatchingCount)
{
    addSynthetic(*m_store, 1000);
    CandidateTableModel model(m_store.get());
    CandidateFilter filter;
    filter.tier = Tier::Mega;
    filter.platform = Platform::YouTube;
    const qint64 expected = m_store->rowCount(filter);
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, CandidateTableModel::batchSize);

    QSignalSpy counts(&model, &CandidateTableModel::countsChanged);
    model.setFilter(filter);
    EXPECT_EQ(model.filter(), filter);
    EXPECT_EQ(model.matchingRowCount(), expected);
    EXPECT_EQ(model.candidateCount(), 1000);
    EXPECT_EQ(model.rowCount(), expected);
    EXPECT_EQ(counts.count(), 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const CandidateRow *line = model.rowAt(row);
        ASSERT_TRUE(line);
        EXPECT_EQ(line->channel.platform, Platform::YouTube);
        EXPECT_GE(line->channel.followers, 1000000);
        EXPECT_EQ(model.index(row, CandidateTableModel::TierColumn).data().toString(), QStringLiteral("Mega"));
    }
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), expected);

    model.setFilter({});
    EXPECT_EQ(model.matchingRowCount(), channelCount());
    EXPECT_EQ(model.rowCount(), CandidateTableModel::batchSize);
}

TEST_P(CandidateTableModelTest, SortOrdersRowsByTheColumnInSql)
{
    addSynthetic(*m_store, 600);
    CandidateTableModel model(m_store.get());
    for (int column : {int(CandidateTableModel::FollowersColumn), int(CandidateTableModel::NameColumn),
                       int(CandidateTableModel::FeeColumn), int(CandidateTableModel::AvgViewsColumn),
                       int(CandidateTableModel::EngagementColumn), int(CandidateTableModel::TierColumn),
                       int(CandidateTableModel::HandleColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            EXPECT_EQ(model.sortOrder().descending, order == Qt::DescendingOrder);
            // Across batch borders too: the cursor continues the same ordered query.
            model.fetchMore(QModelIndex());
            ASSERT_EQ(model.rowCount(), 2 * CandidateTableModel::batchSize);
            expectOrdered(model, column, order);
        }
    }
}

TEST_P(CandidateTableModelTest, SortByFollowersShowsTheExtremesFirst)
{
    addSynthetic(*m_store, 600);
    CandidateTableModel model(m_store.get());
    const qint64 most = queryValue(connection(), QStringLiteral("SELECT max(followers) FROM channels")).toLongLong();
    const qint64 fewest = queryValue(connection(), QStringLiteral("SELECT min(followers) FROM channels")).toLongLong();
    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(model.rowAt(0));
    EXPECT_EQ(model.rowAt(0)->channel.followers, most);
    model.sort(CandidateTableModel::FollowersColumn, Qt::AscendingOrder);
    ASSERT_TRUE(model.rowAt(0));
    EXPECT_EQ(model.rowAt(0)->channel.followers, fewest);
}

TEST_P(CandidateTableModelTest, SortByKindAndPlatformFollowsTheirKeys)
{
    addSynthetic(*m_store, 300);
    CandidateTableModel model(m_store.get());
    model.sort(CandidateTableModel::PlatformColumn, Qt::AscendingOrder);
    fetchAll(model);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_LE(platformKey(model.rowAt(row - 1)->channel.platform), platformKey(model.rowAt(row)->channel.platform));
    model.sort(CandidateTableModel::KindColumn, Qt::DescendingOrder);
    fetchAll(model);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_GE(kindKey(model.rowAt(row - 1)->kind), kindKey(model.rowAt(row)->kind));
}

TEST_P(CandidateTableModelTest, EditThroughStoreKeepsLoadedRowsAndShowsNewValue)
{
    addSynthetic(*m_store, 1000);
    CandidateTableModel model(m_store.get());
    model.fetchMore(QModelIndex());
    ASSERT_EQ(model.rowCount(), 2 * CandidateTableModel::batchSize);

    const int row = 300; // in the second batch
    const qint64 id = model.index(row, 0).data(CandidateTableModel::CandidateIdRole).toLongLong();
    const qint64 channelId = model.rowAt(row)->channel.id;
    auto candidate = m_store->find(id);
    ASSERT_TRUE(candidate);
    for (Channel &channel : candidate->channels) {
        if (channel.id == channelId)
            channel.followers = 4242424;
    }
    Error error;
    ASSERT_TRUE(m_store->update(*candidate, &error)) << error.text().toStdString();

    ASSERT_EQ(model.rowCount(), 2 * CandidateTableModel::batchSize);
    EXPECT_EQ(model.rowAt(row)->channel.id, channelId);
    EXPECT_EQ(model.index(row, CandidateTableModel::FollowersColumn).data().toString(),
              LocalFormat::count(4242424));
    EXPECT_EQ(model.index(row, CandidateTableModel::TierColumn).data().toString(), QStringLiteral("Mega"));

    // Batches go on from where they were after the write.
    model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), 3 * CandidateTableModel::batchSize);
}

TEST_P(CandidateTableModelTest, AddAndRemoveUpdateTheCounts)
{
    addSynthetic(*m_store, 10);
    CandidateTableModel model(m_store.get());
    const int before = model.rowCount();
    const auto id = m_store->add(makeCandidate(QStringLiteral("Aaron"), CandidateKind::Koc,
                                               {makeChannel(Platform::Blog, QStringLiteral("aaron"), 5)}));
    ASSERT_TRUE(id);
    EXPECT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.candidateCount(), 11);
    EXPECT_EQ(model.matchingRowCount(), before + 1);
    EXPECT_EQ(model.rowOfCandidate(*id), 0); // "Aaron" sorts first by name
    ASSERT_TRUE(m_store->remove(*id));
    EXPECT_EQ(model.rowCount(), before);
    EXPECT_EQ(model.rowOfCandidate(*id), -1);
    EXPECT_EQ(model.candidateCount(), 10);
}

// Every change of a list that fits in one batch, under the tester's eye from start to end.
TEST_P(CandidateTableModelTest, PassesItemModelTesterThroughFilterSortAndEdits)
{
    addSynthetic(*m_store, 100);
    ASSERT_LT(channelCount(), CandidateTableModel::batchSize);
    CandidateTableModel model(m_store.get());
    ModelTesterLog log;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    CandidateFilter filter;
    filter.region = QStringLiteral("VN");
    model.setFilter(filter);
    model.sort(CandidateTableModel::FeeColumn, Qt::DescendingOrder);
    ASSERT_GT(model.rowCount(), 0);
    const qint64 id = model.index(0, 0).data(CandidateTableModel::CandidateIdRole).toLongLong();
    auto candidate = m_store->find(id);
    ASSERT_TRUE(candidate);
    candidate->name += QStringLiteral(" (edited)");
    ASSERT_TRUE(m_store->update(*candidate));
    ASSERT_TRUE(m_store->remove(id));
    ASSERT_TRUE(m_store->add(*candidate));
    {
        DefaultLocale persian(QLocale(QLocale::Persian, QLocale::Iran));
        model.retranslate();
    }
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), channelCount());
    EXPECT_TRUE(log.failures().isEmpty()) << log.failures().join(QLatin1Char('\n')).toStdString();
}

// While rows remain to be fetched, the Qt 6.4 tester cannot stay attached across a change:
// the slot that runs all its checks calls fetchMore() and is connected to modelReset and
// rowsInserted before the slots that note the change has ended, so the rows it fetches look
// like an insert in the middle of another change. A fresh tester after each change checks
// the model instead; it fetches two batches itself and checks both inserts.
TEST_P(CandidateTableModelTest, PassesItemModelTesterAfterEachChangeOfALongList)
{
    addSynthetic(*m_store, 2000);
    CandidateTableModel model(m_store.get());
    ModelTesterLog log;
    const auto check = [&](const char *step) {
        const int before = model.rowCount();
        const bool rowsLeft = before < model.matchingRowCount();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        if (rowsLeft) {
            EXPECT_GT(model.rowCount(), before) << step << ": the tester fetched no rows";
        }
        EXPECT_TRUE(log.failures().isEmpty())
            << step << ":\n" << log.failures().join(QLatin1Char('\n')).toStdString();
    };
    check("initial");
    CandidateFilter filter;
    filter.region = QStringLiteral("VN");
    model.setFilter(filter);
    ASSERT_GT(model.matchingRowCount(), 2 * CandidateTableModel::batchSize);
    check("filter");
    model.sort(CandidateTableModel::FeeColumn, Qt::DescendingOrder);
    check("sort");
    const qint64 id = model.index(0, 0).data(CandidateTableModel::CandidateIdRole).toLongLong();
    auto candidate = m_store->find(id);
    ASSERT_TRUE(candidate);
    candidate->name += QStringLiteral(" (edited)");
    ASSERT_TRUE(m_store->update(*candidate));
    check("update");
    ASSERT_TRUE(m_store->remove(id));
    check("remove");
    model.setFilter({});
    fetchAll(model);
    check("all rows");
    EXPECT_EQ(model.rowCount(), channelCount());
}

// Proves the tester harness above can fail: a table that claims children under its cells.
class BrokenTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &) const override { return 3; }
    int columnCount(const QModelIndex &) const override { return 2; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
};

TEST(ModelTesterHarnessTest, ReportsABrokenModel)
{
    BrokenTableModel broken;
    ModelTesterLog log;
    QAbstractItemModelTester tester(&broken, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_FALSE(log.failures().isEmpty());
}

TEST_P(CandidateTableModelTest, HeadersNameEveryColumn)
{
    CandidateTableModel model(m_store.get());
    const QStringList expected{QStringLiteral("Name"),         QStringLiteral("Kind"),
                               QStringLiteral("Tier"),         QStringLiteral("Platform"),
                               QStringLiteral("Handle"),       QStringLiteral("Followers"),
                               QStringLiteral("Engagement rate"), QStringLiteral("Avg. views"),
                               QStringLiteral("Fee per post"), QStringLiteral("Authenticity"),
                               QStringLiteral("Niches"),       QStringLiteral("Regions"),
                               QStringLiteral("Goal fit")};
    ASSERT_EQ(model.columnCount(), expected.size());
    for (int column = 0; column < model.columnCount(); ++column)
        EXPECT_EQ(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    EXPECT_FALSE(model.headerData(CandidateTableModel::TierColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(model.headerData(CandidateTableModel::NameColumn, Qt::Horizontal, Qt::DecorationRole).isValid());
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), LocalFormat::count(1));
}

TEST_P(CandidateTableModelTest, CellsShowTheCandidatesFigures)
{
    Channel channel = makeChannel(Platform::YouTube, QStringLiteral("@lan"), 12345);
    channel.engagementRatePct = 4.5;
    channel.avgViews = 2000;
    channel.fee = Money(25050, QStringLiteral("USD"));
    channel.authenticityPct = 90;
    const auto id = m_store->add(makeCandidate(QStringLiteral("Nguyễn Thị Lan"), CandidateKind::Kol, {channel},
                                               {QStringLiteral("beauty"), QStringLiteral("tech")},
                                               {QStringLiteral("VN"), QStringLiteral("ID")}));
    ASSERT_TRUE(id);
    DefaultLocale locale(QLocale(QLocale::English, QLocale::UnitedStates));
    CandidateTableModel model(m_store.get());
    ASSERT_EQ(model.rowCount(), 1);
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    // Names, handles and region codes are isolated (U+2068 ... U+2069) so a Persian name
    // keeps its own direction inside a left-to-right row and the other way round.
    EXPECT_EQ(text(CandidateTableModel::NameColumn), QStringLiteral("\u2068Nguyễn Thị Lan\u2069"));
    EXPECT_EQ(text(CandidateTableModel::KindColumn), QStringLiteral("KOL"));
    EXPECT_EQ(text(CandidateTableModel::TierColumn), QStringLiteral("Micro"));
    EXPECT_EQ(text(CandidateTableModel::PlatformColumn), QStringLiteral("YouTube"));
    EXPECT_EQ(text(CandidateTableModel::HandleColumn), QStringLiteral("\u2068@lan\u2069"));
    EXPECT_EQ(text(CandidateTableModel::FollowersColumn), QStringLiteral("12,345"));
    EXPECT_EQ(text(CandidateTableModel::EngagementColumn), QStringLiteral("4.5%"));
    EXPECT_EQ(text(CandidateTableModel::AvgViewsColumn), QStringLiteral("2,000"));
    EXPECT_EQ(text(CandidateTableModel::FeeColumn), QStringLiteral("$250.50"));
    EXPECT_EQ(text(CandidateTableModel::AuthenticityColumn), QStringLiteral("90.0%"));
    EXPECT_EQ(text(CandidateTableModel::NichesColumn), QStringLiteral("Beauty and Technology"));
    EXPECT_EQ(text(CandidateTableModel::RegionsColumn), QStringLiteral("\u2068VN, ID\u2069"));
    EXPECT_EQ(model.index(0, 0).data(CandidateTableModel::CandidateIdRole).toLongLong(), *id);
    EXPECT_EQ(model.index(0, CandidateTableModel::FeeColumn).data(CandidateTableModel::SortValueRole).toLongLong(),
              25050);
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Nguyễn Thị Lan")));
    EXPECT_EQ(model.index(0, CandidateTableModel::FollowersColumn).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignTrailing | Qt::AlignVCenter));
}

TEST_P(CandidateTableModelTest, DisplayFollowsTheDefaultLocale)
{
    Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@sara"), 12345);
    channel.engagementRatePct = 12.5;
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("سارا"), CandidateKind::Influencer, {channel})));
    CandidateTableModel model(m_store.get());
    const QModelIndex followers = model.index(0, CandidateTableModel::FollowersColumn);
    const QModelIndex engagement = model.index(0, CandidateTableModel::EngagementColumn);
    {
        DefaultLocale persian(QLocale(QLocale::Persian, QLocale::Iran));
        EXPECT_EQ(followers.data().toString(), QStringLiteral("۱۲٬۳۴۵"));
        EXPECT_EQ(engagement.data().toString(), QStringLiteral("۱۲٫۵٪"));
        EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("۱"));
    }
    {
        DefaultLocale vietnamese(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        EXPECT_EQ(followers.data().toString(), QStringLiteral("12.345"));
        EXPECT_EQ(engagement.data().toString(), QStringLiteral("12,5%"));
    }
    // The sort value does not depend on the language.
    EXPECT_EQ(followers.data(CandidateTableModel::SortValueRole).toLongLong(), 12345);
}

// Waits for a background count to arrive.
bool waitForCount(CandidateTableModel &model)
{
    QSignalSpy counts(&model, &CandidateTableModel::countsChanged);
    for (int i = 0; i < 100 && model.matchingRowCount() < 0; ++i)
        counts.wait(100);
    return model.matchingRowCount() >= 0;
}

TEST_P(CandidateTableModelTest, BackgroundCounterDeliversTheMatchingCount)
{
    addSynthetic(*m_store, 1000);
    CandidateCounter counter(m_store->databasePath());
    CandidateTableModel model(m_store.get());
    model.setBackgroundCounter(&counter);
    EXPECT_EQ(model.matchingRowCount(), -1);
    ASSERT_TRUE(waitForCount(model));
    EXPECT_EQ(model.matchingRowCount(), channelCount());

    CandidateFilter filter;
    filter.region = QStringLiteral("ID");
    filter.tier = Tier::Micro;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), std::min<qint64>(m_store->rowCount(filter), CandidateTableModel::batchSize));
    ASSERT_TRUE(waitForCount(model));
    EXPECT_EQ(model.matchingRowCount(), m_store->rowCount(filter));

    // A write is counted again, on the counter's own connection, once it is committed.
    const auto id = m_store->add(makeCandidate(QStringLiteral("Dewi"), CandidateKind::Koc,
                                               {makeChannel(Platform::TikTok, QStringLiteral("@dewi"), 20000)},
                                               {}, {QStringLiteral("ID-JK")}));
    ASSERT_TRUE(id);
    ASSERT_TRUE(waitForCount(model));
    EXPECT_EQ(model.matchingRowCount(), m_store->rowCount(filter));
}

TEST_P(CandidateTableModelTest, TierColumnFollowsReloadedThresholds)
{
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Budi"), CandidateKind::Koc,
                                           {makeChannel(Platform::TikTok, QStringLiteral("@budi"), 20000)})));
    CandidateTableModel model(m_store.get());
    const QModelIndex tier = model.index(0, CandidateTableModel::TierColumn);
    EXPECT_EQ(tier.data().toString(), QStringLiteral("Micro"));
    QSqlQuery edit(connection());
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 50000 WHERE tier = 'micro'")));
    m_store->reloadTierThresholds();
    EXPECT_EQ(tier.data().toString(), QStringLiteral("Nano"));
    CandidateFilter nano;
    nano.tier = Tier::Nano;
    model.setFilter(nano);
    EXPECT_EQ(model.rowCount(), 1);
}

// An unknown follower count shows as a dash with its reason, has no tier (never Nano), is
// sorted last both ways by followers and by tier, and no tier filter takes it.
TEST_P(CandidateTableModelTest, UnknownFollowersShowADashNoTierAndSortLast)
{
    Channel unknown = makeChannel(Platform::TikTok, QStringLiteral("@hana"), 0);
    unknown.followers.reset();
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Hana"), CandidateKind::Koc, {unknown})));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Small"), CandidateKind::Koc,
                                           {makeChannel(Platform::TikTok, QStringLiteral("@s"), 500)})));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Big"), CandidateKind::Koc,
                                           {makeChannel(Platform::TikTok, QStringLiteral("@b"), 2000000)})));
    CandidateTableModel model(m_store.get());
    for (const int column : {int(CandidateTableModel::FollowersColumn), int(CandidateTableModel::TierColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            ASSERT_EQ(model.rowCount(), 3);
            EXPECT_EQ(model.rowAt(2)->name, QStringLiteral("Hana")) << column << ' ' << order;
            EXPECT_EQ(model.rowAt(0)->name, order == Qt::AscendingOrder ? QStringLiteral("Small") : QStringLiteral("Big"));
        }
    }
    const QModelIndex followers = model.index(2, CandidateTableModel::FollowersColumn);
    EXPECT_EQ(followers.data().toString(), QStringLiteral("—"));
    EXPECT_FALSE(followers.data(CandidateTableModel::SortValueRole).isValid());
    EXPECT_TRUE(followers.data(Qt::ToolTipRole).toString().contains(QStringLiteral("follower count unknown")))
        << followers.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(model.index(2, CandidateTableModel::TierColumn).data().toString(), QStringLiteral("Unknown"));
    for (const Tier tier : allTiers()) {
        CandidateFilter filter;
        filter.tier = tier;
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); ++row)
            EXPECT_NE(model.rowAt(row)->name, QStringLiteral("Hana")) << tierKey(tier).toStdString();
    }
}

} // namespace
} // namespace planner::test
