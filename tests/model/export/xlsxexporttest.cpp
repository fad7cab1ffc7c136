// The .xlsx exports read back with liborcus (WorkbookReader): every cell's type and value
// against the rows the CSV export writes, typed numbers, money and percentages, text that
// looks like a formula kept as text, headers in the interface language, and a file that is
// replaced whole or not at all.
#include "modeltestsupport.h"

#include "csv/csvpreset.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "export/candidateexport.h"
#include "export/shortlistexport.h"
#include "export/xlsxworkbookwriter.h"
#include "import/workbookreader.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"

#include <QBuffer>
#include <QDir>

namespace planner::test {
namespace {

using Type = WorkbookCell::Type;

class XlsxExportTest : public StoreTest
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

    std::unique_ptr<CampaignStore> m_campaigns;
    qint64 m_thu = 0, m_sara = 0, m_formula = 0;
};

TEST_F(XlsxExportTest, CandidateWorkbookHasEveryCellOfTheCsvTyped)
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

TEST_F(XlsxExportTest, ShortlistWorkbookInDongHasWholeDongAmounts)
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

TEST_F(XlsxExportTest, HeadersInTheInterfaceLanguageOrKeys)
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

TEST_F(XlsxExportTest, ACancelledOrFailedExportLeavesTheOldFile)
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

TEST_F(XlsxExportTest, SheetNamesASpreadsheetAccepts)
{
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QStringLiteral("a[b]:c*d?e/f\\g")),
              QStringLiteral("a b  c d e f g"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QString()), QStringLiteral("Sheet1"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QStringLiteral("'x'")), QStringLiteral("x"));
    EXPECT_EQ(XlsxWorkbookWriter::sheetNameFor(QString(40, u'ا')).size(), 31);
}

} // namespace
} // namespace planner::test
