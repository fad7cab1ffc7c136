// "candidates list" and "candidates export" with --languages: channels posting in any of the
// languages (codes or names), unknown languages left out, an unreadable language refused.
// The languages come in through the CLI's import of a file with a language column.
#include "clitest.h"

#include <QFile>

namespace planner::test {
namespace {

class CandidatesLanguagesTestFixture : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const QString csv = filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Name,Handle,Platform,Followers,Language\n"
                                  "Lan,@lan,TikTok,5000,Tiếng Việt\n"
                                  "Sara,@sara,Instagram,7000,فارسی\n"
                                  "John,@john,YouTube,9000,English\n"
                                  "Putri,@putri,TikTok,8000,\"id, en\"\n"
                                  "Nobody,@nobody,TikTok,8000,\n")
                       .toUtf8());
        file.close();
        const CliResult result = runOnDb({QStringLiteral("import"), csv});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }
};

using CandidatesLanguagesTest = OnBothBackends<CandidatesLanguagesTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatesLanguagesTest);

TEST_P(CandidatesLanguagesTest, ListKeepsChannelsPostingInAnyOfTheLanguages)
{
    EXPECT_EQ(csvNames({QStringLiteral("--languages"), QStringLiteral("vi,fa")}), texts({"Lan", "Sara"}));
    EXPECT_EQ(csvNames({QStringLiteral("--languages"), QStringLiteral("en")}), texts({"John", "Putri"}));
    EXPECT_EQ(csvNames({QStringLiteral("--languages"), QString::fromUtf8("Bahasa Indonesia")}), texts({"Putri"}));
    // No language filter: everyone, the unknown too.
    EXPECT_EQ(csvNames({}).size(), 5);
}

TEST_P(CandidatesLanguagesTest, ExportWritesTheFilteredRowsWithTheirLanguages)
{
    const QString path = filePath(QStringLiteral("english.csv"));
    const CliResult result = runOnDb({QStringLiteral("candidates"), QStringLiteral("export"), path,
                                      QStringLiteral("--preset"), QStringLiteral("plain"),
                                      QStringLiteral("--languages"), QStringLiteral("en")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rows written: 2"))) << result.out.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(",languages"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.filter(QStringLiteral("Putri")).value(0).trimmed().endsWith(QStringLiteral(",id|en")));
}

TEST_P(CandidatesLanguagesTest, AnUnreadableLanguageIsRefusedNamingTheOption)
{
    const CliResult result = runOnDb({QStringLiteral("candidates"), QStringLiteral("list"),
                                      QStringLiteral("--languages"), QStringLiteral("vi,Elvish")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--languages"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Elvish"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

} // namespace
} // namespace planner::test
