// A real server restart under the workers' connections (issue 15): the count, the sort and the
// filter choices each read on a connection of their own on a worker thread, opened before the
// restart; after it every one reads again, without the program being restarted, and sees
// what was written since. On a server of the test's own (privateservertestsupport.h): the
// shared one is not restarted under the other tests.
#include "backendtestsupport.h"
#include "modeltestsupport.h"
#include "privateservertestsupport.h"

#include "itemmodels/candidateorderbuilder.h"
#include "storage/campaignfile.h"
#include "storage/candidatecounter.h"
#include "storage/candidatestore.h"
#include "storage/filterchoicesreader.h"

#include <QSignalSpy>
#include <QTest>

namespace planner::test {
namespace {

Candidate creator(const QString &name, const QString &handle, const QString &niche)
{
    return makeCandidate(name, CandidateKind::Creator, {makeChannel(Platform::TikTok, handle, 52000)}, {niche});
}

bool addCandidate(const QString &uri, const Candidate &candidate)
{
    Error error;
    auto file = CampaignFile::open(uri, Database::OpenMode::ExistingOnly, &error);
    EXPECT_TRUE(file) << error.text().toStdString();
    const bool added = file && file->candidates().add(candidate, &error);
    EXPECT_TRUE(added) << error.text().toStdString();
    return added;
}

TEST(ServerRestartTest, EveryWorkersConnectionReadsAgainAfterARealRestart)
{
    if (TestDatabase::serverUri().isEmpty())
        GTEST_SKIP() << "PLANNER_TEST_PG is not set: no PostgreSQL server here (scripts/pg-test-server.sh)";
    PrivateTestServer server;
    ASSERT_TRUE(server.isRunning()) << server.failure().toStdString();
    Error error;
    auto file = CampaignFile::open(server.uri(), Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    ASSERT_TRUE(file->candidates().add(creator(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha"), QStringLiteral("beauty")), &error));
    ASSERT_TRUE(file->candidates().add(creator(QStringLiteral("Putri Ayu"), QStringLiteral("@putri"), QStringLiteral("food")), &error));
    const TierThresholds thresholds = file->candidates().tierThresholds();
    file.reset();

    CandidateCounter counter(server.uri());
    CandidateOrderBuilder sorter(server.uri());
    FilterChoicesReader choices(server.uri());
    QSignalSpy counted(&counter, &CandidateCounter::counted);
    QSignalSpy built(&sorter, &CandidateOrderBuilder::built);
    QSignalSpy read(&choices, &FilterChoicesReader::read);
    const auto readAll = [&](int serial) {
        counter.request(CandidateFilter(), thresholds);
        sorter.request(CandidateSortKey::Followers, nullptr, serial);
        choices.request();
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && !built.isEmpty() && !read.isEmpty(), 20000);
    };
    readAll(1);
    EXPECT_EQ(counted.takeLast().at(1).toLongLong(), 2);
    const auto order = built.takeLast().at(1).value<std::shared_ptr<const CandidateOrder>>();
    ASSERT_TRUE(order);
    EXPECT_EQ(order->size(), 2);
    EXPECT_EQ(read.takeLast().at(0).toStringList(), QStringList({QStringLiteral("beauty"), QStringLiteral("food")}));

    // Every session on the server ends; the workers' connections are left closed underneath.
    ASSERT_TRUE(server.restart());
    ASSERT_TRUE(addCandidate(server.uri(), creator(QStringLiteral("Budi Santoso"), QStringLiteral("@budi"), QStringLiteral("gaming"))));

    readAll(2);
    EXPECT_EQ(counted.takeLast().at(1).toLongLong(), 3);
    const QList<QVariant> again = built.takeLast();
    EXPECT_EQ(again.at(2).toString(), QString());
    const auto after = again.at(1).value<std::shared_ptr<const CandidateOrder>>();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), 3);
    EXPECT_EQ(read.takeLast().at(0).toStringList(),
              QStringList({QStringLiteral("beauty"), QStringLiteral("food"), QStringLiteral("gaming")}));
}

} // namespace
} // namespace planner::test
