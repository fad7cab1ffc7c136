// "import" of files that are not UTF-8 and its --encoding and --currency options (issue 13):
// the note on standard error, any encoding ICU knows, unknown names refused by name.
#include "clitest.h"

#include <QFile>

namespace planner::test {
namespace {

class ImportEncodingTestFixture : public CliTest
{
protected:
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    CliResult import(const QStringList &arguments) const
    {
        // The files say no platform: --platform gives it.
        return runOnDb(QStringList{QStringLiteral("import")} + arguments
                       + QStringList{QStringLiteral("--platform"), QStringLiteral("instagram")});
    }

    QStringList storedNames() const
    {
        QStringList names;
        const QList<QStringList> rows = csvRows();
        const qsizetype at = rows.value(0).indexOf(QStringLiteral("name"));
        for (qsizetype i = 1; i < rows.size(); ++i)
            names << rows.at(i).value(at);
        return names;
    }
};

using ImportEncodingTest = OnBothBackends<ImportEncodingTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ImportEncodingTest);

TEST_P(ImportEncodingTest, AFileThatIsNotUtf8IsReadInTheCodePageItLooksLikeAndSaysSo)
{
    write(QStringLiteral("west.csv"), QByteArray("name,handle,followers\nJos\xE9 Mu\xF1oz,@jose,1200\n"));
    const CliResult result = import({QStringLiteral("west.csv")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral(
        "note: west.csv is not UTF-8; read it as windows-1252 (use --encoding to choose)")))
        << result.err.toStdString();
    EXPECT_EQ(storedNames(), QStringList{QStringLiteral("José Muñoz")});
}

TEST_P(ImportEncodingTest, AnEncodingGivenByNameIsUsedWithoutANote)
{
    // "Trần" in windows-1258: â (0xE2), then the grave accent as a combining mark (0xCC).
    write(QStringLiteral("vi.csv"), QByteArray("name,handle,followers\nTr\xE2\xCCn Thu,@thu,500\n"));
    const CliResult result = import({QStringLiteral("vi.csv"), QStringLiteral("--encoding"), QStringLiteral("cp1258")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("note:"))) << result.err.toStdString();
    EXPECT_EQ(storedNames(), QStringList{QStringLiteral("Trần Thu")});
}

TEST_P(ImportEncodingTest, AnUnknownEncodingOrCurrencyIsRefusedByName)
{
    write(QStringLiteral("a.csv"), QByteArray("name,handle,followers,fee\nLan,@lan,100,250\n"));
    const CliResult encoding = import({QStringLiteral("a.csv"), QStringLiteral("--encoding"), QStringLiteral("klingon-8")});
    EXPECT_EQ(encoding.exitCode, 1);
    EXPECT_TRUE(encoding.err.contains(QStringLiteral("--encoding"))) << encoding.err.toStdString();
    EXPECT_TRUE(encoding.err.contains(QStringLiteral("klingon-8"))) << encoding.err.toStdString();
    const CliResult currency = import({QStringLiteral("a.csv"), QStringLiteral("--currency"), QStringLiteral("FOO")});
    EXPECT_EQ(currency.exitCode, 1);
    EXPECT_TRUE(currency.err.contains(QStringLiteral("--currency"))) << currency.err.toStdString();
    EXPECT_TRUE(currency.err.contains(QStringLiteral("FOO"))) << currency.err.toStdString();
    EXPECT_FALSE(databaseMade()); // nothing was imported, not even a database made
}

TEST_P(ImportEncodingTest, AnyIsoCurrencyCodeIsTakenInEitherCase)
{
    write(QStringLiteral("kw.csv"), QByteArray("name,handle,followers,fee\nLan,@lan,100,12.5\n"));
    const CliResult result = import({QStringLiteral("kw.csv"), QStringLiteral("--currency"), QStringLiteral("kwd")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<QStringList> rows = csvRows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).value(rows.first().indexOf(QStringLiteral("fee"))), QStringLiteral("12.500"));
    EXPECT_EQ(rows.at(1).value(rows.first().indexOf(QStringLiteral("currency"))), QStringLiteral("KWD"));
}

} // namespace
} // namespace planner::test
