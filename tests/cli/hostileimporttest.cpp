// CSV files and disks that fight back during "import": a million columns, a 100 MB line, a
// disk that fills up. Each import says which file and why, exits 1, keeps nothing of the
// file, leaves the database as it was (a file byte for byte), and never holds the whole line
// in memory. On both engines, but for the full disk (a file's own).
#include "clitest.h"
#include "sanitizerbuild.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <iostream>

#include <signal.h>
#include <sys/resource.h>

namespace planner::test {
namespace {

class HostileImportTestFixture : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        add({QStringLiteral("--name"), QStringLiteral("Trần Minh"), QStringLiteral("--kind"),
             QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("instagram"),
             QStringLiteral("--handle"), QStringLiteral("@minh"), QStringLiteral("--followers"),
             QStringLiteral("15000")});
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Imports the file and checks the refusal: exit 1, the file named with the reason, the
    // database untouched (the listed candidates; a file byte for byte). Returns the message.
    QString expectRefused(const QString &csv, const QString &reason)
    {
        m_childSetup = nullptr;
        const QList<QStringList> listed = csvRows();
        const QByteArray before = contents(dbPath());
        m_childSetup = m_importSetup;
        const CliResult result = runOnDb({QStringLiteral("import"), csv});
        EXPECT_TRUE(result.finished) << "the import crashed or hung";
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.out.isEmpty()) << result.out.left(200).toStdString();
        EXPECT_TRUE(result.err.contains(reason)) << result.err.left(500).toStdString();
        EXPECT_EQ(contents(dbPath()), before) << "the database changed";
        m_childSetup = nullptr;
        EXPECT_EQ(storedCandidateCount(), 1);
        EXPECT_EQ(csvRows(), listed) << "the candidates changed";
        return result.err;
    }

    // The most memory any CLI run by this test has used, in MB.
    static long peakChildMegabytes()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return usage.ru_maxrss / 1024;
    }

    // Runs in the import's process only (the lists before and after run without it).
    std::function<void()> m_importSetup;
};

using HostileImportTest = OnBothBackends<HostileImportTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(HostileImportTest);

TEST_P(HostileImportTest, AMillionColumnsAreRefusedInBoundedMemory)
{
    const QString csv = filePath(QStringLiteral("wide.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray header = "name,handle,platform,followers";
        for (int i = 0; i < 1000000; ++i)
            header += ",c" + QByteArray::number(i);
        file.write(header + "\nLan,@lan,tiktok,100\n");
    }
    const QString err = expectRefused(csv, QStringLiteral("columns"));
    EXPECT_TRUE(err.contains(QDir::toNativeSeparators(csv))) << err.toStdString();
    // AddressSanitizer's shadow memory and quarantine count in the child's peak there.
    if (!underAddressSanitizer)
        EXPECT_LT(peakChildMegabytes(), 100);
}

TEST_P(HostileImportTest, AHundredMegabyteLineIsRefusedInBoundedMemory)
{
    const QString csv = filePath(QStringLiteral("long.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("name,handle,platform,followers,notes\nLan,@lan,tiktok,100,\"");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            ASSERT_EQ(file.write(block), block.size());
        file.write("\"\nHa,@ha,tiktok,200,\n");
    }
    const QString err = expectRefused(csv, QStringLiteral("longer than"));
    EXPECT_TRUE(err.contains(QDir::toNativeSeparators(csv))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("line 2"))) << err.toStdString();
    // Read whole, the line alone took 200 MB as text (526 MB at the peak before the limit).
    if (!underAddressSanitizer)
        EXPECT_LT(peakChildMegabytes(), 100);
}

// SQLite only: the disk that fills up is the one the database file is on (a limit on the size
// of the files the CLI writes); a server writes to its own disk.
TEST_F(HostileImportTestFixture, ADiskThatFillsUpRollsTheImportBack)
{
    const QString csv = filePath(QStringLiteral("many.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray text = "name,handle,platform,followers,notes\n";
        for (int i = 0; i < 30000; ++i)
            text += "Lan " + QByteArray::number(i) + ",@lan" + QByteArray::number(i) + ",tiktok,"
                + QByteArray::number(100 + i) + ",Hà Nội\n";
        file.write(text);
    }
    // The disk is full once any file grows past the database's size plus 64 KB: the
    // shared-memory file fits, the write-ahead log of the import does not.
    const rlim_t limit = rlim_t(QFileInfo(dbPath()).size() + 64 * 1024);
    m_importSetup = [limit] {
        const rlimit fileSize{limit, limit};
        setrlimit(RLIMIT_FSIZE, &fileSize);
        signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
    };
    const QString err = expectRefused(csv, QDir::toNativeSeparators(dbPath()));
    EXPECT_FALSE(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    std::cout << "message: " << err.toStdString() << std::endl;
}

} // namespace
} // namespace planner::test
