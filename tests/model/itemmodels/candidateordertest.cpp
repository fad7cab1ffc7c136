// The in-memory sort of the candidate table (issue 14) on real files: every order walked,
// with its search checked in memory, gives the very rows, in the very order, that SQL's
// ORDER BY gives (an unknown follower count last both ways); a large
// file's sort is made on a worker thread while the table keeps its rows and marks the column.
#include "candidatetablemodeltestsupport.h"

#include "itemmodels/candidateorderbuilder.h"
#include "storage/candidatecounter.h"
#include "storage/candidateorder.h"
#include "storage/filterpreparer.h"
#include "storage/idcolumn.h"
#include "storage/rowreader.h"
#include "storage/supersededread.h"

#include <QSignalSpy>
#include <atomic>

namespace planner::test {
namespace {

using CandidateOrderTest = OnBothBackends<CandidateTableModelFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidateOrderTest);

TEST_P(CandidateOrderTest, AnOrderListsWhatSqlListsInTheSameOrder)
{
    // 6,000 candidates: every handle begins with "c" (a common word), "c12" is rare; one
    // channel in seven has an unknown follower count.
    addSynthetic(*m_store, 6000);
    QSqlQuery unknown(connection());
    ASSERT_TRUE(unknown.exec(QStringLiteral("UPDATE channels SET followers = NULL WHERE id % 7 = 0")));
    CandidateFilter none;
    CandidateFilter common;
    common.search = QStringLiteral("c");
    CandidateFilter rare;
    rare.search = QStringLiteral("c12");
    CandidateFilter platform;
    platform.platform = Platform::TikTok;
    CandidateFilter both = common;
    both.niche = QStringLiteral("beauty");
    CandidateFilter ranged = rare;
    ranged.search = QStringLiteral("nguyen c1");
    ranged.ranges.followers.min = 5000;
    CandidateFilter figures; // every plain figure bounded, no search
    figures.ranges.engagementPct = Bounds<double>{1.5, 6.0};
    figures.ranges.avgViews.min = 2000;
    figures.ranges.authenticityPct.max = 95.0;
    for (CandidateSortKey key : {CandidateSortKey::Name, CandidateSortKey::Followers, CandidateSortKey::Fee,
                                 CandidateSortKey::Handle,
                                 CandidateSortKey::Kind, CandidateSortKey::Regions, CandidateSortKey::EngagementRate}) {
        Error error;
        const auto built = CandidateOrder::build(connection(), key, &error);
        ASSERT_TRUE(built) << error.text().toStdString();
        EXPECT_EQ(built->size(), channelCount());
        const auto order = std::make_shared<const CandidateOrder>(*built);
        for (const CandidateFilter &filter : {none, common, rare, platform, both, ranged, figures}) {
            for (bool descending : {false, true}) {
                const QList<qint64> bySql = channelIds(*m_store->rows(filter, CandidateSort{key, descending}));
                const QList<qint64> inMemory = channelIds(*m_store->rows(filter, descending, order));
                ASSERT_FALSE(bySql.isEmpty()) << int(key) << " " << filter.search.toStdString();
                ASSERT_EQ(inMemory, bySql) << "key " << int(key) << ", search '" << filter.search.toStdString()
                                           << "', descending " << descending;
                // The matches and range figures read beforehand (as the worker reads them).
                const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
                ASSERT_TRUE(prepared);
                ASSERT_EQ(channelIds(*m_store->rows(descending, order, *prepared)), bySql)
                    << "prepared, key " << int(key) << ", search '" << filter.search.toStdString() << "'";
            }
        }
    }
}

TEST_P(CandidateOrderTest, AnOrderPlacesAChannelAddedSinceLast)
{
    addSynthetic(*m_store, 30);
    const auto order = std::make_shared<const CandidateOrder>(*CandidateOrder::build(connection(),
                                                                                      CandidateSortKey::Followers));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Zed Newcomer"), CandidateKind::Kol,
                                           {makeChannel(Platform::Instagram, QStringLiteral("@zed"), 1)})));
    CandidateFilter filter;
    filter.search = QStringLiteral("zed");
    const auto cursor = m_store->rows(filter, false, order);
    const QList<CandidateRow> rows = cursor->fetch(10);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().name, QStringLiteral("Zed Newcomer"));
    EXPECT_EQ(order->placeOf(rows.first().channel.id, false), -1);
}

TEST_P(CandidateOrderTest, ALargeFilesSortIsMadeOnTheWorkerWhileTheRowsStay)
{
    addSynthetic(*m_store, 400);
    CandidateTableModel model(m_store.get());
    model.setBackgroundSortFrom(1); // this file counts as large
    const QString firstByName = model.rowAt(0)->name;
    QSignalSpy sorted(&model, &CandidateTableModel::sorted);

    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(model.isSorting());
    // Until the worker is done the rows stay in name order and the header says it sorts.
    EXPECT_EQ(model.rowAt(0)->name, firstByName);
    const QString header = model.headerData(CandidateTableModel::FollowersColumn, Qt::Horizontal).toString();
    EXPECT_TRUE(header.startsWith(QStringLiteral("Followers")) && header != QStringLiteral("Followers"))
        << header.toStdString();
    EXPECT_EQ(model.headerData(CandidateTableModel::FeeColumn, Qt::Horizontal).toString(), QStringLiteral("Fee per post"));

    ASSERT_TRUE(sorted.wait(20000));
    EXPECT_FALSE(model.isSorting());
    EXPECT_EQ(model.headerData(CandidateTableModel::FollowersColumn, Qt::Horizontal).toString(),
              QStringLiteral("Followers"));
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), channelCount());
    expectOrdered(model, CandidateTableModel::FollowersColumn, Qt::DescendingOrder);

    // An edit: the rows stay in the order they had until the worker has made it again,
    // then the edited channel is where its followers put it.
    auto candidate = m_store->find(model.rowAt(model.rowCount() - 1)->candidateId);
    ASSERT_TRUE(candidate);
    for (Channel &channel : candidate->channels)
        channel.followers = 900000000;
    ASSERT_TRUE(m_store->update(*candidate));
    EXPECT_TRUE(model.isSorting());
    ASSERT_TRUE(sorted.wait(20000));
    EXPECT_EQ(model.rowAt(0)->candidateId, candidate->id);
    expectOrdered(model, CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
}

// An order's ids take 32 bits while they fit; the first that does not widens the column,
// every id before it kept whole (a file's ids are SQLite's 64-bit rowids).
TEST(IdColumnTest, IdsStayWholeWhenOneNeedsMoreThan32Bits)
{
    IdColumn ids;
    for (qint64 id : {qint64(7), qint64(-1), qint64(2147483647)})
        ids.push_back(id);
    EXPECT_FALSE(ids.isWide());
    ids.push_back(5000000000LL);
    ids.push_back(3);
    ids.shrinkToFit();
    ASSERT_TRUE(ids.isWide());
    ASSERT_EQ(ids.size(), 5u);
    const std::vector<qint64> expected{7, -1, 2147483647, 5000000000LL, 3};
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(ids[i], expected[i]) << i;
    EXPECT_EQ(ids.largest(), 5000000000LL);
    ids.reverse();
    EXPECT_EQ(ids[0], 3);
    EXPECT_EQ(ids[1], 5000000000LL);
}

// Only the order shown and the one before it are kept (issue 14: four orders of 1.33 M
// channels held 156 MB); a column sorted by again after its order went is sorted on the
// worker again, to the very rows it showed before.
TEST_P(CandidateOrderTest, AnOrderLetGoIsMadeAgainToTheSameRows)
{
    addSynthetic(*m_store, 400);
    QSqlQuery unknown(connection());
    ASSERT_TRUE(unknown.exec(QStringLiteral("UPDATE channels SET followers = NULL WHERE id % 9 = 0")));
    CandidateTableModel model(m_store.get());
    model.setBackgroundSortFrom(1); // this file counts as large
    QSignalSpy sorted(&model, &CandidateTableModel::sorted);
    const auto shownIds = [this, &model] {
        fetchAll(model);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.rowAt(row)->channel.id;
        return ids;
    };
    const auto sortOnWorker = [&](int column, Qt::SortOrder order) {
        model.sort(column, order);
        if (model.isSorting())
            return sorted.wait(20000);
        return true;
    };
    if (model.isSorting()) // the name order, asked for as the model opened
        ASSERT_TRUE(sorted.wait(20000));

    ASSERT_TRUE(sortOnWorker(CandidateTableModel::FollowersColumn, Qt::DescendingOrder));
    const QList<qint64> byFollowers = shownIds();
    const QList<qint64> bySql = channelIds(*m_store->rows(CandidateFilter(), CandidateSort{CandidateSortKey::Followers, true}));
    ASSERT_EQ(byFollowers.size(), channelCount());
    ASSERT_EQ(byFollowers, bySql);

    ASSERT_TRUE(sortOnWorker(CandidateTableModel::FeeColumn, Qt::AscendingOrder));
    EXPECT_EQ(model.keptOrderKeys(), (std::vector<CandidateSortKey>{CandidateSortKey::Followers, CandidateSortKey::Fee}));
    ASSERT_TRUE(sortOnWorker(CandidateTableModel::HandleColumn, Qt::AscendingOrder));
    // The followers' order went, the least recently used; the fee's stays beside the handle's.
    EXPECT_EQ(model.keptOrderKeys(), (std::vector<CandidateSortKey>{CandidateSortKey::Fee, CandidateSortKey::Handle}));
    EXPECT_EQ(shownIds(), channelIds(*m_store->rows(CandidateFilter(), CandidateSort{CandidateSortKey::Handle, false})));

    // Fee again: kept, so shown at once and now the most recently used.
    model.sort(CandidateTableModel::FeeColumn, Qt::DescendingOrder);
    EXPECT_FALSE(model.isSorting());
    EXPECT_EQ(model.keptOrderKeys(), (std::vector<CandidateSortKey>{CandidateSortKey::Handle, CandidateSortKey::Fee}));
    EXPECT_EQ(shownIds(), channelIds(*m_store->rows(CandidateFilter(), CandidateSort{CandidateSortKey::Fee, true})));

    // Followers again: made again on the worker, to the same rows as before it went.
    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(model.isSorting());
    ASSERT_TRUE(sorted.wait(20000));
    EXPECT_EQ(shownIds(), byFollowers);
    EXPECT_EQ(model.keptOrderKeys(), (std::vector<CandidateSortKey>{CandidateSortKey::Fee, CandidateSortKey::Followers}));
    // And ascending, from the same order: the unknown counts stay last.
    model.sort(CandidateTableModel::FollowersColumn, Qt::AscendingOrder);
    EXPECT_FALSE(model.isSorting());
    EXPECT_EQ(shownIds(), channelIds(*m_store->rows(CandidateFilter(), CandidateSort{CandidateSortKey::Followers, false})));
}

// A large file's candidates are counted by the background counter, not on the window's
// thread as it opens (issue 14: the count read the whole name index there); large is told
// from the ids' span, a small file is still counted at once.
TEST_P(CandidateOrderTest, ALargeFilesCandidatesAreCountedOnTheWorker)
{
    addSynthetic(*m_store, 300);
    EXPECT_EQ(m_store->candidateCountBelow(100000), std::optional<qint64>(300));
    EXPECT_EQ(m_store->candidateCountBelow(300), std::nullopt); // 300 ids may be 300 candidates
    EXPECT_EQ(m_store->candidateCountBelow(301), std::optional<qint64>(300));
    {
        CandidateCounter counter(m_store->databasePath());
        CandidateTableModel small(m_store.get(), nullptr, &counter);
        EXPECT_EQ(small.candidateCount(), 300);
    }
    // One candidate far along: the ids span 150,000, so the file counts as large.
    QSqlQuery far(connection());
    ASSERT_TRUE(far.exec(QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (150000, 'Far Along', 'kol')")))
        << far.lastError().text().toStdString();
    EXPECT_EQ(m_store->candidateCountBelow(100000), std::nullopt);
    CandidateCounter counter(m_store->databasePath());
    CandidateTableModel model(m_store.get(), nullptr, &counter);
    EXPECT_EQ(model.candidateCount(), -1); // counting
    QSignalSpy counts(&model, &CandidateTableModel::countsChanged);
    for (int wait = 0; wait < 200 && model.candidateCount() < 0; ++wait)
        counts.wait(100);
    EXPECT_EQ(model.candidateCount(), 301);
    EXPECT_EQ(model.candidateCount(), m_store->candidateCount());
}

TEST_P(CandidateOrderTest, ALargeFilesFilterIsReadOnTheWorkerWhileTheRowsStay)
{
    addSynthetic(*m_store, 400);
    CandidateTableModel model(m_store.get());
    model.setBackgroundSortFrom(1); // this file counts as large
    QSignalSpy sorted(&model, &CandidateTableModel::sorted);
    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(sorted.wait(20000));
    fetchAll(model);
    const int before = model.rowCount();

    CandidateFilter filter;
    filter.search = QStringLiteral("c1");
    filter.ranges.followers.min = 5000;
    filter.ranges.engagementPct.max = 5.0;
    model.setFilter(filter);
    // The search's matches and the figures are read on the worker; the rows stay meanwhile.
    ASSERT_TRUE(model.isFiltering());
    EXPECT_EQ(model.rowCount(), before);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(reset.wait(20000));
    EXPECT_FALSE(model.isFiltering());
    fetchAll(model);
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.rowAt(row)->channel.id;
    const QList<qint64> bySql = channelIds(*m_store->rows(filter, CandidateSort{CandidateSortKey::Followers, true}));
    ASSERT_FALSE(bySql.isEmpty());
    EXPECT_EQ(shown, bySql);

    // A bound moved: the figures already read serve it, the rows follow.
    filter.ranges.followers.min = 20000;
    model.setFilter(filter);
    ASSERT_TRUE(model.isFiltering());
    ASSERT_TRUE(reset.wait(20000));
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), channelIds(*m_store->rows(filter, CandidateSort{CandidateSortKey::Followers, true})).size());
}

TEST_P(CandidateOrderTest, AReadStopsOnceANewerRequestCame)
{
    addSynthetic(*m_store, 3000);
    const QString sql = QStringLiteral("SELECT ch.id, c.name FROM channels ch JOIN candidates c ON c.id = ch.candidate_id"
                                       " ORDER BY ch.id");
    const bool sqlite = RowReader::sqliteHandle(connection()) != nullptr;
    std::atomic<int> latest{1};
    for (bool newer : {false, true}) {
        latest = 1;
        const SupersededRead read(connection(), latest, 1);
        RowReader rows(connection(), sql);
        ASSERT_TRUE(rows.next());
        if (newer)
            latest = 2;
        EXPECT_EQ(read.superseded(), newer);
        qint64 count = 1;
        while (rows.next())
            ++count;
        // SQLite stops within a few thousand steps; the server reads to the end as before.
        const bool stopped = newer && sqlite;
        EXPECT_EQ(rows.failed(), stopped) << "newer " << newer;
        if (stopped)
            EXPECT_LT(count, channelCount());
        else
            EXPECT_EQ(count, channelCount());
    }
    // Once the read is gone the connection reads to the end again.
    RowReader after(connection(), sql);
    qint64 count = 0;
    while (after.next())
        ++count;
    EXPECT_EQ(count, channelCount());
}

TEST_P(CandidateOrderTest, AnOrderAskedForAgainStopsTheOneBeingMadeWithoutAFailure)
{
    addSynthetic(*m_store, 3000);
    CandidateOrderBuilder builder(m_store->databasePath());
    QList<int> serials;
    QList<QString> messages;
    QObject::connect(&builder, &CandidateOrderBuilder::built,
                     [&](int serial, const std::shared_ptr<const CandidateOrder> &order, const QString &message) {
                         serials << serial;
                         if (!order)
                             messages << message;
                     });
    QSignalSpy built(&builder, &CandidateOrderBuilder::built);
    builder.request(CandidateSortKey::Name, nullptr, 1);
    builder.request(CandidateSortKey::Followers, nullptr, 2);
    while (!serials.contains(2))
        ASSERT_TRUE(built.wait(20000));
    // The name order was stopped, dropped before it began, or done: never a failure.
    EXPECT_TRUE(messages.isEmpty()) << messages.value(0).toStdString();
    EXPECT_EQ(serials.last(), 2);
}

} // namespace
} // namespace planner::test
