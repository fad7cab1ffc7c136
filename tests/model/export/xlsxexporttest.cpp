// The .xlsx exports read back with liborcus (WorkbookReader): every cell's type and value
// against the rows the CSV export writes, typed numbers, money and percentages, text that
// looks like a formula kept as text, headers in the interface language, and a file that is
// replaced whole or not at all; thousands of rows; the archive and its XML checked by unzip
// and xmllint, and the workbook read by LibreOffice itself.
#include "modeltestsupport.h"

#include "csv/csvpreset.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "demo/syntheticcandidates.h"
#include "export/candidateexport.h"
#include "export/shortlistexport.h"
#include "export/xlsxworkbookwriter.h"
#include "export/xlsxxml.h"
#include "import/workbookreader.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace planner::test {
namespace {

using Type = WorkbookCell::Type;

class XlsxExportTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
        Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@thuha.skin"), 52000);
        instagram.engagementRatePct = 3.456;
        instagram.fee = Money(2500000, QStringLiteral("VND"));
        instagram.authenticityPct = 91.25;
        Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("thu.tt"), 1250000);
        tiktok.avgViews = 400000;
        m_thu = add(makeCandidate(QStringLiteral("Trần Thu Hà"), CandidateKind::Kol, {instagram, tiktok},
                                  {QStringLiteral("beauty"), QStringLiteral("food")},
                                  {QStringLiteral("VN-SG")}));
        Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@سارا"), 80000);
        sara.fee = Money(25050, QStringLiteral("USD"));
        m_sara = add(makeCandidate(QStringLiteral("سارا محمدی"), CandidateKind::Influencer, {sara}, {},
                                   {QStringLiteral("IR")}));
        m_formula = add(makeCandidate(QStringLiteral("=HYPERLINK(\"x\")"), CandidateKind::Koc,
                                      {makeChannel(Platform::YouTube, QStringLiteral("-5"), 900)}));
    }

    void TearDown() override
    {
        m_campaigns.reset();
        StoreTest::TearDown();
    }

    qint64 add(const Candidate &candidate)
    {
        Error error;
        const auto id = m_store->add(candidate, &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }

    ShortlistExport shortlistInDong()
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết: launch/2025");
        campaign.budget = Money(500000000, QStringLiteral("VND"));
        const qint64 id = *m_campaigns->create(campaign);
        for (const auto &[candidate, platform] :
             {std::pair{m_thu, Platform::Instagram}, std::pair{m_sara, Platform::Instagram},
              std::pair{m_formula, Platform::YouTube}}) {
            ShortlistEntry e;
            e.campaignId = id;
            e.candidateId = candidate;
            e.platform = platform;
            e.deliverables = 2;
            e.notes = QStringLiteral("+1 story");
            EXPECT_TRUE(m_campaigns->addEntry(e));
        }
        QHash<qint64, Candidate> candidates;
        for (const qint64 c : {m_thu, m_sara, m_formula})
            candidates.insert(c, *m_store->find(c));
        return ShortlistExport(*m_campaigns->find(id), m_campaigns->entries(id), candidates, projection());
    }

    static WorkbookTable readBack(const QString &path)
    {
        WorkbookReader reader;
        Error error;
        EXPECT_TRUE(reader.open(path, &error)) << error.text().toStdString();
        EXPECT_EQ(reader.sheetNames().size(), 1);
        return reader.table(0);
    }

    // The CSV the same export writes (plain, keys), as rows of text.
    static QList<QStringList> csvRows(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvDialect());
        QList<QStringList> rows;
        CsvRecord record;
        while (reader.next(record)) {
            QStringList row = record.toStringList();
            for (QString &field : row)
                field = CsvWriter::restoreNeutralised(field);
            rows << row;
        }
        return rows;
    }

    // Each cell of the workbook against the CSV's field: text as text, figures as numbers
    // of the same value (percentages as fractions), empty as empty.
    static void expectSameCells(const WorkbookTable &table, const QList<QStringList> &csv,
                                const QList<int> &percentColumns)
    {
        ASSERT_EQ(table.rows.size(), csv.size());
        for (qsizetype r = 0; r < csv.size(); ++r) {
            ASSERT_EQ(table.rows.at(r).size(), csv.at(r).size()) << r;
            for (qsizetype c = 0; c < csv.at(r).size(); ++c) {
                SCOPED_TRACE(WorkbookReader::cellReference(table.sheet, int(r), int(c)).toStdString());
                const WorkbookCell &cell = table.rows.at(r).at(c);
                const QString &field = csv.at(r).at(c);
                EXPECT_FALSE(cell.formula);
                bool isNumber = false;
                const double number = field.toDouble(&isNumber);
                if (field.isEmpty()) {
                    EXPECT_EQ(cell.type, Type::Empty);
                } else if (r > 0 && isNumber && percentColumns.contains(int(c))) {
                    EXPECT_EQ(cell.type, Type::Percent);
                    EXPECT_DOUBLE_EQ(cell.number * 100, number);
                } else if (r > 0 && isNumber && cell.type != Type::Text) {
                    EXPECT_EQ(cell.type, Type::Number);
                    EXPECT_DOUBLE_EQ(cell.number, number);
                } else {
                    EXPECT_EQ(cell.type, Type::Text);
                    EXPECT_EQ(cell.text, field);
                }
            }
        }
    }

    // Runs a program to its end and returns its standard output; a failure says which.
    static QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(180000)) << program.toStdString();
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << program.toStdString();
        EXPECT_EQ(process.exitCode(), 0)
            << program.toStdString() << ": " << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput();
    }

    // The candidates as a workbook, and the plain CSV of the same export.
    QByteArray exportCandidates(const QString &path)
    {
        CandidateExport exporter(*m_store);
        Error error;
        EXPECT_TRUE(exporter.exportWorkbook(path, CandidateFilter(), CandidateSort(), WorkbookOptions(), &error))
            << error.text().toStdString();
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        EXPECT_TRUE(exporter.write(&csv, CandidateFilter(), CandidateSort(), CsvPreset::plain()));
        return csv.data();
    }

    std::unique_ptr<CampaignStore> m_campaigns;
    qint64 m_thu = 0, m_sara = 0, m_formula = 0;
};

using XlsxExportTest = OnBothBackends<XlsxExportTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(XlsxExportTest);

TEST_P(XlsxExportTest, CandidateWorkbookHasEveryCellOfTheCsvTyped)
{
    const QString path = filePath(QStringLiteral("candidates.xlsx"));
    CandidateExport exporter(*m_store);
    WorkbookOptions options;
    options.sheetName = QStringLiteral("Candidates");
    Error error;
    ASSERT_TRUE(exporter.exportWorkbook(path, CandidateFilter(), CandidateSort(), options, &error))
        << error.text().toStdString();
    EXPECT_EQ(exporter.rowsWritten(), 4);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exporter.write(&csv, CandidateFilter(), CandidateSort(), CsvPreset::plain()));
    const WorkbookTable table = readBack(path);
    EXPECT_EQ(table.sheet, QStringLiteral("Candidates"));
    expectSameCells(table, csvRows(csv.data()), {7, 11});

    // A few cells said outright: the formula-like name and handle are text, money a number.
    const QList<WorkbookCell> &formula = table.rows.at(1);
    EXPECT_EQ(formula.at(1).type, Type::Text);
    EXPECT_EQ(formula.at(1).text, QStringLiteral("=HYPERLINK(\"x\")"));
    EXPECT_EQ(formula.at(5).text, QStringLiteral("-5"));
    const QList<WorkbookCell> &thu = table.rows.at(2);
    EXPECT_EQ(thu.at(5).text, QStringLiteral("@thuha.skin"));
    EXPECT_EQ(thu.at(6).type, Type::Number);
    EXPECT_EQ(thu.at(6).number, 52000);
    EXPECT_EQ(thu.at(7).type, Type::Percent);
    EXPECT_DOUBLE_EQ(thu.at(7).number, 0.0346);
    EXPECT_EQ(thu.at(9).type, Type::Number);
    EXPECT_EQ(thu.at(9).number, 2500000);
    EXPECT_EQ(table.rows.at(4).at(1).text, QStringLiteral("سارا محمدی"));
    EXPECT_EQ(table.rows.at(4).at(9).number, 250.5);
}

TEST_P(XlsxExportTest, ShortlistWorkbookInDongHasWholeDongAmounts)
{
    const ShortlistExport shortlist = shortlistInDong();
    const QString path = filePath(QStringLiteral("tet.xlsx"));
    WorkbookOptions options;
    options.sheetName = QStringLiteral("Tết: launch/2025");
    options.rightToLeft = true;
    Error error;
    ASSERT_TRUE(shortlist.exportWorkbook(path, options, &error)) << error.text().toStdString();
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(shortlist.write(&csv, CsvPreset::plain()));
    const WorkbookTable table = readBack(path);
    // ':' and '/' are not allowed in a sheet name.
    EXPECT_EQ(table.sheet, QStringLiteral("Tết  launch 2025"));
    expectSameCells(table, csvRows(csv.data()), {});
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        for (const int c : {12, 13, 14}) {
            const WorkbookCell &cell = table.rows.at(r).at(c);
            if (cell.type == Type::Number)
                EXPECT_EQ(cell.number, std::round(cell.number)) << r << ' ' << c;
        }
    }
    EXPECT_EQ(table.rows.at(1).at(13).type, Type::Number);
}

TEST_P(XlsxExportTest, HeadersInTheInterfaceLanguageOrKeys)
{
    const ShortlistExport shortlist = shortlistInDong();
    const QString path = filePath(QStringLiteral("titles.xlsx"));
    WorkbookOptions options;
    options.localizedHeaders = true;
    ASSERT_TRUE(shortlist.exportWorkbook(path, options));
    const auto header = [&] {
        const WorkbookTable table = readBack(path);
        QStringList texts;
        for (const WorkbookCell &cell : table.rows.first())
            texts << cell.text;
        return texts;
    };
    EXPECT_EQ(header(), ShortlistExport::titles());
    options.localizedHeaders = false;
    ASSERT_TRUE(shortlist.exportWorkbook(path, options));
    EXPECT_EQ(header(), ShortlistExport::columns());
}

TEST_P(XlsxExportTest, ACancelledOrFailedExportLeavesTheOldFile)
{
    const QString path = filePath(QStringLiteral("old.xlsx"));
    ASSERT_TRUE(writeBytes(path, "old"));
    CandidateExport exporter(*m_store);
    Error error;
    EXPECT_FALSE(exporter.exportWorkbook(path, CandidateFilter(), CandidateSort(), WorkbookOptions(),
                                         &error, [](qint64) { return false; }));
    EXPECT_TRUE(error.message.contains(QStringLiteral("cancelled"))) << error.text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("old"));
    const QString blocked = filePath(QStringLiteral("old.xlsx/inside.xlsx"));
    EXPECT_FALSE(exporter.exportWorkbook(blocked, CandidateFilter(), CandidateSort(),
                                         WorkbookOptions(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("inside.xlsx"))) << error.text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("old"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("xlsx")),
              QStringList{QStringLiteral("old.xlsx")});
}

// Rows enough for the sheet to be deflated in many slices joined into one stream.
TEST_P(XlsxExportTest, ThousandsOfRowsReadBackCellForCell)
{
    SyntheticCandidates source(20);
    int made = 0;
    ASSERT_TRUE(m_store->addMany([&](Candidate &candidate) {
        candidate = source.next();
        return made++ < 2500;
    }));
    const QString path = filePath(QStringLiteral("many.xlsx"));
    const QList<QStringList> csv = csvRows(exportCandidates(path));
    ASSERT_GT(csv.size(), 3000);
    expectSameCells(readBack(path), csv, {7, 11});
}

TEST_P(XlsxExportTest, NumbersReadBackExactly)
{
    const QString path = filePath(QStringLiteral("numbers.xlsx"));
    const QList<double> counts{25000000, 1e20, 1e-7, 0.1 + 0.2, -3.25, 123456789.123};
    Error error;
    ASSERT_TRUE(XlsxWorkbookWriter::saveFile(
        path, WorkbookOptions(),
        [&](XlsxWorkbookWriter &writer) {
            writer.addHeader({QStringLiteral("count"), QStringLiteral("rate")});
            for (const double count : counts) {
                writer.addCount(count);
                writer.addPercent(0.01);
                writer.endRow();
            }
            return true;
        },
        &error))
        << error.text().toStdString();
    const WorkbookTable table = readBack(path);
    ASSERT_EQ(table.rows.size(), counts.size() + 1);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        EXPECT_EQ(table.rows.at(i + 1).at(0).type, Type::Number) << i;
        EXPECT_EQ(table.rows.at(i + 1).at(0).number, counts.at(i)) << i;
        EXPECT_EQ(table.rows.at(i + 1).at(1).type, Type::Percent) << i;
        EXPECT_EQ(table.rows.at(i + 1).at(1).number, 0.0001) << i;
    }
}

// Excel's and LibreOffice's last row: one row more is refused whole, the old file kept.
TEST_P(XlsxExportTest, ASheetPastTheLastRowASpreadsheetHasIsRefused)
{
    const QString path = filePath(QStringLiteral("full.xlsx"));
    ASSERT_TRUE(writeBytes(path, "old"));
    const auto rows = [](quint32 count) {
        return [count](XlsxWorkbookWriter &writer) {
            writer.addHeader({QStringLiteral("n")});
            for (quint32 row = 1; row <= count && writer.isOk(); ++row) {
                writer.addInteger(row);
                writer.endRow();
            }
            return writer.isOk();
        };
    };
    Error error;
    EXPECT_FALSE(XlsxWorkbookWriter::saveFile(path, WorkbookOptions(),
                                              rows(XlsxWorkbookWriter::maximumRows), &error));
    EXPECT_TRUE(error.text().contains(QLocale().toString(XlsxWorkbookWriter::maximumRows)))
        << error.text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("old"));
    EXPECT_TRUE(XlsxWorkbookWriter::saveFile(path, WorkbookOptions(),
                                             rows(XlsxWorkbookWriter::maximumRows - 1), &error))
        << error.text().toStdString();
    EXPECT_TRUE(fileBytes(path).startsWith("PK\x03\x04"));
}

// unzip checks every part's CRC and size, xmllint that every part is well-formed XML; the
// layout a reader sees (right to left, frozen header, autofilter, print titles, the dong's
// format) is in the parts.
TEST_P(XlsxExportTest, TheArchiveAndEveryPartCheckOut)
{
    for (const char *tool : {"unzip", "xmllint"})
        ASSERT_FALSE(QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            << tool << " is missing: scripts/setup.sh installs it";
    const ShortlistExport shortlist = shortlistInDong();
    const QString path = filePath(QStringLiteral("parts.xlsx"));
    WorkbookOptions options;
    options.sheetName = QStringLiteral("Tết <VN> & 'co'");
    options.rightToLeft = true;
    ASSERT_TRUE(shortlist.exportWorkbook(path, options));
    run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    const QStringList parts = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(parts, (QStringList{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                  QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
                                  QStringLiteral("xl/styles.xml"), QStringLiteral("xl/sharedStrings.xml"),
                                  QStringLiteral("xl/worksheets/sheet1.xml")}));
    const QString folder = filePath(QStringLiteral("parts"));
    run(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), folder});
    for (const QString &part : parts) {
        SCOPED_TRACE(part.toStdString());
        run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), folder + QLatin1Char('/') + part});
    }
    const QByteArray sheet = fileBytes(folder + QStringLiteral("/xl/worksheets/sheet1.xml"));
    const QByteArray last = XlsxXml::columnName(int(ShortlistExport::columns().size()) - 1).c_str();
    EXPECT_TRUE(sheet.contains("<sheetView rightToLeft=\"1\"")) << sheet.left(600).toStdString();
    EXPECT_TRUE(sheet.contains("state=\"frozen\""));
    EXPECT_TRUE(sheet.contains(QByteArray("<autoFilter ref=\"A1:" + last + "4\"/>")));
    EXPECT_TRUE(sheet.contains("orientation=\"landscape\""));
    const QByteArray workbook = fileBytes(folder + QStringLiteral("/xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains(QByteArray("'Tết &lt;VN&gt; &amp; ''co'!$A$1:$" + last + "$4")))
        << workbook.toStdString();
    EXPECT_TRUE(workbook.contains("'!$1:$1</definedName>"));
    EXPECT_TRUE(fileBytes(folder + QStringLiteral("/xl/styles.xml")).contains("#,##0 &quot;VND&quot;"));
}

// LibreOffice (what a marketer on Linux opens the file in) converts the workbook to CSV:
// every value is the one the CSV export writes, and text stays text (never evaluated).
TEST_P(XlsxExportTest, LibreOfficeReadsEveryValue)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice is not installed: scripts/setup.sh installs libreoffice-calc-nogui";
    const QString path = filePath(QStringLiteral("for-libreoffice.xlsx"));
    const QList<QStringList> ours = csvRows(exportCandidates(path));
    // A profile of its own: no clash with another LibreOffice running. The filter's tokens:
    // comma, quote, UTF-8, from line 1, standard cells, language, then values, not as shown.
    run(soffice, {QStringLiteral("-env:UserInstallation=")
                      + QUrl::fromLocalFile(filePath(QStringLiteral("profile"))).toString(),
                  QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"),
                  QStringLiteral("--outdir"), filePath(QStringLiteral("converted")), path});
    const QList<QStringList> theirs =
        csvRows(fileBytes(filePath(QStringLiteral("converted/for-libreoffice.csv"))));
    ASSERT_EQ(theirs.size(), ours.size());
    EXPECT_EQ(theirs.first(), CandidateExport::columns());
    for (qsizetype r = 1; r < ours.size(); ++r) {
        ASSERT_EQ(theirs.at(r).size(), ours.at(r).size()) << r;
        for (qsizetype c = 0; c < ours.at(r).size(); ++c) {
            SCOPED_TRACE(QStringLiteral("row %1, column %2").arg(r).arg(c).toStdString());
            QString field = theirs.at(r).at(c);
            const QString &expected = ours.at(r).at(c);
            // A percentage comes out as shown ("3.46%"); the CSV writes the percentage.
            if (c == 7 || c == 11) {
                EXPECT_EQ(field.endsWith(QLatin1Char('%')), !expected.isEmpty());
                field.chop(field.endsWith(QLatin1Char('%')) ? 1 : 0);
            }
            bool number = false;
            const double value = expected.toDouble(&number);
            if (number)
                EXPECT_DOUBLE_EQ(field.toDouble(), value) << field.toStdString();
            else
                EXPECT_EQ(field, expected);
        }
    }
    EXPECT_EQ(theirs.at(1).at(1), QStringLiteral("=HYPERLINK(\"x\")"));
}

TEST_P(XlsxExportTest, SheetNamesASpreadsheetAccepts)
{
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QStringLiteral("a[b]:c*d?e/f\\g")),
              QStringLiteral("a b  c d e f g"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QString()), QStringLiteral("Sheet1"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QStringLiteral("'x'")), QStringLiteral("x"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QString(40, u'ا')).size(), 31);
}

} // namespace
} // namespace planner::test
