// How the CLI splits its arguments before any command sees them.
#include "commandline.h"
#include "testsupport.h"

namespace planner {
namespace {

const QStringList valueOptions{QStringLiteral("db"), QStringLiteral("name"),
                               QStringLiteral("followers"), QStringLiteral("niche")};
const QStringList switches{QStringLiteral("help")};

CommandLine parse(const QStringList &arguments)
{
    return CommandLine::parse(arguments, valueOptions, switches);
}

TEST(CommandLineTest, SplitsWordsFromOptionsWhereverTheyStand)
{
    const CommandLine line = parse({QStringLiteral("--db"), QStringLiteral("a.sqlite"),
                                    QStringLiteral("candidates"), QStringLiteral("--name=Lan"),
                                    QStringLiteral("add")});
    EXPECT_TRUE(line.fault().isEmpty());
    EXPECT_EQ(line.words(), (QStringList{QStringLiteral("candidates"), QStringLiteral("add")}));
    EXPECT_EQ(line.value(QStringLiteral("db")), QStringLiteral("a.sqlite"));
    EXPECT_EQ(line.value(QStringLiteral("name")), QStringLiteral("Lan"));
}

TEST(CommandLineTest, AValueOptionTakesTheNextArgumentEvenIfItLooksLikeAnOption)
{
    const CommandLine line = parse({QStringLiteral("--followers"), QStringLiteral("-5"),
                                    QStringLiteral("--name"), QStringLiteral("--db")});
    EXPECT_TRUE(line.fault().isEmpty());
    EXPECT_EQ(line.value(QStringLiteral("followers")), QStringLiteral("-5"));
    EXPECT_EQ(line.value(QStringLiteral("name")), QStringLiteral("--db"));
    EXPECT_FALSE(line.isSet(QStringLiteral("db")));
}

TEST(CommandLineTest, KeepsEveryValueOfARepeatedOptionInOrder)
{
    const CommandLine line = parse({QStringLiteral("--niche"), QStringLiteral("food"),
                                    QStringLiteral("--niche=travel")});
    EXPECT_EQ(line.values(QStringLiteral("niche")),
              (QStringList{QStringLiteral("food"), QStringLiteral("travel")}));
    EXPECT_EQ(line.optionNames(), (QStringList{QStringLiteral("niche"), QStringLiteral("niche")}));
}

TEST(CommandLineTest, SwitchesTakeNoValueAndDashDashEndsTheOptions)
{
    const CommandLine line = parse({QStringLiteral("-h"), QStringLiteral("demo"),
                                    QStringLiteral("--"), QStringLiteral("--name")});
    EXPECT_TRUE(line.isSet(QStringLiteral("help")));
    EXPECT_EQ(line.words(), (QStringList{QStringLiteral("demo"), QStringLiteral("--name")}));
    EXPECT_FALSE(line.isSet(QStringLiteral("name")));
}

TEST(CommandLineTest, ReportsAnUnknownOptionAndAMissingValue)
{
    EXPECT_TRUE(parse({QStringLiteral("--bogus")}).fault().contains(QStringLiteral("--bogus")));
    EXPECT_TRUE(parse({QStringLiteral("-x")}).fault().contains(QStringLiteral("-x")));
    const CommandLine line = parse({QStringLiteral("demo"), QStringLiteral("--name")});
    EXPECT_TRUE(line.fault().contains(QStringLiteral("--name"))) << line.fault().toStdString();
}

} // namespace
} // namespace planner
