// "candidates list" and "candidates export" with the range options: inclusive bounds, the
// fee converted with the file's exchange rates, unknown figures left out, bad values refused.
#include "clitest.h"

#include <QFile>

namespace planner::test {
namespace {

class CandidatesRangeTest : public CliTest
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
};

TEST_F(CandidatesRangeTest, EveryBoundIsInclusiveAndUnknownFiguresAreLeftOut)
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

TEST_F(CandidatesRangeTest, TheFeeIsComparedInTheGivenCurrencyAtTheFilesRates)
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

TEST_F(CandidatesRangeTest, ExportWritesOnlyTheRowsInRange)
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

TEST_F(CandidatesRangeTest, BadBoundsAreRefusedNamingTheOption)
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
    for (const auto &c : cases) {
        const CliResult result = runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("list")} + c.arguments);
        EXPECT_EQ(result.exitCode, 1) << c.option.toStdString();
        EXPECT_TRUE(result.err.contains(c.option)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

} // namespace
} // namespace planner::test
