// "candidates list" and "candidates export" with the range options: inclusive bounds, the
// fee converted with the file's exchange rates, unknown figures left out, bad values refused.
#include "clitest.h"

#include <QFile>

namespace planner::test {
namespace {

class CandidatesRangeTestFixture : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        addOne(QStringLiteral("Lan"), QStringLiteral("10000"), QStringLiteral("3.5"), QStringLiteral("5000000"),
               QStringLiteral("VND"), QStringLiteral("80"));
        addOne(QStringLiteral("Minh"), QStringLiteral("9999"), QStringLiteral("3.4"), QStringLiteral("100"),
               QStringLiteral("USD"), QStringLiteral("90"));
        // Nothing known but the followers.
        add({QStringLiteral("--name"), QStringLiteral("Sara"), QStringLiteral("--kind"), QStringLiteral("kol"),
             QStringLiteral("--platform"), QStringLiteral("instagram"), QStringLiteral("--followers"),
             QStringLiteral("20000")});
    }

    void addOne(const QString &name, const QString &followers, const QString &engagement, const QString &fee,
                const QString &currency, const QString &authenticity) const
    {
        add({QStringLiteral("--name"), name, QStringLiteral("--kind"), QStringLiteral("influencer"),
             QStringLiteral("--platform"), QStringLiteral("tiktok"), QStringLiteral("--followers"), followers,
             QStringLiteral("--engagement-rate"), engagement, QStringLiteral("--avg-views"), followers,
             QStringLiteral("--fee"), fee, QStringLiteral("--currency"), currency,
             QStringLiteral("--authenticity"), authenticity});
    }

    // "candidates list" with these options fails, saying what (the option, the name) and
    // writing no list.
    void expectRefused(const QStringList &arguments, const QString &said) const
    {
        const CliResult result = runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("list")} + arguments);
        EXPECT_EQ(result.exitCode, 1) << said.toStdString();
        EXPECT_TRUE(result.err.contains(said)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
};

using CandidatesRangeTest = OnBothBackends<CandidatesRangeTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatesRangeTest);

TEST_P(CandidatesRangeTest, EveryBoundIsInclusiveAndUnknownFiguresAreLeftOut)
{
    EXPECT_EQ(csvNames({QStringLiteral("--min-followers"), QStringLiteral("10000")}), texts({"Lan", "Sara"}));
    EXPECT_EQ(csvNames({QStringLiteral("--max-followers"), QStringLiteral("9999")}), texts({"Minh"}));
    EXPECT_EQ(csvNames({QStringLiteral("--min-engagement"), QStringLiteral("3.5")}), texts({"Lan"}));
    EXPECT_EQ(csvNames({QStringLiteral("--max-engagement"), QStringLiteral("3.4%")}), texts({"Minh"}));
    EXPECT_EQ(csvNames({QStringLiteral("--min-views"), QStringLiteral("9999"), QStringLiteral("--max-views"),
                        QStringLiteral("9999")}),
              texts({"Minh"}));
    EXPECT_EQ(csvNames({QStringLiteral("--min-authenticity"), QStringLiteral("80"),
                        QStringLiteral("--max-authenticity"), QStringLiteral("80")}),
              texts({"Lan"}));
}

TEST_P(CandidatesRangeTest, TheFeeIsComparedInTheGivenCurrencyAtTheFilesRates)
{
    // 100.00 USD is 2,600,000 VND at the file's 26,000 per dollar.
    EXPECT_EQ(csvNames({QStringLiteral("--max-fee"), QStringLiteral("2600000"), QStringLiteral("--fee-currency"),
                        QStringLiteral("VND")}),
              texts({"Minh"}));
    EXPECT_EQ(csvNames({QStringLiteral("--min-fee"), QStringLiteral("2600001"), QStringLiteral("--fee-currency"),
                        QStringLiteral("vnd")}),
              texts({"Lan"}));
    EXPECT_EQ(csvNames({QStringLiteral("--min-fee"), QStringLiteral("192.31"), QStringLiteral("--fee-currency"),
                        QStringLiteral("USD")}),
              texts({"Lan"}));
}

TEST_P(CandidatesRangeTest, ExportWritesOnlyTheRowsInRange)
{
    const QString path = filePath(QStringLiteral("range.csv"));
    const CliResult result = runOnDb({QStringLiteral("candidates"), QStringLiteral("export"), path,
                                      QStringLiteral("--preset"), QStringLiteral("plain"),
                                      QStringLiteral("--min-followers"), QStringLiteral("10000")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rows written: 2"))) << result.out.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Sara")));
    EXPECT_FALSE(text.contains(QStringLiteral("Minh")));
}

TEST_P(CandidatesRangeTest, BadBoundsAreRefusedNamingTheOption)
{
    const struct
    {
        QStringList arguments;
        QString option;
    } cases[] = {
        {{QStringLiteral("--min-followers"), QStringLiteral("many")}, QStringLiteral("--min-followers")},
        {{QStringLiteral("--max-engagement"), QStringLiteral("high")}, QStringLiteral("--max-engagement")},
        {{QStringLiteral("--max-fee"), QStringLiteral("5000000")}, QStringLiteral("--fee-currency")},
        {{QStringLiteral("--fee-currency"), QStringLiteral("VND")}, QStringLiteral("--fee-currency")},
        {{QStringLiteral("--min-fee"), QStringLiteral("5,5"), QStringLiteral("--fee-currency"), QStringLiteral("VND")},
         QStringLiteral("--min-fee")},
    };
    for (const auto &c : cases)
        expectRefused(c.arguments, c.option);
}

// The projected CPM and CPE for a campaign in đồng: Lan's 5,000,000 over 10,000 views is a
// CPM of 500,000 and, over 350 engagements, a CPE of 14,285.71...; Minh's 100 USD is
// 2,600,000 VND over 9,999 views, a CPM of 260,026.00...
class CandidatesCostTestFixture : public CandidatesRangeTestFixture
{
protected:
    void SetUp() override
    {
        CandidatesRangeTestFixture::SetUp();
        const CliResult created = runOnDb({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Tết"),
                                           QStringLiteral("--goal"), QStringLiteral("awareness"),
                                           QStringLiteral("--currency"), QStringLiteral("VND"),
                                           QStringLiteral("--budget"), QStringLiteral("100000000")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }

    QStringList withCampaign(QStringList arguments) const
    {
        return arguments << QStringLiteral("--campaign") << QStringLiteral("Tết");
    }
};

using CandidatesCostTest = OnBothBackends<CandidatesCostTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatesCostTest);

TEST_P(CandidatesCostTest, CpmAndCpeBoundsAreInclusiveInTheCampaignsCurrency)
{
    EXPECT_EQ(csvNames(withCampaign({QStringLiteral("--min-cpm"), QStringLiteral("500000"), QStringLiteral("--max-cpm"),
                                     QStringLiteral("500000")})),
              texts({"Lan"}));
    EXPECT_FALSE(csvNames(withCampaign({QStringLiteral("--min-cpm"), QStringLiteral("500000.01")})).contains(QStringLiteral("Lan")));
    EXPECT_EQ(csvNames(withCampaign({QStringLiteral("--min-cpm"), QStringLiteral("260026"), QStringLiteral("--max-cpm"),
                                     QStringLiteral("260026.01")})),
              texts({"Minh"}));
    EXPECT_EQ(csvNames(withCampaign({QStringLiteral("--min-cpe"), QStringLiteral("14285.71"), QStringLiteral("--max-cpe"),
                                     QStringLiteral("14285.72")})),
              texts({"Lan"}));
}

TEST_P(CandidatesCostTest, ExportWritesOnlyTheRowsWithinTheProjectedCost)
{
    const QString path = filePath(QStringLiteral("cpm.csv"));
    const CliResult result = runOnDb(withCampaign({QStringLiteral("candidates"), QStringLiteral("export"), path,
                                                   QStringLiteral("--preset"), QStringLiteral("plain"),
                                                   QStringLiteral("--max-cpm"), QStringLiteral("500000")}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rows written: 2"))) << result.out.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Lan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Minh")));
}

TEST_P(CandidatesCostTest, ACostBoundNeedsAnExistingCampaignAndAnAmount)
{
    expectRefused({QStringLiteral("--max-cpm"), QStringLiteral("500000")}, QStringLiteral("--campaign"));
    expectRefused({QStringLiteral("--campaign"), QStringLiteral("Tết")}, QStringLiteral("--campaign"));
    expectRefused(withCampaign({QStringLiteral("--max-cpe"), QStringLiteral("lots")}), QStringLiteral("--max-cpe"));
    // No such campaign: said with the name given.
    expectRefused({QStringLiteral("--min-cpm"), QStringLiteral("5"), QStringLiteral("--campaign"), QStringLiteral("Tết 2027")},
                  QStringLiteral("Tết 2027"));
}

} // namespace
} // namespace planner::test
