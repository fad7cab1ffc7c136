// Names and notes that try to be code: SQL, spreadsheet formulas, a right-to-left override
// and 10,000 characters, through "candidates add", "import", "list" and "export". They are
// stored and come back exactly as typed, break nothing, and a spreadsheet opening the
// export sees text, never a formula.
#include "clitest.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "csvtext.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>

namespace planner::test {
namespace {

QStringList hostileNames()
{
    return {QStringLiteral("'); DROP TABLE candidates; --"),
            QStringLiteral("Robert\"); DELETE FROM channels; --"),
            QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("+cmd|' /C calc'!A0"),
            QStringLiteral("@SUM(1+1)"),
            QStringLiteral("-2+3"),
            QStringLiteral("Nguyễn \u202Eevil.exe\u202C Hà"),
            QStringLiteral("%s %n %1 {0} \\N"),
            QString(10000, QChar(u'ễ'))};
}

bool looksLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0));
}

class HostileStringsTest : public CliTest
{
protected:
    // Adds every hostile name, each with a handle of its own that is hostile too.
    void addAll() const
    {
        const QStringList names = hostileNames();
        for (int i = 0; i < names.size(); ++i) {
            add({QStringLiteral("--name"), names.at(i), QStringLiteral("--kind"), QStringLiteral("kol"),
                 QStringLiteral("--platform"), QStringLiteral("tiktok"), QStringLiteral("--handle"),
                 QStringLiteral("@x'); DROP TABLE channels; --%1").arg(i), QStringLiteral("--followers"),
                 QString::number(1000 + i)});
        }
    }

    // Every name in the file, read through the program's own store.
    static QStringList storedNames(const QString &path, QStringList *notes = nullptr)
    {
        Error error;
        const auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
        EXPECT_TRUE(database) << error.text().toStdString();
        if (!database)
            return {};
        // The tables are all still there.
        QSqlQuery tables(database->connection());
        EXPECT_TRUE(tables.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            " AND name IN ('candidates', 'channels', 'candidate_search', 'campaigns')")));
        EXPECT_TRUE(tables.next());
        EXPECT_EQ(tables.value(0).toInt(), 4);
        QStringList names;
        for (const Candidate &candidate : CandidateStore(*database).allCandidates(&error)) {
            names << candidate.name;
            if (notes)
                *notes << candidate.notes;
        }
        EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
        names.sort();
        if (notes)
            notes->sort();
        return names;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
};

TEST_F(HostileStringsTest, NamesAddedByTheCliComeBackUnchangedFromTheStore)
{
    addAll();
    EXPECT_EQ(storedNames(dbPath()), sorted(hostileNames()));
}

TEST_F(HostileStringsTest, TheCsvListNeutralisesFormulasAndKeepsEverythingElse)
{
    addAll();
    const QList<QStringList> rows = csvRows();
    ASSERT_EQ(rows.size(), hostileNames().size() + 1);
    QStringList names;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString written = rows.at(i).value(1);
        const QString handle = rows.at(i).value(5);
        if (looksLikeFormula(written.mid(1)) && written.startsWith(QLatin1Char('\'')))
            names << written.mid(1);
        else
            names << written;
        EXPECT_FALSE(looksLikeFormula(written)) << written.toStdString();
        EXPECT_FALSE(looksLikeFormula(handle)) << handle.toStdString();
    }
    EXPECT_EQ(sorted(names), sorted(hostileNames()));
}

TEST_F(HostileStringsTest, TheTextListKeepsAnOverrideInsideItsName)
{
    addAll();
    const CliResult result = runOnDb({QStringLiteral("candidates"), QStringLiteral("list")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const QString &name : hostileNames())
        EXPECT_TRUE(result.out.contains(name)) << name.left(40).toStdString();
    // The override is closed (by the isolate around the name) before the line goes on.
    for (const QString &line : result.out.split(QLatin1Char('\n'))) {
        const qsizetype override = line.indexOf(QChar(0x202E));
        if (override < 0)
            continue;
        EXPECT_GT(line.indexOf(QChar(0x2069), override), override) << line.toStdString();
        EXPECT_LT(line.lastIndexOf(QChar(0x2068), override), override) << line.toStdString();
    }
}

TEST_F(HostileStringsTest, ExportThenImportGivesBackTheSameText)
{
    addAll();
    const QString exported = filePath(QStringLiteral("export.csv"));
    const CliResult exportRun = runOnDb({QStringLiteral("candidates"), QStringLiteral("export"), exported});
    ASSERT_EQ(exportRun.exitCode, 0) << exportRun.err.toStdString();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QStringList &row : CsvText::parse(QString::fromUtf8(file.readAll())))
        EXPECT_FALSE(looksLikeFormula(row.value(1))) << row.value(1).toStdString();

    const QString other = filePath(QStringLiteral("other.sqlite"));
    const CliResult importRun = run({QStringLiteral("--db"), other, QStringLiteral("import"), exported});
    ASSERT_EQ(importRun.exitCode, 0) << importRun.err.toStdString();
    EXPECT_EQ(importRun.out, QStringLiteral("imported %1, updated 0, skipped 0, rejected 0, warnings 0\n")
                                 .arg(hostileNames().size()));
    EXPECT_EQ(storedNames(other), sorted(hostileNames()));
}

TEST_F(HostileStringsTest, NamesAndNotesImportedFromCsvAreStoredUnchanged)
{
    // Written as a spreadsheet writes them: quoted where needed, quotes doubled.
    const auto quoted = [](const QString &text) -> QString {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    QString csv = QStringLiteral("name,handle,platform,followers,notes\n");
    const QStringList names = hostileNames();
    QStringList notes;
    for (int i = 0; i < names.size(); ++i) {
        // The notes of one candidate are the name of the next.
        notes << names.at((i + 1) % names.size());
        csv += quoted(names.at(i)) + QStringLiteral(",@h%1,youtube,%2,").arg(i).arg(100 + i)
            + quoted(notes.last()) + QLatin1Char('\n');
    }
    const QString path = filePath(QStringLiteral("hostile.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    const CliResult result = runOnDb({QStringLiteral("import"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    QStringList storedNotes;
    EXPECT_EQ(storedNames(dbPath(), &storedNotes), sorted(names));
    EXPECT_EQ(storedNotes, sorted(notes));
}

} // namespace
} // namespace planner::test
