// CandidateExport and ShortlistExport on a real file: the rows as filtered and sorted, the
// exact bytes of a small table, every projected figure of a shortlist, progress and cancel.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "export/candidateexport.h"
#include "csv/csvwriter.h"
#include "storage/exchangeratestore.h"
#include "export/shortlistexport.h"
#include "demo/syntheticcandidates.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>

namespace planner::test {
namespace {

class ExportTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
    }

    void TearDown() override
    {
        m_campaigns.reset();
        StoreTest::TearDown();
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }

    qint64 add(const Candidate &candidate)
    {
        Error error;
        const auto id = m_store->add(candidate, &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    // Three candidates, four channels: Vietnamese and Persian names, a formula for a name.
    void addThree()
    {
        Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@thu"), 52000);
        instagram.engagementRatePct = 3.5;
        instagram.fee = Money(2500000, QStringLiteral("VND"));
        instagram.authenticityPct = 91.25;
        Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("thu.tt"), 1250000);
        tiktok.avgViews = 400000;
        m_thu = add(makeCandidate(QStringLiteral("Trần Thu"), CandidateKind::Kol, {instagram, tiktok},
                                  {QStringLiteral("beauty"), QStringLiteral("food")},
                                  {QStringLiteral("VN-SG")}));
        Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@سارا"), 80000);
        sara.fee = Money(25000, QStringLiteral("USD"));
        m_sara = add(makeCandidate(QStringLiteral("سارا محمدی"), CandidateKind::Influencer, {sara},
                                   {}, {QStringLiteral("IR")}));
        m_formula = add(makeCandidate(QStringLiteral("=HYPERLINK(\"x\"); Co"), CandidateKind::Koc,
                                      {makeChannel(Platform::YouTube, QStringLiteral("-dash"), 900)}));
    }

    // A campaign in dollars with an agreed fee (and a note that looks like a formula), a
    // channel without a fee, a declined entry and the formula-named candidate.
    qint64 addShortlistOfFour()
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết");
        campaign.budget = Money(2500000, QStringLiteral("USD"));
        const qint64 campaignId = m_campaigns->create(campaign).value_or(0);
        const auto entry = [&](qint64 candidateId, Platform platform, int count) {
            ShortlistEntry e;
            e.campaignId = campaignId;
            e.candidateId = candidateId;
            e.platform = platform;
            e.deliverables = count;
            return e;
        };
        ShortlistEntry agreed = entry(m_thu, Platform::Instagram, 2);
        agreed.agreedFee = Money(12050, QStringLiteral("USD"));
        agreed.notes = QStringLiteral("+1 story free");
        ShortlistEntry declined = entry(m_sara, Platform::Instagram, 1);
        declined.status = EntryStatus::Declined;
        for (const ShortlistEntry &e : {agreed, entry(m_thu, Platform::TikTok, 3), declined,
                                        entry(m_formula, Platform::YouTube, 1)})
            EXPECT_TRUE(m_campaigns->addEntry(e));
        return campaignId;
    }

    QStringList folderEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<CampaignStore> m_campaigns;
    qint64 m_thu = 0, m_sara = 0, m_formula = 0;
};

using ExportTest = OnBothBackends<ExportTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ExportTest);

TEST_P(ExportTest, CandidateColumnsAreStableKeys)
{
    EXPECT_EQ(CandidateExport::columns().join(QLatin1Char(',')),
              QStringLiteral("id,name,kind,tier,platform,handle,followers,engagement_rate_pct,"
                             "avg_views,fee,currency,authenticity_pct,niches,regions,languages"));
}

TEST_P(ExportTest, CandidateTableInTheExcelPresetOfAVietnameseInterface)
{
    addThree();
    const QString path = filePath(QStringLiteral("candidates.csv"));
    CandidateExport csv(*m_store);
    Error error;
    ASSERT_TRUE(csv.exportTo(path, CandidateFilter(), CandidateSort(),
                             CsvPreset::excel(QLocale(QLocale::Vietnamese)), &error))
        << error.text().toStdString();
    EXPECT_EQ(csv.rowsWritten(), 4);
    // By name: the formula first ('=' sorts before letters), Latin before Arabic script; one
    // row per channel.
    EXPECT_EQ(fileBytes(path),
              QByteArray("\xEF\xBB\xBF"
                         "id;name;kind;tier;platform;handle;followers;engagement_rate_pct;avg_views;"
                         "fee;currency;authenticity_pct;niches;regions;languages\r\n"
                         "3;\"'=HYPERLINK(\"\"x\"\"); Co\";koc;nano;youtube;'-dash;900;;;;;;;;\r\n"
                         "1;Tr\xE1\xBA\xA7n Thu;kol;micro;instagram;@thu;52000;3.5;;2500000;VND;91.25;"
                         "beauty|food;VN-SG;\r\n"
                         "1;Tr\xE1\xBA\xA7n Thu;kol;mega;tiktok;thu.tt;1250000;;400000;;;;beauty|food;VN-SG;\r\n"
                         "2;\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF\xDB\x8C;"
                         "influencer;micro;instagram;@\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7;80000;;;250.00;USD;;;IR;\r\n"));
}

TEST_P(ExportTest, CandidateTableFollowsTheFilterAndTheSort)
{
    addThree();
    CandidateFilter filter;
    filter.platform = Platform::Instagram;
    CandidateSort sort;
    sort.key = CandidateSortKey::Followers;
    sort.descending = true;
    const QString path = filePath(QStringLiteral("instagram.csv"));
    CandidateExport csv(*m_store);
    ASSERT_TRUE(csv.exportTo(path, filter, sort, CsvPreset::plain()));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, and the empty rest after the last LF
    EXPECT_TRUE(lines.at(1).startsWith("2,")) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).startsWith("1,")) << lines.at(2).toStdString();
    EXPECT_TRUE(lines.at(3).isEmpty());
}

TEST_P(ExportTest, CandidateExportReportsProgressAndACancelKeepsTheOldFile)
{
    SyntheticCandidates generator;
    int made = 0;
    ASSERT_TRUE(m_store->addMany([&](Candidate &candidate) {
        candidate = generator.next();
        return made++ < 2500;
    }));
    const qint64 rows = m_store->rowCount(CandidateFilter());
    const QString path = filePath(QStringLiteral("all.csv"));
    CandidateExport csv(*m_store);
    QList<qint64> reported;
    ASSERT_TRUE(csv.exportTo(path, {}, {}, CsvPreset::plain(), nullptr, [&](qint64 written) {
        reported << written;
        return true;
    }));
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.first(), 1000);
    EXPECT_EQ(reported.last(), rows);
    EXPECT_EQ(csv.rowsWritten(), rows);
    EXPECT_EQ(fileBytes(path).count('\n'), rows + 1);

    const QByteArray before = fileBytes(path);
    Error error;
    EXPECT_FALSE(csv.exportTo(path, {}, {}, CsvPreset::excel(QLocale(QLocale::Persian)), &error,
                              [](qint64 written) { return written < 2000; }));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(folderEntries().filter(QStringLiteral("all")), QStringList{QStringLiteral("all.csv")});
}

TEST_P(ExportTest, ShortlistHasEveryProjectedFigureAndWhereTheFeeCameFrom)
{
    addThree();
    const qint64 campaignId = addShortlistOfFour();
    const Campaign campaign = *m_campaigns->find(campaignId);
    const QList<ShortlistEntry> entries = m_campaigns->entries(campaignId);
    QHash<qint64, Candidate> candidates;
    for (const qint64 id : {m_thu, m_sara, m_formula})
        candidates.insert(id, *m_store->find(id));

    const ShortlistExport csv(campaign, entries, candidates, projection());
    const QString path = filePath(QStringLiteral("shortlist.csv"));
    ASSERT_TRUE(csv.exportTo(path, CsvPreset::plain()));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(QString::fromUtf8(lines.at(0)), ShortlistExport::columns().join(QLatin1Char(',')));
    EXPECT_EQ(ShortlistExport::columns().size(), 24);
    for (int i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        const ProjectedFigures f =
            projection().project(candidates.value(entries.at(i).candidateId), entries.at(i),
                                 QStringLiteral("USD"));
        const QList<QByteArray> row = lines.at(i + 1).split(',');
        ASSERT_EQ(row.size(), 24) << lines.at(i + 1).toStdString();
        EXPECT_EQ(row.at(7), CsvWriter::number(f.uniqueReach).toLatin1());
        EXPECT_EQ(row.at(8), CsvWriter::number(f.impressions).toLatin1());
        EXPECT_EQ(row.at(9), CsvWriter::number(f.engagements).toLatin1());
        EXPECT_EQ(row.at(10), f.cost ? f.cost->toDecimalString().toLatin1() : QByteArray());
        EXPECT_EQ(row.at(11), QByteArray("USD"));
        // Amounts in the campaign's currency to its minor unit, cents here (issue 20).
        const auto cents = [](const std::optional<double> &value) {
            return value ? QByteArray::number(std::round(*value * 100) / 100, 'f', 2) : QByteArray();
        };
        EXPECT_EQ(row.at(12), cents(f.cpm));
        EXPECT_EQ(row.at(13), cents(f.cpe));
        EXPECT_EQ(row.at(14), cents(f.emv));
        EXPECT_EQ(row.at(20), ShortlistExport::defaultsKeys(f.defaults).toLatin1());
    }
    EXPECT_EQ(lines.at(1), QByteArray("1,Tr\xE1\xBA\xA7n Thu,kol,micro,instagram,post,2,")
                               + lines.at(1).split(',').mid(7, 9).join(',')
                               + ",@thu,120.50,USD,agreed,reach_rate,'+1 story free,,");
    const QList<QByteArray> tiktok = lines.at(2).split(',');
    EXPECT_EQ(tiktok.at(16), QByteArray("thu.tt"));
    EXPECT_EQ(tiktok.at(19), QByteArray("default"));
    EXPECT_EQ(tiktok.at(20), QByteArray("engagement_rate|fee|authenticity"));
    const QList<QByteArray> sara = lines.at(3).split(',');
    EXPECT_EQ(sara.at(15), QByteArray("declined"));
    EXPECT_EQ(sara.mid(17, 3), (QList<QByteArray>{"250.00", "USD", "listed"}));
    EXPECT_TRUE(lines.at(4).startsWith("3,\"'=HYPERLINK(\"\"x\"\"); Co\",koc,nano,youtube,"));
    EXPECT_TRUE(lines.at(5).isEmpty());
}

TEST_P(ExportTest, ShortlistEntryWhoseChannelIsGoneKeepsItsRowWithoutEstimates)
{
    addThree();
    Campaign campaign;
    campaign.name = QStringLiteral("Nowruz");
    campaign.budget = Money(90000000000, QStringLiteral("IRR"));
    const qint64 campaignId = *m_campaigns->create(campaign);
    ShortlistEntry e;
    e.campaignId = campaignId;
    e.candidateId = m_sara;
    e.platform = Platform::Instagram;
    ASSERT_TRUE(m_campaigns->addEntry(e));
    Candidate sara = *m_store->find(m_sara);
    sara.channels = {makeChannel(Platform::Podcast, QStringLiteral("sara-cast"), 3000)};
    ASSERT_TRUE(m_store->update(sara));

    const ShortlistExport csv(*m_campaigns->find(campaignId), m_campaigns->entries(campaignId),
                              {{m_sara, *m_store->find(m_sara)}}, projection());
    const QString path = filePath(QStringLiteral("nowruz.csv"));
    ASSERT_TRUE(csv.exportTo(path, CsvPreset::excel(QLocale(QLocale::Persian))));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(1), QByteArray("2;\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF\xDB\x8C;"
                                      "influencer;;instagram;post;1;0;0;0;;IRR;;;;prospect;;;;;"
                                      "no_channel;;;\r"));
}

TEST_P(ExportTest, ShortlistExportOverAFileAsFolderFailsAndSaysWhy)
{
    addThree();
    Campaign campaign;
    campaign.name = QStringLiteral("Lebaran");
    campaign.budget = Money(100000000, QStringLiteral("IDR"));
    const qint64 campaignId = *m_campaigns->create(campaign);
    const QString blocker = filePath(QStringLiteral("file"));
    ASSERT_TRUE(writeBytes(blocker, "x"));
    const ShortlistExport csv(*m_campaigns->find(campaignId), {}, {}, projection());
    Error error;
    EXPECT_FALSE(csv.exportTo(blocker + QStringLiteral("/lebaran.csv"), CsvPreset::plain(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("lebaran.csv"))) << error.text().toStdString();
    EXPECT_EQ(fileBytes(blocker), QByteArray("x"));
}

TEST_P(ExportTest, ShortlistInDongHasWholeDongAmountsAndRatesOfTwoDecimals)
{
    addThree();
    Campaign campaign;
    campaign.name = QStringLiteral("Tết");
    campaign.budget = Money(500000000, QStringLiteral("VND"));
    const qint64 campaignId = *m_campaigns->create(campaign);
    ShortlistEntry e;
    e.campaignId = campaignId;
    e.candidateId = m_thu;
    e.platform = Platform::Instagram;
    e.deliverables = 3;
    ASSERT_TRUE(m_campaigns->addEntry(e));
    const ShortlistExport csv(*m_campaigns->find(campaignId), m_campaigns->entries(campaignId),
                              {{m_thu, *m_store->find(m_thu)}}, projection());
    const ProjectedFigures &f = csv.figures().first();
    ASSERT_TRUE(f.cpm && f.cpe && f.emv);
    // The projection has fractions of a đồng; the file has none.
    EXPECT_NE(*f.cpe, std::round(*f.cpe));
    const QString path = filePath(QStringLiteral("tet.csv"));
    ASSERT_TRUE(csv.exportTo(path, CsvPreset::plain()));
    const QList<QByteArray> row = fileBytes(path).split('\n').at(1).split(',');
    EXPECT_EQ(row.at(11), QByteArray("VND"));
    EXPECT_EQ(row.at(12), QByteArray::number(qint64(std::llround(*f.cpm))));
    EXPECT_EQ(row.at(13), QByteArray::number(qint64(std::llround(*f.cpe))));
    EXPECT_EQ(row.at(14), QByteArray::number(qint64(std::llround(*f.emv))));

    CandidateExport candidates(*m_store);
    const QString listPath = filePath(QStringLiteral("list.csv"));
    Candidate thu = *m_store->find(m_thu);
    thu.channels[0].engagementRatePct = 3.456789;
    thu.channels[0].authenticityPct = 91.0049;
    ASSERT_TRUE(m_store->update(thu));
    ASSERT_TRUE(candidates.exportTo(listPath, CandidateFilter(), CandidateSort(), CsvPreset::plain()));
    const QByteArray bytes = fileBytes(listPath);
    EXPECT_TRUE(bytes.contains(",@thu,52000,3.46,,2500000,VND,91,beauty|food,")) << bytes.toStdString();
}

TEST_P(ExportTest, HeadersInTheInterfaceLanguageAreAChoiceAndKeysTheDefault)
{
    addThree();
    const qint64 campaignId = addShortlistOfFour();
    const ShortlistExport shortlist(*m_campaigns->find(campaignId), m_campaigns->entries(campaignId),
                                    {{m_thu, *m_store->find(m_thu)}}, projection());
    CsvPreset preset = CsvPreset::plain();
    EXPECT_FALSE(preset.localizedHeaders);
    preset.localizedHeaders = true;
    const QString path = filePath(QStringLiteral("titles.csv"));
    ASSERT_TRUE(shortlist.exportTo(path, preset));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    EXPECT_EQ(QString::fromUtf8(lines.at(0)), ShortlistExport::titles().join(QLatin1Char(',')));
    EXPECT_EQ(ShortlistExport::titles().size(), ShortlistExport::columns().size());
    EXPECT_EQ(ShortlistExport::titles().at(13), QStringLiteral("CPE"));
    EXPECT_EQ(lines.size(), 6);

    CandidateExport candidates(*m_store);
    ASSERT_TRUE(candidates.exportTo(path, CandidateFilter(), CandidateSort(), preset));
    EXPECT_EQ(QString::fromUtf8(fileBytes(path).split('\n').at(0)),
              QStringLiteral("ID,Name,Kind,Tier,Platform,Handle,Followers,Engagement rate (%),"
                             "Average views,Fee,Currency,Authenticity (%),Niches,Regions,Languages"));
    EXPECT_EQ(CandidateExport::titles().size(), CandidateExport::columns().size());
}

// An unknown follower count is an empty cell (and an empty tier), in CSV as in .xlsx's
// source rows: never 0, never a tier.
TEST_P(ExportTest, AnUnknownFollowerCountIsAnEmptyCell)
{
    Channel unknown = makeChannel(Platform::TikTok, QStringLiteral("hana.tt"), 0);
    unknown.followers.reset();
    unknown.avgViews = 25000;
    const auto id = m_store->add(makeCandidate(QStringLiteral("Hana"), CandidateKind::Koc, {unknown}));
    ASSERT_TRUE(id);
    const QString path = filePath(QStringLiteral("unknown.csv"));
    CandidateExport csv(*m_store);
    ASSERT_TRUE(csv.exportTo(path, CandidateFilter(), CandidateSort(), CsvPreset::plain()));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(1), QByteArray::number(*id) + ",Hana,koc,,tiktok,hana.tt,,,25000,,,,,,") << lines.at(1).toStdString();
}

// Issue 14: on SQLite the export writes each row from its stored bytes, without a
// CandidateRow; the file must be byte for byte the one written from CandidateRows, in both
// presets, for odd stored text too (names that need quotes or the formula guard, handles
// of any script, lists with empty items, keys and currencies in other cases, a byte order
// mark, bytes that are no UTF-8). On a server both are written from CandidateRows.
TEST_P(ExportTest, RowsWrittenFromStoredBytesAreTheRowsWrittenFromCandidateRows)
{
    addThree();
    Channel odd = makeChannel(Platform::Blog, QStringLiteral("@AB12"), 3);
    odd.fee = Money(123, QStringLiteral("BHD"));
    odd.languages = {QStringLiteral("vi"), QStringLiteral("en")};
    add(makeCandidate(QStringLiteral("Ali \"the chef\"; tab\there"), CandidateKind::Creator,
                      {odd, makeChannel(Platform::X, QStringLiteral("'@maya"), 10),
                       makeChannel(Platform::Podcast, QStringLiteral("@\u0646\u200C\u0627"), 11),
                       makeChannel(Platform::Tv, QStringLiteral("@\u212A1"), 12)},
                      {QStringLiteral("beauty")}, {QStringLiteral("IR")}));
    QSqlQuery query(connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE channels SET platform = ' TikTok ', currency = 'usd', languages = 'EN| vi|en|'"
        " WHERE handle = '@AB12'")));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE candidates SET niches = 'a||b|', regions = '|VN|'"
                                          " WHERE kind = 'creator'")));
    if (GetParam() == Backend::SQLite) {
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE channels SET handle = CAST(X'EFBBBF3D31' AS TEXT) WHERE handle = '''@maya'")));
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE candidates SET name = CAST(X'4261642080FF' AS TEXT) WHERE kind = 'koc'")));
    }
    const QList<CandidateRow> rows = allRows(*m_store, CandidateFilter());
    ASSERT_EQ(rows.size(), 8);
    for (const CsvPreset &preset : {CsvPreset::plain(), CsvPreset::excel(QLocale(QLocale::Persian))}) {
        QBuffer fromRows;
        fromRows.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&fromRows, preset);
            writer.writeRow(CandidateExport::columns());
            for (const CandidateRow &row : rows)
                CandidateExport::addRow(writer, row, m_store->tierThresholds());
            ASSERT_TRUE(writer.flush());
        }
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        CandidateExport csv(*m_store);
        Error error;
        ASSERT_TRUE(csv.write(&exported, CandidateFilter(), CandidateSort(), preset, &error))
            << error.text().toStdString();
        EXPECT_EQ(csv.rowsWritten(), 8);
        EXPECT_EQ(exported.data(), fromRows.data());
        // The odd values are there: the platform's key read in another case, the empty items.
        EXPECT_TRUE(exported.data().contains("tiktok")) << exported.data().toStdString();
        EXPECT_TRUE(exported.data().contains("a||b|")) << exported.data().toStdString();
        EXPECT_TRUE(exported.data().contains("'@AB12")) << exported.data().toStdString();
    }
}

} // namespace
} // namespace planner::test
