// "demo" and "generate": many candidates in one go, and the default database location.
#include "clitest.h"

#include "demo/demodata.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace planner::test {
namespace {

class BulkCommandsTestFixture : public CliTest
{
protected:
    // The count a "Candidates added: N" line reports.
    static qint64 reportedCount(const QString &out)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("([0-9][0-9,]*)\\s*$")).match(out);
        return match.hasMatch() ? match.captured(1).remove(QLatin1Char(',')).toLongLong() : -1;
    }
};

using BulkCommandsTest = OnBothBackends<BulkCommandsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(BulkCommandsTest);

TEST_P(BulkCommandsTest, DemoAddsTheShippedCandidatesAndSaysHowMany)
{
    const qsizetype expected = DemoData::candidates().size();
    ASSERT_GE(expected, 50);
    const CliResult result = runOnDb({QStringLiteral("demo")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(reportedCount(result.out), expected) << result.out.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_EQ(storedCandidateCount(), expected);
    EXPECT_EQ(csvRows().size() - 1, storedRowCount());
}

TEST_P(BulkCommandsTest, DemoRunTwiceRefusesTheSecondTimeAndAddsNothing)
{
    const qsizetype expected = DemoData::candidates().size();
    ASSERT_EQ(runOnDb({QStringLiteral("demo")}).exitCode, 0);
    const QList<QStringList> first = csvRows();
    const CliResult again = runOnDb({QStringLiteral("demo")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.out.isEmpty()) << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(dbPath())) << again.err.toStdString();
    EXPECT_EQ(storedCandidateCount(), expected);
    EXPECT_EQ(csvRows(), first);
}

TEST_P(BulkCommandsTest, GenerateAddsTheRequestedNumberOfCandidates)
{
    const CliResult result = runOnDb({QStringLiteral("generate"), QStringLiteral("--count"),
                                      QStringLiteral("1000")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(reportedCount(result.out), 1000) << result.out.toStdString();
    EXPECT_EQ(storedCandidateCount(), 1000);
    // One CSV row per channel; some synthetic candidates have two.
    const QList<QStringList> rows = csvRows();
    EXPECT_EQ(rows.size() - 1, storedRowCount());
    EXPECT_GT(rows.size() - 1, 1000);
    for (const QStringList &row : rows)
        ASSERT_EQ(row.size(), 15) << row.join(QLatin1Char(',')).toStdString();
}

TEST_P(BulkCommandsTest, GenerateWithTheSameSeedGivesTheSameCandidates)
{
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("--count"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7")};
    ASSERT_EQ(runOnDb(generate).exitCode, 0);
    const QList<QStringList> first = csvRows();
    ASSERT_TRUE(removeDatabase());
    ASSERT_EQ(runOnDb(generate).exitCode, 0);
    EXPECT_EQ(csvRows(), first);
}

TEST_P(BulkCommandsTest, GenerateRefusesABadCountAndNeedsOne)
{
    const QString generate = QStringLiteral("generate");
    const QString count = QStringLiteral("--count");
    for (const QString &bad : {QStringLiteral("-5"), QStringLiteral("many"), QString()}) {
        const CliResult result = runOnDb({generate, count, bad});
        EXPECT_EQ(result.exitCode, 1) << bad.toStdString();
        EXPECT_TRUE(result.err.contains(count)) << result.err.toStdString();
    }
    const CliResult missing = runOnDb({generate});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(count)) << missing.err.toStdString();
    EXPECT_FALSE(databaseMade());
}

TEST_P(BulkCommandsTest, WithoutDbUsesTheApplicationDataFolderTheGuiUses)
{
    const CliResult result = run({QStringLiteral("demo")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // XDG_DATA_HOME / organization / application, as set up by main() for both programs.
    const QString expected = QDir(filePath(QStringLiteral("xdg-data")))
                                 .filePath(QStringLiteral("CampaignPlanner/campaign-planner/"
                                                          "campaign-planner.sqlite"));
    EXPECT_TRUE(QFileInfo(expected).isFile()) << expected.toStdString();
    const CliResult listed = run({QStringLiteral("candidates"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_GT(listed.out.count(QLatin1Char('\n')), 50); // the same file, read back
}

} // namespace
} // namespace planner::test
