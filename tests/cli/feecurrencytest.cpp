// The currency that goes with a fee: "candidates add --fee" with --currency, and the fee
// bounds of "candidates list" with --fee-currency; either one alone is refused, and the
// message says which option goes with which.
#include "clitest.h"

#include <QFileInfo>

namespace planner::test {
namespace {

class FeeCurrencyTestFixture : public CliTest
{
protected:
    QStringList addWith(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Lan"),        QStringLiteral("--kind"), QStringLiteral("influencer"),
                           QStringLiteral("--platform"), QStringLiteral("tiktok"), QStringLiteral("--followers"),
                           QStringLiteral("12000")}
            + extra;
    }

    QStringList listWith(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("candidates"), QStringLiteral("list")} + extra;
    }

    void expectRefusal(const QStringList &arguments, const QString &message) const
    {
        const CliResult result = runOnDb(arguments);
        ASSERT_TRUE(result.finished);
        EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_EQ(result.err.trimmed(), QStringLiteral("campaign-planner-cli: ") + message);
    }
};

using FeeCurrencyTest = OnBothBackends<FeeCurrencyTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(FeeCurrencyTest);

TEST_P(FeeCurrencyTest, AFeeWithoutItsCurrencyOrACurrencyWithoutAFeeIsRefused)
{
    expectRefusal(addWith({QStringLiteral("--fee"), QStringLiteral("100")}),
                  QStringLiteral("--currency: is needed with --fee (a three-letter code such as VND)"));
    expectRefusal(addWith({QStringLiteral("--currency"), QStringLiteral("USD")}),
                  QStringLiteral("--currency: is used only together with --fee"));
    // Refused before the database is opened: no file is made.
    EXPECT_FALSE(QFileInfo::exists(dbPath()));
}

TEST_P(FeeCurrencyTest, AFeeBoundWithoutItsCurrencyOrACurrencyWithoutABoundIsRefused)
{
    expectRefusal(listWith({QStringLiteral("--max-fee"), QStringLiteral("5000000")}),
                  QStringLiteral("--fee-currency: is needed with --min-fee and --max-fee (a three-letter code "
                                 "such as VND)"));
    expectRefusal(listWith({QStringLiteral("--fee-currency"), QStringLiteral("VND")}),
                  QStringLiteral("--fee-currency: is used only together with --min-fee or --max-fee"));
}

TEST_P(FeeCurrencyTest, AFeeWithItsCurrencyIsStoredAndABadCodeIsNamed)
{
    const qint64 id = add(addWith({QStringLiteral("--fee"), QStringLiteral("100"), QStringLiteral("--currency"),
                                   QStringLiteral("usd")})
                              .mid(2));
    EXPECT_GT(id, 0);
    expectRefusal(listWith({QStringLiteral("--min-fee"), QStringLiteral("1"), QStringLiteral("--fee-currency"),
                            QStringLiteral("dong")}),
                  QStringLiteral("--fee-currency: “dong” is not a three-letter currency code such as VND"));
}

} // namespace
} // namespace planner::test
