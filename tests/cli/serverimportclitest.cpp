// "import" into a team database (issue 15, point 2): the same file gives the same report
// lines and the same listed candidates on the test server as in a campaign file, and a
// dry run leaves the server empty.
#include "teamclitestsupport.h"

#include <QDir>

namespace planner::test {
namespace {

class ServerImportCliTest : public TeamServerCliTest
{
protected:
    static QString corpusFile(const QString &name)
    {
        return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR "/import")).filePath(name);
    }

    CliResult importInto(const QString &address, const QStringList &more = {}) const
    {
        return run(QStringList{QStringLiteral("--db"), address, QStringLiteral("import"),
                               corpusFile(QStringLiteral("truncated-row.csv"))}
                   + more);
    }

    QStringList listed(const QString &address) const
    {
        const CliResult list = run({QStringLiteral("--db"), address, QStringLiteral("candidates"),
                                    QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        QStringList rows;
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << line.section(QLatin1Char(','), 1); // without the id
        return rows;
    }
};

TEST_F(ServerImportCliTest, ImportsIntoTheServerAsIntoAFile)
{
    const CliResult inFile = importInto(dbPath());
    const CliResult onServer = importInto(m_team.m_uri);
    EXPECT_EQ(onServer.exitCode, inFile.exitCode) << onServer.err.toStdString();
    EXPECT_EQ(onServer.out, inFile.out);
    EXPECT_EQ(onServer.err, inFile.err); // the rejected row, with its line and column
    EXPECT_TRUE(onServer.out.startsWith(QStringLiteral("imported 1, updated 0, skipped 0, rejected 1")))
        << onServer.out.toStdString();
    EXPECT_EQ(listed(m_team.m_uri), listed(dbPath()));
    EXPECT_EQ(listed(m_team.m_uri).size(), 2); // the header and Maya Tan
}

TEST_F(ServerImportCliTest, ADryRunLeavesTheServerEmpty)
{
    const CliResult dry = importInto(m_team.m_uri, {QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(listed(m_team.m_uri).size(), 1); // the header alone
}

} // namespace
} // namespace planner::test
