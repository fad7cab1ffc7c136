// Workbooks (.xlsx made here with libxlsxwriter, an .ods made by LibreOffice and an Excel
// 2003 XML written by hand in tests/data)
// through WorkbookReader, WorkbookSource and the import: typed cells, a percentage, a date,
// a formula's saved value, a title row, a merged header, a hidden column, several sheets,
// Persian and Vietnamese text, and rejections said as FILE:SHEET!CELL.
#include "modeltestsupport.h"
#include "workbookfixture.h"

#include "export/candidateexport.h"
#include "import/candidateimport.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"

namespace planner::test {
namespace {

using Type = WorkbookCell::Type;

// On both engines: CandidateImport writes a file with its bulk writer, a server with COPY.
class WorkbookImportFixture : public StoreTest
{
protected:
    std::optional<Candidate> stored(const QString &name) const
    {
        for (const Candidate &candidate : m_store->allCandidates()) {
            if (candidate.name == name)
                return candidate;
        }
        return std::nullopt;
    }

    // Opens a workbook file; a fatal failure when it is none or cannot be read.
    static void openWorkbook(WorkbookReader &reader, const QString &path)
    {
        ASSERT_TRUE(WorkbookReader::isWorkbook(path));
        Error error;
        ASSERT_TRUE(reader.open(path, &error)) << error.text().toStdString();
    }

    ImportReport importSheet(const QString &path, const QString &sheet,
                             QList<ImportRejection> *seen = nullptr)
    {
        WorkbookSource source;
        Error error;
        EXPECT_TRUE(source.prepare(path, sheet, ImportSettings(), &error)) << error.text().toStdString();
        CandidateImport importer(m_path);
        if (seen) {
            importer.setRejectionHandler([seen](const ImportRejection &r) { seen->append(r); });
            importer.setWarningHandler([seen](const ImportRejection &r) { seen->append(r); });
        }
        return importer.runWorkbook(source, HeaderMapping(), ImportSettings());
    }
};

using WorkbookImportTest = OnBothBackends<WorkbookImportFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(WorkbookImportTest);

// Reads the file only: no database, one run is enough.
TEST_F(WorkbookImportFixture, ReaderGivesTypedCellsWithoutHiddenColumnsOrEmptyRows)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(writeRoster(path));
    EXPECT_TRUE(WorkbookReader::isWorkbook(path));
    WorkbookReader reader;
    Error error;
    ASSERT_TRUE(reader.open(path, &error)) << error.text().toStdString();
    EXPECT_EQ(reader.sheetNames(), (QStringList{QStringLiteral("Danh sách"), QStringLiteral("Ghi chú")}));
    EXPECT_EQ(reader.findSheet(QStringLiteral("ghi chú")), 1);
    EXPECT_EQ(reader.findSheet(QStringLiteral("1")), 0);
    EXPECT_EQ(reader.findSheet(QStringLiteral("3")), -1);
    const WorkbookTable table = reader.table(0);
    // Columns A-F and H (G is hidden); rows 1, 3, 4, 6, 7, 8 (2 and 5 are empty).
    EXPECT_EQ(table.columns, (QList<int>{0, 1, 2, 3, 4, 5, 7}));
    ASSERT_EQ(table.rows.size(), 6);
    EXPECT_EQ(table.rows.at(0).at(0).text, QStringLiteral("Danh sách KOL Tết 2025"));
    const QList<WorkbookCell> &thu = table.rows.at(2);
    EXPECT_EQ(thu.at(0).type, Type::Text);
    EXPECT_EQ(thu.at(0).text, QStringLiteral("Nguyễn Thu Hà"));
    EXPECT_EQ(thu.at(3).type, Type::Number);
    EXPECT_EQ(thu.at(3).number, 1200000);
    EXPECT_EQ(thu.at(4).type, Type::Percent);
    EXPECT_DOUBLE_EQ(thu.at(4).number, 0.035);
    EXPECT_EQ(thu.at(5).type, Type::Number);
    EXPECT_EQ(thu.at(5).number, 15000000);
    EXPECT_EQ(thu.at(6).type, Type::Date);
    EXPECT_EQ(thu.at(6).date, QDate(2025, 1, 28));
    const QList<WorkbookCell> &sara = table.rows.at(3);
    EXPECT_EQ(sara.at(0).text, QStringLiteral("سارا محمدی"));
    EXPECT_TRUE(sara.at(3).formula);
    EXPECT_EQ(sara.at(3).type, Type::Number);
    EXPECT_EQ(sara.at(3).number, 80000);
    EXPECT_EQ(table.rows.at(5).at(0).type, Type::Text);
    EXPECT_EQ(table.rows.at(5).at(0).text, QStringLiteral("=HYPERLINK(\"x\")"));
    EXPECT_EQ(WorkbookReader::cellReference(table.sheet, sara.at(3).row, sara.at(3).column),
              QStringLiteral("'Danh sách'!D6"));
    EXPECT_EQ(WorkbookReader::cellReference(QStringLiteral("Sheet1"), 13, 3), QStringLiteral("Sheet1!D14"));
    EXPECT_EQ(WorkbookReader::columnLetters(27), QStringLiteral("AB"));
}

TEST_P(WorkbookImportTest, SheetBelowATitleImportsTypedValuesAndSaysTheCellOfARejection)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(writeRoster(path));
    QList<ImportRejection> seen;
    const ImportReport report = importSheet(path, QStringLiteral("Danh sách"), &seen);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.rejected, 1);
    ASSERT_EQ(report.rejections.size(), 1);
    const ImportRejection &rejection = report.rejections.first();
    EXPECT_EQ(rejection.file, path);
    EXPECT_EQ(rejection.sheetCell, QStringLiteral("'Danh sách'!D7"));
    EXPECT_EQ(rejection.where(), path + QStringLiteral(":'Danh sách'!D7"));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen.first().sheetCell, rejection.sheetCell);

    const std::optional<Candidate> thu = stored(QStringLiteral("Nguyễn Thu Hà"));
    ASSERT_TRUE(thu);
    const Channel &channel = thu->channels.first();
    EXPECT_EQ(channel.platform, Platform::Instagram);
    EXPECT_EQ(channel.handle, QStringLiteral("@thuha.skin"));
    EXPECT_EQ(channel.followers, 1200000);
    ASSERT_TRUE(channel.engagementRatePct);
    EXPECT_DOUBLE_EQ(*channel.engagementRatePct, 3.5);
    ASSERT_TRUE(channel.fee);
    EXPECT_EQ(*channel.fee, Money(15000000, QStringLiteral("VND")));
    // The formula's saved value, the percentage of a Persian row.
    const std::optional<Candidate> sara = stored(QStringLiteral("سارا محمدی"));
    ASSERT_TRUE(sara);
    EXPECT_EQ(sara->channels.first().followers, 80000);
    EXPECT_DOUBLE_EQ(*sara->channels.first().engagementRatePct, 4.25);
    // Text that looks like a formula stays text.
    const std::optional<Candidate> formula = stored(QStringLiteral("=HYPERLINK(\"x\")"));
    ASSERT_TRUE(formula);
    EXPECT_EQ(formula->channels.first().handle, QStringLiteral("-5"));
    EXPECT_FALSE(stored(QStringLiteral("Danh sách KOL Tết 2025")));
}

// Reads the file only: no database, one run is enough.
TEST_F(WorkbookImportFixture, SeveralSheetsWithoutAChoiceAreRefusedNamingThem)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(writeRoster(path));
    WorkbookSource source;
    Error error;
    EXPECT_FALSE(source.prepare(path, QString(), ImportSettings(), &error));
    EXPECT_TRUE(source.needsSheet());
    EXPECT_TRUE(error.message.contains(QStringLiteral("“Danh sách”, “Ghi chú”"))) << error.text().toStdString();
    EXPECT_FALSE(source.prepare(path, QStringLiteral("Tháng 3"), ImportSettings(), &error));
    EXPECT_FALSE(source.needsSheet());
    EXPECT_TRUE(error.message.contains(QStringLiteral("Tháng 3"))) << error.text().toStdString();
    EXPECT_EQ(m_store->allCandidates().size(), 0);
    // By number, and a workbook of one sheet needs no choice.
    EXPECT_TRUE(source.prepare(path, QStringLiteral("1"), ImportSettings(), &error));
    EXPECT_EQ(source.sheet(), QStringLiteral("Danh sách"));
    const QString single = filePath(QStringLiteral("single.xlsx"));
    ASSERT_TRUE(writeRoster(single, true));
    EXPECT_TRUE(source.prepare(single, QString(), ImportSettings(), &error)) << error.text().toStdString();
}

TEST_P(WorkbookImportTest, ASecondImportOfTheSameSheetSkipsEveryRow)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(writeRoster(path));
    importSheet(path, QStringLiteral("1"));
    const QList<Candidate> before = m_store->allCandidates();
    ASSERT_EQ(before.size(), 3);
    // A second import of the same rows finds every channel stored: skipped, nothing added.
    const ImportReport again = importSheet(path, QStringLiteral("1"));
    EXPECT_EQ(again.skipped, 3);
    EXPECT_EQ(m_store->allCandidates().size(), 3);
}

// LibreOffice's own .ods of the same roster (tests/data/README.md). liborcus 0.17 reads its
// text, numbers, formulas' saved values and sheets; the percentages it drops, the dates,
// the hidden column and the merged title come from content.xml (OdsCellTypes).
TEST_P(WorkbookImportTest, LibreOfficeOdsImportsTheSameRows)
{
    const QString path = QStringLiteral(PLANNER_TEST_DATA "/roster-libreoffice.ods");
    WorkbookReader reader;
    ASSERT_NO_FATAL_FAILURE(openWorkbook(reader, path));
    EXPECT_EQ(reader.sheetNames(), (QStringList{QStringLiteral("Danh sách"), QStringLiteral("Ghi chú")}));
    const WorkbookTable table = reader.table(0);
    EXPECT_EQ(table.columns, (QList<int>{0, 1, 2, 3, 4, 5, 7}));
    ASSERT_EQ(table.rows.size(), 6);
    const QList<WorkbookCell> &thuCells = table.rows.at(2);
    EXPECT_EQ(thuCells.at(4).type, Type::Percent);
    EXPECT_DOUBLE_EQ(thuCells.at(4).number, 0.035);
    EXPECT_EQ(thuCells.at(6).type, Type::Date);
    EXPECT_EQ(thuCells.at(6).date, QDate(2025, 1, 28));
    const QList<WorkbookCell> &sara = table.rows.at(3);
    EXPECT_EQ(sara.at(0).text, QStringLiteral("سارا محمدی"));
    EXPECT_TRUE(sara.at(3).formula);
    EXPECT_EQ(sara.at(3).number, 80000);
    EXPECT_TRUE(reader.isMergedAway(0, 0, 3));
    EXPECT_EQ(reader.mergeOrigin(0, 0, 3).text, QStringLiteral("Danh sách KOL Tết 2025"));

    QList<ImportRejection> seen;
    const ImportReport report = importSheet(path, QStringLiteral("Danh sách"), &seen);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 3);
    ASSERT_EQ(report.rejections.size(), 1);
    EXPECT_EQ(report.rejections.first().sheetCell, QStringLiteral("'Danh sách'!D7"));
    const std::optional<Candidate> thu = stored(QStringLiteral("Nguyễn Thu Hà"));
    ASSERT_TRUE(thu);
    EXPECT_EQ(thu->channels.first().followers, 1200000);
    EXPECT_EQ(*thu->channels.first().fee, Money(15000000, QStringLiteral("VND")));
    ASSERT_TRUE(thu->channels.first().engagementRatePct);
    EXPECT_DOUBLE_EQ(*thu->channels.first().engagementRatePct, 3.5);
    EXPECT_EQ(stored(QStringLiteral("سارا محمدی"))->channels.first().followers, 80000);
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("سارا محمدی"))->channels.first().engagementRatePct, 4.25);
}

// An Excel 2003 XML workbook (SpreadsheetML) written by hand (tests/data/README.md):
// liborcus reads it; numbers typed as numbers, a percent-formatted rate as a percentage, a
// DateTime cell as a date, Vietnamese and Persian text as written.
TEST_P(WorkbookImportTest, Excel2003XmlGivesTypedCellsAndImports)
{
    const QString path = QStringLiteral(PLANNER_TEST_DATA "/roster-excel2003.xml");
    WorkbookReader reader;
    ASSERT_NO_FATAL_FAILURE(openWorkbook(reader, path));
    EXPECT_EQ(reader.sheetNames(), QStringList{QStringLiteral("Danh sách")});
    const WorkbookTable table = reader.table(0);
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows.at(0).at(3).text, QStringLiteral("Người theo dõi"));
    // Name, platform, handle, followers, rate, fee, day: each cell as its Data and style say.
    const QList<WorkbookCell> &thu = table.rows.at(1);
    QList<Type> types;
    for (const WorkbookCell &cell : thu)
        types << cell.type;
    EXPECT_EQ(types, (QList<Type>{Type::Text, Type::Text, Type::Text, Type::Number, Type::Percent,
                                  Type::Number, Type::Date}));
    EXPECT_EQ(thu.at(0).text, QStringLiteral("Nguyễn Thu Hà"));
    EXPECT_EQ(thu.at(3).number, 1200000);
    EXPECT_DOUBLE_EQ(thu.at(4).number, 0.035);
    EXPECT_EQ(thu.at(5).number, 15000000);
    EXPECT_EQ(thu.at(6).date, QDate(2025, 1, 28));
    const QList<WorkbookCell> &sara = table.rows.at(2);
    EXPECT_EQ(sara.at(2).text, QStringLiteral("@سارا"));
    EXPECT_EQ(sara.at(6).date, QDate(2025, 2, 1));
    EXPECT_EQ(table.rows.at(3).at(3).type, Type::Text);

    const ImportReport report = importSheet(path, QString());
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 2);
    ASSERT_EQ(report.rejections.size(), 1);
    EXPECT_EQ(report.rejections.first().sheetCell, QStringLiteral("'Danh sách'!D4"));
    const std::optional<Candidate> stored = this->stored(QStringLiteral("سارا محمدی"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->channels.first().followers, 80000);
    ASSERT_TRUE(stored->channels.first().engagementRatePct);
    EXPECT_DOUBLE_EQ(*stored->channels.first().engagementRatePct, 4.25);
    EXPECT_EQ(*stored->channels.first().fee, Money(2500000, QStringLiteral("VND")));
}

TEST_P(WorkbookImportTest, AHundredThousandRowsImportWhole)
{
    constexpr int people = 100000;
    const QString path = filePath(QStringLiteral("large.xlsx"));
    ASSERT_TRUE(writeLargeRoster(path, people));
    const ImportReport report = importSheet(path, QString());
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, people);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(count(QStringLiteral("channels")), people);
    // The last row, its percentage typed as a percentage.
    const std::optional<Candidate> last = stored(QStringLiteral("Nguyễn Văn %1").arg(people - 1));
    ASSERT_TRUE(last);
    const Channel &channel = last->channels.first();
    EXPECT_EQ(channel.handle, QStringLiteral("@nv_%1").arg(people - 1));
    EXPECT_EQ(channel.followers, 1000 + people - 1);
    EXPECT_NEAR(*channel.engagementRatePct, 100 * (0.01 + ((people - 1) % 50) / 1000.0), 1e-9);
    EXPECT_EQ(*channel.fee, Money(1000000 + 1000 * ((people - 1) % 300), QStringLiteral("VND")));
}

// Candidates the .xlsx export writes (English keys) come back the same through the workbook
// import: typed numbers, percentages and money read as the workbook holds them.
TEST_P(WorkbookImportTest, ExportedWorkbookImportsBackTheSameCandidates)
{
    Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("@thuha"), 1200000);
    tiktok.engagementRatePct = 3.5;
    tiktok.avgViews = 400000;
    tiktok.fee = Money(15000000, QStringLiteral("VND"));
    tiktok.authenticityPct = 82.25;
    Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@thu.ha"), 90000);
    instagram.engagementRatePct = 0.9;
    Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@سارا"), 12500);
    sara.fee = Money(2500000, QStringLiteral("IRR"));
    Channel putri = makeChannel(Platform::YouTube, QStringLiteral("-putri"), 5000);
    putri.fee = Money(25050, QStringLiteral("USD"));
    for (const Candidate &candidate :
         {makeCandidate(QStringLiteral("Nguyễn Thu Hà"), CandidateKind::Kol, {tiktok, instagram},
                        {QStringLiteral("beauty"), QStringLiteral("food")},
                        {QStringLiteral("VN"), QStringLiteral("VN-SG")}),
          makeCandidate(QStringLiteral("سارا محمدی"), CandidateKind::Creator, {sara}, {QStringLiteral("travel")},
                        {QStringLiteral("IR")}),
          makeCandidate(QStringLiteral("=cmd|' /C calc'!A0"), CandidateKind::Koc, {putri})})
        ASSERT_TRUE(m_store->add(candidate));
    QList<Candidate> expected;
    for (const Candidate &candidate : m_store->allCandidates())
        expected << withoutIds(candidate);

    const QString path = filePath(QStringLiteral("all.xlsx"));
    Error error;
    ASSERT_TRUE(CandidateExport(*m_store).exportWorkbook(path, {}, {}, WorkbookOptions(), &error))
        << error.text().toStdString();
    TestDatabase copyPlace; // a database of its own on the same engine
    const QString copy = copyPlace.create(m_backend, m_dir, QStringLiteral("copy.sqlite"));
    ASSERT_FALSE(copy.isEmpty());
    auto database = Database::open(copy, Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(database);
    WorkbookSource source;
    ASSERT_TRUE(source.prepare(path, QString(), ImportSettings(), &error)) << error.text().toStdString();
    const ImportReport report = CandidateImport(copy).runWorkbook(source, {}, {});
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(report.rejected, 0)
        << (report.rejections.isEmpty() ? std::string() : report.rejections.first().text().toStdString());
    QList<Candidate> back;
    for (const Candidate &candidate : CandidateStore(*database).allCandidates())
        back << withoutIds(candidate);
    const auto byName = [](const Candidate &a, const Candidate &b) { return a.name < b.name; };
    std::sort(back.begin(), back.end(), byName);
    std::sort(expected.begin(), expected.end(), byName);
    EXPECT_EQ(back, expected);
}

// Reads the file only: no database, one run is enough.
TEST_F(WorkbookImportFixture, NotAWorkbookIsSaidSo)
{
    const QString path = filePath(QStringLiteral("list.xlsx"));
    ASSERT_TRUE(writeBytes(path, "name,handle\nA,@a\n"));
    EXPECT_FALSE(WorkbookReader::isWorkbook(path));
    WorkbookSource source;
    Error error;
    EXPECT_FALSE(source.prepare(path, QString(), ImportSettings(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("list.xlsx"))) << error.text().toStdString();
    const QString broken = filePath(QStringLiteral("broken.xlsx"));
    const QString good = filePath(QStringLiteral("good.xlsx"));
    ASSERT_TRUE(writeRoster(good));
    ASSERT_TRUE(writeBytes(broken, fileBytes(good).left(2000)));
    EXPECT_FALSE(source.prepare(broken, QString(), ImportSettings(), &error));
    EXPECT_FALSE(error.message.isEmpty());
}

} // namespace
} // namespace planner::test
