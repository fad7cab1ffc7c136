// "team push" and "team pull" against the real test server (issue 15, point 5): the report
// lines, the exit codes, a round trip that keeps every candidate, and refusals that leave the
// target as it was.
#include "teamclitestsupport.h"

#include <QFile>

namespace planner::test {
namespace {

class TeamTransferCliTest : public TeamServerCliTest
{
protected:
    CliResult team(const QString &verb, const QString &file, const QString &uri = QString()) const
    {
        return run({QStringLiteral("--db"), uri.isEmpty() ? m_team.m_uri : uri, QStringLiteral("team"), verb, file});
    }

    // The demo candidates and one campaign in the local file; the number of candidates.
    qint64 fillLocal() const
    {
        const CliResult demo = runOnDb({QStringLiteral("demo")});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const CliResult created = runOnDb({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Tết"),
                                           QStringLiteral("--goal"), QStringLiteral("awareness"),
                                           QStringLiteral("--currency"), QStringLiteral("VND"),
                                           QStringLiteral("--budget"), QStringLiteral("100000000")});
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        return storedCandidateCount();
    }

    // The candidates' rows of "candidates list --format csv" on a database, id column left out.
    QStringList listed(const QString &address) const
    {
        const CliResult list = run({QStringLiteral("--db"), address, QStringLiteral("candidates"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        QStringList rows;
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << line.section(QLatin1Char(','), 1);
        rows.sort();
        return rows;
    }
};

TEST_F(TeamTransferCliTest, PushAndPullReportWhatTheyCopiedAndKeepEveryCandidate)
{
    const qint64 candidates = fillLocal();
    ASSERT_GT(candidates, 0);
    const CliResult pushed = team(QStringLiteral("push"), dbPath());
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_TRUE(pushed.out.startsWith(QStringLiteral("Candidates pushed: %1\nCampaigns pushed: 1\nAssumptions pushed: ")
                                          .arg(candidates)))
        << pushed.out.toStdString();

    const QString pulledPath = filePath(QStringLiteral("pulled.sqlite"));
    const CliResult pulled = team(QStringLiteral("pull"), pulledPath);
    ASSERT_EQ(pulled.exitCode, 0) << pulled.err.toStdString();
    EXPECT_TRUE(pulled.out.startsWith(QStringLiteral("Candidates pulled: %1\nCampaigns pulled: 1\nAssumptions pulled: ")
                                          .arg(candidates)))
        << pulled.out.toStdString();
    const QStringList local = listed(dbPath());
    EXPECT_GT(local.size(), candidates); // a row a channel, and the header
    EXPECT_EQ(listed(m_team.m_uri), local);
    EXPECT_EQ(listed(pulledPath), local);
}

TEST_F(TeamTransferCliTest, ATargetThatHoldsCandidatesIsRefusedAndKeptAsItWas)
{
    fillLocal();
    ASSERT_EQ(team(QStringLiteral("push"), dbPath()).exitCode, 0);
    const QStringList onServer = listed(m_team.m_uri);
    const CliResult again = team(QStringLiteral("push"), dbPath());
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds candidates or campaigns"))) << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty()) << again.out.toStdString();
    EXPECT_EQ(listed(m_team.m_uri), onServer);

    // A pull into the local file, which holds candidates, is refused too: the file keeps its bytes.
    const QByteArray before = [this] {
        QFile file(dbPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliResult pull = team(QStringLiteral("pull"), dbPath());
    EXPECT_EQ(pull.exitCode, 1);
    EXPECT_TRUE(pull.err.contains(QStringLiteral("already holds candidates or campaigns"))) << pull.err.toStdString();
    QFile file(dbPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(TeamTransferCliTest, AViewersPushAMissingFileAndAFileAsTheTeamDatabaseAreRefused)
{
    fillLocal();
    const CliResult init = run({QStringLiteral("--db"), m_team.m_uri, QStringLiteral("team"), QStringLiteral("init"),
                                QStringLiteral("--planner-role"), m_team.name(QStringLiteral("planner")),
                                QStringLiteral("--viewer-role"), m_team.name(QStringLiteral("viewer")),
                                QStringLiteral("--viewer"), m_team.name(QStringLiteral("budi"))});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const CliResult refused = team(QStringLiteral("push"), dbPath(), m_team.uriAs(QStringLiteral("budi")));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may only view the team database"))) << refused.err.toStdString();
    EXPECT_EQ(listed(m_team.m_uri).size(), 1); // the header alone

    const CliResult missing = team(QStringLiteral("push"), filePath(QStringLiteral("missing.sqlite")));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("missing.sqlite"))) << missing.err.toStdString();

    // A pull needs a team database: a file as --db is refused before FILE is made.
    const CliResult onFile = runOnDb({QStringLiteral("team"), QStringLiteral("pull"), filePath(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(onFile.exitCode, 1);
    EXPECT_TRUE(onFile.err.contains(QStringLiteral("team push and pull need a team database"))) << onFile.err.toStdString();
    EXPECT_FALSE(QFile::exists(filePath(QStringLiteral("x.sqlite"))));
}

} // namespace
} // namespace planner::test
