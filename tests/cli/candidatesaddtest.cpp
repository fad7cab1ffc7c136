// "candidates add": the id it prints, the values it refuses, and usage errors.
#include "clitest.h"

#include <QFileInfo>

namespace planner::test {
namespace {

class CandidatesAddTestFixture : public CliTest
{
protected:
    // The options of a valid candidate, with the option-value pairs of more replacing
    // the same option's value or added at the end (a lone last option is added as it is).
    static QStringList validWith(const QStringList &more = {})
    {
        QStringList arguments{QStringLiteral("--name"), QStringLiteral("Mai Anh"),
                              QStringLiteral("--kind"), QStringLiteral("kol"),
                              QStringLiteral("--platform"), QStringLiteral("tiktok"),
                              QStringLiteral("--followers"), QStringLiteral("120000")};
        for (qsizetype i = 0; i < more.size(); i += 2) {
            const qsizetype at = arguments.indexOf(more.at(i));
            if (at >= 0 && i + 1 < more.size())
                arguments[at + 1] = more.at(i + 1);
            else
                arguments += more.mid(i, 2);
        }
        return arguments;
    }

    CliResult addRun(const QStringList &arguments) const
    {
        return runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("add")} + arguments);
    }

    // A refused value: exit 1, no output, a message on stderr naming the field, nothing stored.
    void expectRefused(const QStringList &arguments, const QString &named) const
    {
        const CliResult result = addRun(arguments);
        ASSERT_TRUE(result.finished);
        EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("campaign-planner-cli: ")))
            << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(named)) << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("Usage:"))) << result.err.toStdString();
        if (databaseMade()) {
            EXPECT_EQ(storedCandidateCount(), 0);
        }
    }

    // A usage error: exit 2, the reason and a usage text on stderr, no file created.
    void expectUsageError(const QStringList &arguments, const QString &named) const
    {
        const CliResult result = run(arguments);
        ASSERT_TRUE(result.finished);
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_TRUE(result.err.contains(named)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("Usage:"))) << result.err.toStdString();
        EXPECT_FALSE(databaseMade());
    }
};

using CandidatesAddTest = OnBothBackends<CandidatesAddTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatesAddTest);

TEST_P(CandidatesAddTest, PrintsOnlyTheNewIdAndANewline)
{
    const CliResult first = addRun(validWith());
    ASSERT_TRUE(first.finished);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("1\n"));
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();
    const CliResult second = addRun(validWith());
    EXPECT_EQ(second.out, QStringLiteral("2\n"));
    EXPECT_EQ(storedCandidateCount(), 2);
}

TEST_P(CandidatesAddTest, AcceptsTheDatabaseOptionAnywhereOnTheLine)
{
    const QString db = QStringLiteral("--db");
    const QString add = QStringLiteral("add");
    const QString candidates = QStringLiteral("candidates");
    EXPECT_EQ(run(QStringList{candidates, db, dbPath(), add} + validWith()).exitCode, 0);
    EXPECT_EQ(run(QStringList{candidates, add} + validWith() + QStringList{db, dbPath()}).exitCode, 0);
    EXPECT_EQ(run(QStringList{candidates, add, db + QLatin1Char('=') + dbPath()} + validWith())
                  .exitCode,
              0);
    EXPECT_EQ(storedCandidateCount(), 3);
}

TEST_P(CandidatesAddTest, RefusesNegativeFollowersNamingTheField)
{
    expectRefused(validWith({QStringLiteral("--followers"), QStringLiteral("-5")}),
                  QStringLiteral("Followers"));
}

TEST_P(CandidatesAddTest, RefusesAnEngagementRateOverOneHundredPercent)
{
    expectRefused(validWith({QStringLiteral("--engagement-rate"), QStringLiteral("150")}),
                  QStringLiteral("Engagement rate"));
}

TEST_P(CandidatesAddTest, RefusesAnEmptyOrBlankName)
{
    expectRefused(validWith({QStringLiteral("--name"), QString()}), QStringLiteral("Name"));
    expectRefused(validWith({QStringLiteral("--name"), QStringLiteral("   ")}), QStringLiteral("Name"));
}

TEST_P(CandidatesAddTest, RefusesValuesThatAreNotNumbersNamingTheOption)
{
    expectRefused(validWith({QStringLiteral("--followers"), QStringLiteral("12k")}),
                  QStringLiteral("--followers"));
    expectRefused(validWith({QStringLiteral("--engagement-rate"), QStringLiteral("high")}),
                  QStringLiteral("--engagement-rate"));
    expectRefused(validWith({QStringLiteral("--avg-views"), QStringLiteral("1.5")}),
                  QStringLiteral("--avg-views"));
    expectRefused(validWith({QStringLiteral("--authenticity"), QStringLiteral("nan")}),
                  QStringLiteral("--authenticity"));
    expectRefused(validWith({QStringLiteral("--fee"), QStringLiteral("12,5"),
                             QStringLiteral("--currency"), QStringLiteral("USD")}),
                  QStringLiteral("--fee"));
    EXPECT_FALSE(databaseMade()) << "a refused value must not create the file";
}

TEST_P(CandidatesAddTest, RefusesAnUnknownKindOrPlatformListingTheAllowedValues)
{
    expectRefused(validWith({QStringLiteral("--kind"), QStringLiteral("celebrity")}),
                  QStringLiteral("--kind"));
    expectRefused(validWith({QStringLiteral("--kind"), QStringLiteral("celebrity")}),
                  QStringLiteral("creator, influencer, kol, koc"));
    expectRefused(validWith({QStringLiteral("--platform"), QStringLiteral("myspace")}),
                  QStringLiteral("--platform"));
    expectRefused(validWith({QStringLiteral("--platform"), QStringLiteral("myspace")}),
                  QStringLiteral("instagram, tiktok, youtube"));
}

TEST_P(CandidatesAddTest, NeedsACurrencyWithAFeeAndAFeeWithACurrency)
{
    expectRefused(validWith({QStringLiteral("--fee"), QStringLiteral("100")}),
                  QStringLiteral("--currency"));
    expectRefused(validWith({QStringLiteral("--currency"), QStringLiteral("USD")}),
                  QStringLiteral("--currency"));
    expectRefused(validWith({QStringLiteral("--fee"), QStringLiteral("100"),
                             QStringLiteral("--currency"), QStringLiteral("dollars")}),
                  QStringLiteral("--currency"));
}

TEST_P(CandidatesAddTest, UnknownOptionIsAUsageError)
{
    expectUsageError(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                                 QStringLiteral("add")}
                         + validWith({QStringLiteral("--bogus"), QStringLiteral("1")}),
                     QStringLiteral("--bogus"));
}

TEST_P(CandidatesAddTest, OptionOfAnotherCommandIsAUsageError)
{
    expectUsageError({QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                      QStringLiteral("add"), QStringLiteral("--count"), QStringLiteral("3")},
                     QStringLiteral("--count"));
}

TEST_P(CandidatesAddTest, MissingNameIsAUsageError)
{
    QStringList arguments = validWith();
    arguments.remove(0, 2);
    expectUsageError(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                                 QStringLiteral("add")}
                         + arguments,
                     QStringLiteral("--name"));
}

TEST_P(CandidatesAddTest, OptionWithoutItsValueIsAUsageError)
{
    expectUsageError(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                                 QStringLiteral("add")}
                         + validWith({QStringLiteral("--handle")}),
                     QStringLiteral("--handle"));
}

TEST_P(CandidatesAddTest, RepeatedSingleOptionIsAUsageError)
{
    expectUsageError(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                                 QStringLiteral("add")}
                         + validWith() + QStringList{QStringLiteral("--name"), QStringLiteral("B")},
                     QStringLiteral("--name"));
}

TEST_P(CandidatesAddTest, UnknownOrMissingCommandIsAUsageError)
{
    expectUsageError({QStringLiteral("--db"), dbPath()}, QStringLiteral("no command"));
    expectUsageError({QStringLiteral("--db"), dbPath(), QStringLiteral("import")},
                     QStringLiteral("import"));
    expectUsageError({QStringLiteral("--db"), dbPath(), QStringLiteral("candidates")},
                     QStringLiteral("add, list"));
    expectUsageError({QStringLiteral("--db"), dbPath(), QStringLiteral("candidates"),
                      QStringLiteral("remove")},
                     QStringLiteral("candidates remove"));
    expectUsageError({QStringLiteral("--db"), dbPath(), QStringLiteral("demo"),
                      QStringLiteral("now")},
                     QStringLiteral("now"));
    expectUsageError({QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--db")},
                     QStringLiteral("--db"));
}

TEST_P(CandidatesAddTest, HelpPrintsTheUsageOnStandardOutput)
{
    const CliResult general = run({QStringLiteral("--help")});
    EXPECT_EQ(general.exitCode, 0);
    EXPECT_TRUE(general.out.contains(QStringLiteral("candidates add"))) << general.out.toStdString();
    EXPECT_TRUE(general.err.isEmpty());
    const CliResult command = run({QStringLiteral("candidates"), QStringLiteral("add"),
                                   QStringLiteral("-h")});
    EXPECT_EQ(command.exitCode, 0);
    EXPECT_TRUE(command.out.contains(QStringLiteral("--engagement-rate"))) << command.out.toStdString();
}

} // namespace
} // namespace planner::test
