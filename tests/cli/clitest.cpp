#include "clitest.h"

#include "storage/candidatestore.h"
#include "csvtext.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrlQuery>

namespace planner::test {

void CliTest::SetUp()
{
    TempDirTest::SetUp();
    m_dbAddress = m_database.create(m_backend, m_dir, QStringLiteral("campaign.sqlite"));
    ASSERT_FALSE(m_dbAddress.isEmpty());
}

QString CliTest::schema() const
{
    // The last word of the search path TestDatabase::create puts in the URI's options.
    const QString options = QUrlQuery(QUrl(m_dbAddress)).queryItemValue(QStringLiteral("options"),
                                                                        QUrl::FullyDecoded);
    return options.section(QLatin1Char('='), -1);
}

bool CliTest::databaseMade() const
{
    if (m_backend == Backend::SQLite)
        return QFileInfo::exists(m_dbAddress);
    return TestDatabase::run(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM information_schema.tables"
                                            " WHERE table_schema = '%1') THEN RAISE 'empty'; END IF; END $$")
                                 .arg(schema()),
                             false);
}

bool CliTest::removeDatabase()
{
    if (m_backend == Backend::SQLite)
        return QFile::remove(m_dbAddress);
    return TestDatabase::run(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema()))
        && TestDatabase::run(QStringLiteral("CREATE SCHEMA %1").arg(schema()));
}

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    // Nothing the CLI does may reach the real user's settings or data.
    env.insert(QStringLiteral("HOME"), filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), filePath(QStringLiteral("xdg-data")));
    return env;
}

CliResult CliTest::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    if (m_childSetup)
        process.setChildProcessModifier(m_childSetup);
    process.start(QStringLiteral(CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    result.finished = process.waitForFinished(120000)
        && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliTest::runOnDb(const QStringList &arguments) const
{
    return run(QStringList{QStringLiteral("--db"), dbPath()} + arguments);
}

qint64 CliTest::add(const QStringList &arguments) const
{
    const CliResult result = runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("add")}
                                     + arguments);
    EXPECT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.endsWith(QLatin1Char('\n')));
    bool ok = false;
    const qint64 id = result.out.trimmed().toLongLong(&ok);
    EXPECT_TRUE(ok) << result.out.toStdString();
    return id;
}

QList<QStringList> CliTest::csvRows(const QStringList &filterArguments) const
{
    const CliResult result = runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("list"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")}
                                     + filterArguments);
    EXPECT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    return CsvText::parse(result.out);
}

QStringList CliTest::csvNames(const QStringList &filterArguments) const
{
    QStringList names;
    const QList<QStringList> rows = csvRows(filterArguments);
    for (qsizetype i = 1; i < rows.size(); ++i)
        names << rows.at(i).value(1);
    return names;
}

qint64 CliTest::storedCandidateCount() const
{
    Error error;
    const auto database = Database::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
    EXPECT_TRUE(database) << error.text().toStdString();
    return database ? CandidateStore(*database).candidateCount() : -1;
}

qint64 CliTest::storedRowCount() const
{
    Error error;
    const auto database = Database::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
    EXPECT_TRUE(database) << error.text().toStdString();
    return database ? CandidateStore(*database).rowCount(CandidateFilter()) : -1;
}

} // namespace planner::test
