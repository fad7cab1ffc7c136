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
            QStringLiteral("$$; DROP SCHEMA public CASCADE; $$"),
            QStringLiteral("E'\\x00' \\' \\\\ 100% _off_"),
            QStringLiteral("اینفلوئنسر «زیبایی» ۱۲۳٪"),
            QString(10000, QChar(u'ễ'))};
}

bool looksLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0));
}

class HostileStringsTestFixture : public CliTest
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
        // The tables are all still there (read as either engine reads them).
        for (const QString &table : {QStringLiteral("candidates"), QStringLiteral("channels"),
                                     QStringLiteral("candidate_search"), QStringLiteral("campaigns")}) {
            QSqlQuery query(database->connection());
            EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table)) << table.toStdString();
        }
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

using HostileStringsTest = OnBothBackends<HostileStringsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(HostileStringsTest);

TEST_P(HostileStringsTest, NamesAddedByTheCliComeBackUnchangedFromTheStore)
{
    addAll();
    EXPECT_EQ(storedNames(dbPath()), sorted(hostileNames()));
}

TEST_P(HostileStringsTest, TheCsvListNeutralisesFormulasAndKeepsEverythingElse)
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

TEST_P(HostileStringsTest, TheTextListKeepsAnOverrideInsideItsName)
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

TEST_P(HostileStringsTest, ExportThenImportGivesBackTheSameText)
{
    addAll();
    const QString exported = filePath(QStringLiteral("export.csv"));
    const CliResult exportRun = runOnDb({QStringLiteral("candidates"), QStringLiteral("export"), exported});
    ASSERT_EQ(exportRun.exitCode, 0) << exportRun.err.toStdString();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QStringList &row : CsvText::parse(QString::fromUtf8(file.readAll())))
        EXPECT_FALSE(looksLikeFormula(row.value(1))) << row.value(1).toStdString();

    // Imported into a database of its own on the same engine.
    TestDatabase otherPlace;
    const QString other = otherPlace.create(m_backend, m_dir, QStringLiteral("other.sqlite"));
    ASSERT_FALSE(other.isEmpty());
    const CliResult importRun = run({QStringLiteral("--db"), other, QStringLiteral("import"), exported});
    ASSERT_EQ(importRun.exitCode, 0) << importRun.err.toStdString();
    EXPECT_EQ(importRun.out, QStringLiteral("imported %1, updated 0, skipped 0, rejected 0, warnings 0\n")
                                 .arg(hostileNames().size()));
    EXPECT_EQ(storedNames(other), sorted(hostileNames()));
}

TEST_P(HostileStringsTest, NamesAndNotesImportedFromCsvAreStoredUnchanged)
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

TEST_P(HostileStringsTest, CampaignTextsGivenToTheCliComeBackUnchanged)
{
    // A niche is a lowercase key, and '|' separates a list's items where it is stored (a niche
    // holding one is refused): given so, it is kept exactly.
    const auto niche = [](const QString &text) {
        return QString(text).replace(QLatin1Char('|'), QLatin1Char('/')).toLower();
    };
    const QStringList texts = hostileNames();
    for (int i = 0; i < texts.size(); ++i) {
        // Not first in a name: a name beginning with '-' is read as an option.
        const QString name = QStringLiteral("c%1 ").arg(i) + texts.at(i);
        const CliResult created = runOnDb({QStringLiteral("campaigns"), QStringLiteral("create"), name,
                                           QStringLiteral("--goal"), QStringLiteral("awareness"),
                                           QStringLiteral("--budget"), QStringLiteral("1000"),
                                           QStringLiteral("--currency"), QStringLiteral("USD"),
                                           QStringLiteral("--niche"), niche(texts.at(i)), QStringLiteral("--notes"),
                                           texts.at(i)});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }
    Error error;
    const auto database = Database::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    const CampaignStore campaigns(*database);
    EXPECT_EQ(campaigns.campaigns().size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        const auto campaign = campaigns.findByName(QStringLiteral("c%1 ").arg(i) + texts.at(i), &error);
        ASSERT_TRUE(campaign) << texts.at(i).left(60).toStdString() << error.text().toStdString();
        EXPECT_EQ(campaign->notes, texts.at(i));
        EXPECT_EQ(campaign->niches, QStringList{niche(texts.at(i))});
    }
    EXPECT_EQ(storedNames(dbPath()), QStringList());
}

} // namespace
} // namespace planner::test
