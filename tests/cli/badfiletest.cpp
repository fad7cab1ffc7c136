// Files the CLI must refuse to use: it says why, exits 1, and leaves them byte for byte.
#include "clitest.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

namespace planner::test {
namespace {

// SQLite only: these are about the file itself (random bytes, cut short, another program's,
// a newer schema written into it, a folder, read-only, a table made unreadable).
class BadFileTest : public CliTest
{
protected:
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    // An SQLite file made without the program, with the given statements.
    static void writeSqlite(const QString &path, const QStringList &statements)
    {
        const QString connection = QStringLiteral("bad-file-test");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            for (const QString &statement : statements)
                ASSERT_TRUE(QSqlQuery(db).exec(statement)) << statement.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // Every command refuses the file with exit 1 and a message; the file stays as it was
    // and no journal is left beside it.
    void expectRefusedUntouched(const QString &path, const QString &reason) const
    {
        const QByteArray before = contents(path);
        const QStringList commands[] = {
            {QStringLiteral("candidates"), QStringLiteral("list")},
            {QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("A"), QStringLiteral("--kind"), QStringLiteral("kol"),
             QStringLiteral("--platform"), QStringLiteral("x"), QStringLiteral("--followers"),
             QStringLiteral("1")},
            {QStringLiteral("demo")},
            {QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("5")},
        };
        for (const QStringList &command : commands) {
            const CliResult result = run(QStringList{QStringLiteral("--db"), path} + command);
            ASSERT_TRUE(result.finished);
            EXPECT_EQ(result.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
            EXPECT_TRUE(result.err.startsWith(QStringLiteral("campaign-planner-cli: ")));
            EXPECT_TRUE(result.err.contains(QDir::toNativeSeparators(path)))
                << result.err.toStdString();
            EXPECT_TRUE(result.err.contains(reason)) << result.err.toStdString();
            EXPECT_FALSE(result.err.contains(QStringLiteral("Usage:")));
        }
        EXPECT_EQ(contents(path), before) << "the refused file was changed";
        const QStringList beside = QDir(QFileInfo(path).absolutePath())
                                       .entryList({QFileInfo(path).fileName() + QLatin1Char('*')},
                                                  QDir::Files);
        EXPECT_EQ(beside, QStringList{QFileInfo(path).fileName()});
    }
};

TEST_F(BadFileTest, RandomBytesAreRefusedAndLeftAlone)
{
    const QString path = filePath(QStringLiteral("random.sqlite"));
    QByteArray bytes(8192, '\0');
    QRandomGenerator random(20261123);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    writeFile(path, bytes);
    expectRefusedUntouched(path, QStringLiteral("not a Campaign Planner database"));
}

TEST_F(BadFileTest, ANewerSchemaIsRefusedAndLeftAlone)
{
    const QString path = filePath(QStringLiteral("newer.sqlite"));
    writeSqlite(path, {QStringLiteral("PRAGMA user_version = 99")});
    ASSERT_GT(QFileInfo(path).size(), 0);
    expectRefusedUntouched(path, QStringLiteral("newer version"));
}

TEST_F(BadFileTest, ANewerSchemaOfOurOwnFileIsRefusedAndLeftAlone)
{
    const QString path = filePath(QStringLiteral("ours-newer.sqlite"));
    writeSqlite(path, {QStringLiteral("CREATE TABLE future_candidates (x)"),
                       QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                       QStringLiteral("PRAGMA user_version = 99")});
    expectRefusedUntouched(path, QStringLiteral("newer version"));
}

TEST_F(BadFileTest, AnotherProgramsDatabaseIsRefusedAndLeftAlone)
{
    const QString path = filePath(QStringLiteral("other.sqlite"));
    writeSqlite(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                       QStringLiteral("INSERT INTO songs VALUES ('Bèo dạt mây trôi')")});
    expectRefusedUntouched(path, QStringLiteral("another program"));
}

TEST_F(BadFileTest, AFolderIsRefused)
{
    const QString path = filePath(QStringLiteral("folder.sqlite"));
    ASSERT_TRUE(QDir().mkpath(path));
    const CliResult result = run({QStringLiteral("--db"), path, QStringLiteral("candidates"),
                                  QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("is not a file"))) << result.err.toStdString();
}

TEST_F(BadFileTest, AReadOnlyFileIsRefusedAndLeftAlone)
{
    const QString path = dbPath();
    add({QStringLiteral("--name"), QStringLiteral("Ngọc Trinh"), QStringLiteral("--kind"),
         QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("instagram"),
         QStringLiteral("--followers"), QStringLiteral("4000000")});
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    if (QFileInfo(path).isWritable()) {
        // root writes a 0444 file anyway, so the program rightly treats it as writable. The
        // CLI then runs as "nobody", for whom the file is truly read-only.
        if (geteuid() != 0)
            GTEST_SKIP() << "this user can write a file with mode 0444";
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                            | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                            | QFileDevice::ExeOther));
        m_childSetup = [] {
            const gid_t nobody = 65534;
            if (setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(126);
        };
    }
    expectRefusedUntouched(path, QStringLiteral("read-only"));
}

TEST_F(BadFileTest, ADatabaseCutShortIsRefusedAndLeftAlone)
{
    const CliResult generated = runOnDb({QStringLiteral("generate"), QStringLiteral("--count"),
                                         QStringLiteral("3000")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    const QByteArray whole = contents(dbPath());
    ASSERT_GT(whole.size(), 100000);
    // A copy that stopped at three fifths.
    writeFile(dbPath(), whole.left(whole.size() * 3 / 5));
    expectRefusedUntouched(dbPath(), QStringLiteral("damaged"));
}

TEST_F(BadFileTest, ATableThatCannotBeReadIsReportedNotListedAsEmpty)
{
    add({QStringLiteral("--name"), QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("--kind"),
         QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
         QStringLiteral("--handle"), QStringLiteral("@thuha"), QStringLiteral("--followers"),
         QStringLiteral("1200000")});
    // Damage that SQLite finds only when a query reaches it: the search words are gone.
    writeSqlite(dbPath(), {QStringLiteral("DROP TABLE candidate_search")});
    const QString exported = filePath(QStringLiteral("found.csv"));
    const QStringList commands[] = {
        {QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--search"),
         QStringLiteral("thu")},
        {QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--search"), QStringLiteral("thu")},
        {QStringLiteral("candidates"), QStringLiteral("export"), exported, QStringLiteral("--search"),
         QStringLiteral("thu")},
    };
    for (const QStringList &command : commands) {
        const CliResult result = runOnDb(command);
        EXPECT_EQ(result.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(dbPath())) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("candidate_search"))) << result.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(exported)) << "an export of a failed read was saved";
}

TEST_F(BadFileTest, PercentSignsInFileNamesAndValuesAreEchoedAsTyped)
{
    // QString::arg() called twice reads a "%1" that the first call put in as a placeholder.
    const QString newer = filePath(QStringLiteral("plan %1 %2.sqlite"));
    writeSqlite(newer, {QStringLiteral("CREATE TABLE future (x)"),
                        QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                        QStringLiteral("PRAGMA user_version = 99")});
    const CliResult refused = run({QStringLiteral("--db"), newer, QStringLiteral("candidates"),
                                   QStringLiteral("list")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("“%1” was saved by a newer version").arg(newer)))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("schema 99; this version reads up to %1")
                                         .arg(Database::currentSchemaVersion)))
        << refused.err.toStdString();

    const QString csv = filePath(QStringLiteral("list %2.csv"));
    writeFile(csv, "name,platform,followers\nLan,tiktok,lots%3\n");
    const CliResult imported = runOnDb({QStringLiteral("import"), csv});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.startsWith(csv + QStringLiteral(":2:"))) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("“lots%3”"))) << imported.err.toStdString();

    const CliResult fee = runOnDb({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Lan"), QStringLiteral("--kind"), QStringLiteral("kol"),
                                   QStringLiteral("--platform"), QStringLiteral("tiktok"),
                                   QStringLiteral("--followers"), QStringLiteral("5"), QStringLiteral("--fee"),
                                   QStringLiteral("5%3"), QStringLiteral("--currency"), QStringLiteral("VND")});
    EXPECT_EQ(fee.exitCode, 1);
    EXPECT_TRUE(fee.err.contains(QStringLiteral("“5%3” is not an amount of VND"))) << fee.err.toStdString();
}

} // namespace
} // namespace planner::test
