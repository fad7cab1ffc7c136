// Results of delivered posts imported from insights exports, through the import machinery.
#include "../resultsfixture.h"

#include "import/resultimport.h"

namespace planner::test {
namespace {

class ResultImportTestFixture : public ResultsTest
{
protected:
    ImportReport import(const QByteArray &csv)
    {
        const QString path = filePath(QStringLiteral("insights.csv"));
        EXPECT_TRUE(writeBytes(path, csv));
        ResultImport importer(results(), m_campaignId, QStringLiteral("Tết skincare"));
        ImportSettings settings;
        settings.locale = QLocale(QLocale::English);
        return importer.run(path, settings);
    }
};

using ResultImportTest = OnBothBackends<ResultImportTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ResultImportTest);

TEST_P(ResultImportTest, AnEnglishExportWithMessyValuesIsStored)
{
    const qint64 mai = addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    const ImportReport report = import("Username,Publish time,Accounts reached,Impressions,Likes,Comments,Shares,Saves,Link clicks,Fee paid (USD)\n"
                                       "mai,2026-03-14T18:02:00,\"9,100\",12.5K,640,N/A,31,12,88,$250\n");
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 0);
    const QList<DeliveryResult> stored = results().resultsOfCampaign(m_campaignId);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().entryId, mai);
    EXPECT_EQ(stored.first().date, QDate(2026, 3, 14));
    EXPECT_EQ(stored.first().figure(ResultMeasure::Reach), 9100);
    EXPECT_EQ(stored.first().figure(ResultMeasure::Impressions), 12500);
    EXPECT_FALSE(stored.first().figure(ResultMeasure::Comments).has_value());
    EXPECT_EQ(stored.first().figure(ResultMeasure::Clicks), 88);
    EXPECT_EQ(stored.first().feePaid, Money(25000, QStringLiteral("USD")));
}

TEST_P(ResultImportTest, HeadersInVietnameseIndonesianAndPersianAreRecognised)
{
    addEntry(m_campaignId, QStringLiteral("Lan"), QStringLiteral("@lan"), 30000);
    addEntry(m_campaignId, QStringLiteral("Sari"), QStringLiteral("@sari"), 60000);
    addEntry(m_campaignId, QStringLiteral("Sara"), QStringLiteral("@sara"), 80000);
    EXPECT_EQ(import("Tài khoản;Ngày đăng;Lượt tiếp cận;Lượt thích;Chi phí\n"
                     "@lan;14/03/2026;12.000;1.200;2.500.000 ₫\n").imported, 1);
    EXPECT_EQ(import("Akun;Tanggal;Jangkauan;Suka;Biaya\nsari;15.03.2026;8.500;700;Rp 1.500.000\n").imported, 1);
    // A Persian export dates its posts in the Solar Hijri calendar.
    EXPECT_EQ(import(QStringLiteral("نام کاربری,تاریخ انتشار,دسترسی,لایک\nsara,۱۴۰۵/۰۱/۱۵,۹۰۰۰,۵۰۰\n").toUtf8()).imported, 1);
    const QList<DeliveryResult> stored = results().resultsOfCampaign(m_campaignId);
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored.at(0).figure(ResultMeasure::Reach), 12000);
    EXPECT_EQ(stored.at(0).feePaid, Money(2500000, QStringLiteral("VND")));
    EXPECT_EQ(stored.at(1).figure(ResultMeasure::Reach), 8500);
    EXPECT_EQ(stored.at(1).feePaid, Money(1500000, QStringLiteral("IDR")));
    EXPECT_EQ(stored.at(2).figure(ResultMeasure::Reach), 9000);
    EXPECT_EQ(stored.at(2).figure(ResultMeasure::Likes), 500);
    EXPECT_EQ(stored.at(2).date, QDate(1405, 1, 15, QCalendar(QCalendar::System::Jalali)));
    EXPECT_EQ(stored.at(2).date, QDate(2026, 4, 4));
}

TEST_P(ResultImportTest, ARowForSomeoneNotOnTheShortlistIsRefusedWithWhereAndWhy)
{
    addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    // On the file, but on another campaign's shortlist.
    addEntry(addCampaign(QStringLiteral("Other")), QStringLiteral("Hoa"), QStringLiteral("@hoa"), 20000);
    const ImportReport report = import("Handle,Date,Reach\nmai,2026-03-14,9100\n@hoa,2026-03-14,5000\nmai,someday,10\n");
    ASSERT_FALSE(report.failed());
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 2);
    ASSERT_EQ(report.rejections.size(), 2);
    EXPECT_EQ(report.rejections.at(0).where(), filePath(QStringLiteral("insights.csv")) + QStringLiteral(":3:1"));
    EXPECT_EQ(report.rejections.at(0).reason, QStringLiteral("“@hoa” is not on the shortlist of “Tết skincare”"));
    EXPECT_EQ(report.rejections.at(1).where(), filePath(QStringLiteral("insights.csv")) + QStringLiteral(":4:5"));
    EXPECT_EQ(report.rejections.at(1).field, QStringLiteral("Date"));
    EXPECT_EQ(results().resultsOfCampaign(m_campaignId).size(), 1);
}

TEST_P(ResultImportTest, AFileWithoutADateColumnStoresNothing)
{
    addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    const ImportReport report = import("Handle,Reach\nmai,9100\n");
    EXPECT_TRUE(report.failed());
    EXPECT_TRUE(report.error.text().contains(QStringLiteral("date")));
    EXPECT_TRUE(results().resultsOfCampaign(m_campaignId).isEmpty());
}

TEST_P(ResultImportTest, PlatformAndFormatSayWhichEntryOfOneCandidate)
{
    const qint64 post = addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 45000);
    DeliveryResult none;
    ShortlistEntry story;
    story.campaignId = m_campaignId;
    story.candidateId = m_file->campaigns().findEntry(post)->candidateId;
    story.format = DeliverableFormat::Story;
    const auto storyId = m_file->campaigns().addEntry(story);
    ASSERT_TRUE(storyId);
    const ImportReport ambiguous = import("Handle,Date,Reach\nmai,2026-03-14,9100\n");
    EXPECT_EQ(ambiguous.rejected, 1);
    const ImportReport told = import("Handle,Date,Reach,Format\nmai,2026-03-14,9100,story\n");
    EXPECT_EQ(told.imported, 1);
    EXPECT_EQ(results().resultsOfCampaign(m_campaignId).first().entryId, *storyId);
}

TEST(ResultImportDates, ExportDateFormsAreRead)
{
    EXPECT_EQ(ResultImport::readDate(u"2026-03-14"), QDate(2026, 3, 14));
    EXPECT_EQ(ResultImport::readDate(u"2026-03-14T18:02:00Z"), QDate(2026, 3, 14));
    EXPECT_EQ(ResultImport::readDate(u"14/03/2026"), QDate(2026, 3, 14));
    EXPECT_EQ(ResultImport::readDate(u"14.3.2026"), QDate(2026, 3, 14));
    EXPECT_EQ(ResultImport::readDate(QStringLiteral("۲۰۲۶-۰۳-۱۴")), QDate(2026, 3, 14));
    EXPECT_EQ(ResultImport::readDate(QStringLiteral("۱۴۰۵-۰۱-۱۵")), QDate(2026, 4, 4));
    EXPECT_FALSE(ResultImport::readDate(u"yesterday").isValid());
}

} // namespace
} // namespace planner::test
