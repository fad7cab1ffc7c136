// "results add", "results import", "campaigns complete" and "assumptions learn": the
// results they store, the rows they refuse and the estimates they print.
#include "campaignclitest.h"

#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/resultstore.h"

#include <QFile>

namespace planner::test {
namespace {

const QString tet = QStringLiteral("Tet");

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class ResultsCommandsTestFixture : public CampaignCliTest
{
protected:
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        m_mai = add({QStringLiteral("--name"), QStringLiteral("Mai"), QStringLiteral("--kind"), QStringLiteral("influencer"),
                     QStringLiteral("--platform"), QStringLiteral("instagram"), QStringLiteral("--handle"),
                     QStringLiteral("@mai"), QStringLiteral("--followers"), QStringLiteral("50000"),
                     QStringLiteral("--authenticity"), QStringLiteral("80")});
        m_hoa = add({QStringLiteral("--name"), QStringLiteral("Hoa"), QStringLiteral("--kind"), QStringLiteral("influencer"),
                     QStringLiteral("--platform"), QStringLiteral("instagram"), QStringLiteral("--handle"),
                     QStringLiteral("@hoa"), QStringLiteral("--followers"), QStringLiteral("20000")});
        createCampaign(tet, {QStringLiteral("--goal"), QStringLiteral("awareness"), QStringLiteral("--budget"),
                             QStringLiteral("1000"), QStringLiteral("--currency"), QStringLiteral("USD")});
        addToShortlist({tet, QString::number(m_mai)});
    }

    QList<DeliveryResult> stored() const
    {
        Error error;
        auto file = CampaignFile::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
        return file ? file->results().resultsOfCampaign(file->campaigns().findByName(tet)->id) : QList<DeliveryResult>();
    }

    qint64 m_mai = 0;
    qint64 m_hoa = 0;
};

using ResultsCommandsTest = OnBothBackends<ResultsCommandsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ResultsCommandsTest);

TEST_P(ResultsCommandsTest, AddStoresTheResultAndRefusesSomeoneNotOnTheShortlist)
{
    const CliResult added = runOnDb({QStringLiteral("results"), QStringLiteral("add"), tet, QString::number(m_mai),
                                     QStringLiteral("--date"), QStringLiteral("2026-03-14"), QStringLiteral("--reach"),
                                     QStringLiteral("6000"), QStringLiteral("--likes"), QStringLiteral("700"),
                                     QStringLiteral("--fee"), QStringLiteral("250")});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QList<DeliveryResult> results = stored();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(added.out.trimmed().toLongLong(), results.first().id);
    EXPECT_EQ(results.first().figure(ResultMeasure::Reach), 6000);
    EXPECT_EQ(results.first().feePaid, Money(25000, QStringLiteral("USD")));
    expectRefused({QStringLiteral("results"), QStringLiteral("add"), tet, QString::number(m_hoa), QStringLiteral("--date"),
                   QStringLiteral("2026-03-14"), QStringLiteral("--reach"), QStringLiteral("10")},
                  QStringLiteral("is not on the shortlist of “Tet”"));
    expectUsageError({QStringLiteral("results"), QStringLiteral("add"), tet, QString::number(m_mai)},
                     QStringLiteral("--date"));
    EXPECT_EQ(stored().size(), 1);
}

TEST_P(ResultsCommandsTest, ImportPrintsCountsAndEachRejectedRowWithWhereAndWhy)
{
    const QString csv = filePath(QStringLiteral("insights.csv"));
    ASSERT_TRUE(writeBytes(csv, "Username,Date,Reach,Likes\nmai,2026-03-15,5000,600\nhoa,2026-03-15,1,1\n"));
    const CliResult imported = runOnDb({QStringLiteral("results"), QStringLiteral("import"), csv,
                                        QStringLiteral("--campaign"), tet});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, QStringLiteral("imported 1, rejected 1, warnings 0\n"));
    EXPECT_EQ(imported.err, csv + QStringLiteral(":3:1: Handle: “hoa” is not on the shortlist of “Tet”\n"));
    EXPECT_EQ(stored().size(), 1);
}

TEST_P(ResultsCommandsTest, LearnMovesNothingUntilTheCampaignIsCompletedAndApplyAdopts)
{
    ASSERT_EQ(runOnDb({QStringLiteral("results"), QStringLiteral("add"), tet, QString::number(m_mai),
                       QStringLiteral("--date"), QStringLiteral("2026-03-14"), QStringLiteral("--reach"),
                       QStringLiteral("6000")}).exitCode, 0);
    EXPECT_EQ(runOnDb({QStringLiteral("assumptions"), QStringLiteral("learn")}).out,
              QStringLiteral("no completed campaign has results yet\n"));
    const CliResult completed = runOnDb({QStringLiteral("campaigns"), QStringLiteral("complete"), tet,
                                         QStringLiteral("--date"), QStringLiteral("2026-04-01")});
    EXPECT_EQ(completed.out, QStringLiteral("completed Tet on 2026-04-01\n"));
    // 6,000 of 40,000 real followers is 0.15; pooled with the default 0.229 weighted as ten.
    const CliResult learned = runOnDb({QStringLiteral("assumptions"), QStringLiteral("learn")});
    EXPECT_TRUE(learned.out.startsWith(QStringLiteral("reach_rate.instagram.micro.post current 0.229 suggested 0.221818 "
                                                      "interval ")))
        << learned.out.toStdString();
    EXPECT_TRUE(learned.out.endsWith(QStringLiteral(" deliveries 1\n")));
    const CliResult applied = runOnDb({QStringLiteral("assumptions"), QStringLiteral("learn"), QStringLiteral("--apply")});
    EXPECT_TRUE(applied.out.endsWith(QStringLiteral("adopted 1\n"))) << applied.out.toStdString();
    Error error;
    auto file = CampaignFile::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
    const Assumption adopted = *file->assumptions().load().find(QStringLiteral("reach_rate.instagram.micro.post"));
    EXPECT_NEAR(adopted.value, (10 * 0.229 + 0.15) / 11, 1e-5);
    EXPECT_TRUE(adopted.source.startsWith(QStringLiteral("own history, 1 deliveries, ")));
}

} // namespace
} // namespace planner::test
