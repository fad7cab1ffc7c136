// The kinds of files marketers actually have (tests/data/import/, one small file per kind,
// made for these tests): each imported for real into a temporary campaign file, and the
// stored values checked: name, handle, platform, followers, rate, niches.
#include "modeltestsupport.h"

#include "import/candidateimport.h"
#include "import/decimalmarkvote.h"

#include <QDir>

namespace planner::test {

// On both engines: CandidateImport writes a file with its bulk writer, a server with COPY.
class ImportCorpusFixture : public StoreTest
{
protected:
    static QString corpus(const QString &name)
    {
        return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR "/import")).filePath(name);
    }

    ImportReport import(const QString &name, ImportSettings settings = {})
    {
        settings.locale = QLocale::c();
        CandidateImport importer(m_path);
        return importer.run(corpus(name), HeaderMapping(), settings);
    }

    // The one stored candidate whose name is name.
    std::optional<Candidate> stored(const QString &name) const
    {
        std::optional<Candidate> found;
        for (const Candidate &candidate : m_store->allCandidates()) {
            if (candidate.name == name) {
                EXPECT_FALSE(found) << "two candidates named " << name.toStdString();
                found = candidate;
            }
        }
        return found;
    }

    static QStringList fields(const QList<ImportRejection> &list)
    {
        QStringList result;
        for (const ImportRejection &entry : list)
            result << QStringLiteral("%1:%2").arg(entry.line).arg(entry.field);
        return result;
    }
};

using ImportCorpusTest = OnBothBackends<ImportCorpusFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ImportCorpusTest);

TEST_P(ImportCorpusTest, ATopInstagramListWithChannelInfoNeedsThePlatformAndKeepsEveryRow)
{
    // Nothing in the file says Instagram: the preview says so, and no row goes in silently.
    const ImportPreview preview = CandidateImport::preview(corpus(QStringLiteral("instagram-top-channel-info.csv")), {});
    EXPECT_FALSE(preview.platformStated);
    EXPECT_EQ(preview.mapping.field(1), ImportField::Handle);
    EXPECT_EQ(preview.mapping.field(4), ImportField::Ignored); // posts: a lifetime count
    EXPECT_EQ(preview.mapping.field(9), ImportField::Ignored); // total_likes
    const ImportReport refused = import(QStringLiteral("instagram-top-channel-info.csv"));
    EXPECT_EQ(refused.imported, 0);
    EXPECT_EQ(refused.rejected, 4);
    EXPECT_EQ(m_store->candidateCount(), 0);

    ImportSettings settings;
    settings.platform = Platform::Instagram;
    const ImportReport report = import(QStringLiteral("instagram-top-channel-info.csv"), settings);
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(report.rejected, 0);
    const auto maya = stored(QStringLiteral("maya.tan"));
    ASSERT_TRUE(maya);
    EXPECT_EQ(maya->channels.first().handle, QStringLiteral("maya.tan"));
    EXPECT_EQ(maya->channels.first().platform, Platform::Instagram);
    EXPECT_EQ(maya->channels.first().followers, 475800000);
    EXPECT_DOUBLE_EQ(*maya->channels.first().engagementRatePct, 1.39);
    EXPECT_EQ(maya->niches, (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
    EXPECT_FALSE(maya->channels.first().avgViews);
    // "N/A" is no value: no rate, no region "N" and "A".
    const auto noRate = stored(QStringLiteral("no_rate_here"));
    ASSERT_TRUE(noRate);
    EXPECT_FALSE(noRate->channels.first().engagementRatePct);
    EXPECT_TRUE(noRate->regions.isEmpty());
}

TEST_P(ImportCorpusTest, ATikTokListSaysItsPlatformInItsHeadersAndTellsNameFromAccount)
{
    const ImportReport report = import(QStringLiteral("tiktok-top-no-platform.csv"));
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.rejected, 0);
    const auto stray = stored(QStringLiteral("Stray Kids"));
    ASSERT_TRUE(stray);
    EXPECT_EQ(stray->channels.first().handle, QStringLiteral("jypestraykids"));
    EXPECT_EQ(stray->channels.first().platform, Platform::TikTok);
    EXPECT_EQ(stray->channels.first().followers, 13200000);
    EXPECT_EQ(stray->channels.first().avgViews, 3600000);
    // "#NAME?" under views is no value: the row goes in without it.
    const auto dewi = stored(QStringLiteral("Dewi Anggraini"));
    ASSERT_TRUE(dewi);
    EXPECT_EQ(dewi->channels.first().handle, QStringLiteral("dewi_eats"));
    EXPECT_FALSE(dewi->channels.first().avgViews);
}

TEST_P(ImportCorpusTest, AYouTubeListNeverReadsLifetimeViewsAsAverages)
{
    const ImportReport report = import(QStringLiteral("youtube-top-youtuber.csv"));
    EXPECT_EQ(report.imported, 3);
    const auto beast = stored(QStringLiteral("MrBeast"));
    ASSERT_TRUE(beast);
    EXPECT_EQ(beast->channels.first().platform, Platform::YouTube);
    EXPECT_EQ(beast->channels.first().followers, 166000000);
    EXPECT_FALSE(beast->channels.first().avgViews); // "video views" is a lifetime total
    EXPECT_EQ(beast->niches, QStringList{QStringLiteral("entertainment")});
    // A "handle" with spaces is a name: no handle is made of it.
    const auto coco = stored(QStringLiteral("Cocomelon - Nursery Rhymes"));
    ASSERT_TRUE(coco);
    EXPECT_TRUE(coco->channels.first().handle.isEmpty());
}

TEST_P(ImportCorpusTest, AnAnalyticsExportGivesEngagementAsCountsAndBadCellsAsWarnings)
{
    const ImportReport report = import(QStringLiteral("analytics-engagement-counts.csv"));
    // The rows whose follower count is unknown (NULL, N/A) go in with it unknown, each said
    // where; their engagements per post cannot be made a rate, and that is said too.
    EXPECT_EQ(report.imported, 5);
    EXPECT_TRUE(report.rejections.isEmpty());
    EXPECT_EQ(fields(report.warnings),
              (QStringList{QStringLiteral("4:Followers"), QStringLiteral("4:Engagement rate"),
                           QStringLiteral("5:Engagement rate"), QStringLiteral("6:Followers"),
                           QStringLiteral("6:Engagement rate")}));
    EXPECT_EQ(report.warningCount, 5);
    EXPECT_EQ(report.warnings.first().column, 73); // where "NULL" starts
    for (const QString &name : {QStringLiteral("Selena Gomez"), QStringLiteral("Ariana Grande")}) {
        const auto unknown = stored(name);
        ASSERT_TRUE(unknown) << name.toStdString();
        EXPECT_FALSE(unknown->channels.first().followers) << name.toStdString(); // never 0
        EXPECT_FALSE(unknown->channels.first().engagementRatePct);
        EXPECT_EQ(unknown->channels.first().platform, Platform::Instagram);
    }
    ASSERT_EQ(report.notes.size(), 1);
    EXPECT_TRUE(report.notes.first().contains(QStringLiteral("Engagement avg")));
    const auto messi = stored(QStringLiteral("Leo Messi"));
    ASSERT_TRUE(messi);
    EXPECT_EQ(messi->channels.first().handle, QStringLiteral("leomessi"));
    EXPECT_EQ(messi->channels.first().platform, Platform::Instagram); // from the profile link
    EXPECT_EQ(messi->channels.first().followers, 306300000);
    // 383.1K engagements per post over 306.3M followers, never a rate of 383,100%.
    EXPECT_NEAR(*messi->channels.first().engagementRatePct, 383100.0 * 100 / 306300000, 1e-9);
    const auto kim = stored(QStringLiteral("Kim Kardashian"));
    ASSERT_TRUE(kim);
    EXPECT_FALSE(kim->channels.first().engagementRatePct);
    EXPECT_EQ(kim->channels.first().followers, 329600000);
}

TEST_P(ImportCorpusTest, ASemicolonMarketplaceScrapeReadsSharesAndKeepsRowsWithBadPrices)
{
    const ImportReport report = import(QStringLiteral("marketplace-semicolon.csv"));
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(fields(report.rejections), QStringList{QStringLiteral("5:Platform")}); // Telegram
    const auto anna = stored(QStringLiteral("Anna Petrova"));
    ASSERT_TRUE(anna);
    EXPECT_EQ(anna->channels.first().followers, 12500);
    EXPECT_NEAR(*anna->channels.first().engagementRatePct, 3.4, 1e-9); // 0.034: a share of one
    // 5.2 breaks the column's pattern of shares: read as 5.2%, and said.
    const auto olga = stored(QStringLiteral("Olga K"));
    ASSERT_TRUE(olga);
    EXPECT_NEAR(*olga->channels.first().engagementRatePct, 5.2, 1e-9);
    EXPECT_TRUE(fields(report.warnings).contains(QStringLiteral("4:Engagement rate")));
    // "none" as a price is no value; the row is in without a fee.
    const auto ivan = stored(QStringLiteral("Ivan Sidorov"));
    ASSERT_TRUE(ivan);
    EXPECT_FALSE(ivan->channels.first().fee);
    EXPECT_EQ(ivan->channels.first().platform, Platform::YouTube);
}

TEST_P(ImportCorpusTest, ADatabaseDumpWithUsernameAndAccountKeepsBothAndMergesCategories)
{
    ImportSettings settings;
    settings.platform = Platform::Instagram;
    const ImportReport report = import(QStringLiteral("database-dump-username-account.csv"), settings);
    EXPECT_EQ(report.imported, 3);
    EXPECT_TRUE(report.rejections.isEmpty());
    EXPECT_EQ(fields(report.warnings), QStringList{QStringLiteral("4:Followers")}); // NULL followers
    int unknown = 0;
    for (const Candidate &candidate : m_store->allCandidates()) {
        if (!candidate.channels.first().followers) {
            ++unknown;
            EXPECT_EQ(candidate.channels.first().handle, QStringLiteral("budi_official"));
        }
    }
    EXPECT_EQ(unknown, 1); // stored as unknown, never as 0
    const auto putri = stored(QStringLiteral("Putri Lestari"));
    ASSERT_TRUE(putri);
    EXPECT_EQ(putri->channels.first().handle, QStringLiteral("putri.lestari"));
    EXPECT_EQ(putri->channels.first().followers, 120000);
    EXPECT_EQ(putri->niches, (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
}

TEST_P(ImportCorpusTest, ATruncatedRowIsRejectedNeverStoredWithZeroFollowers)
{
    const ImportReport report = import(QStringLiteral("truncated-row.csv"));
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(fields(report.rejections), QStringList{QStringLiteral("3:Followers")});
    EXPECT_FALSE(stored(QStringLiteral("Truncated Person")));
    EXPECT_EQ(m_store->candidateCount(), 1);
}

TEST_P(ImportCorpusTest, RowsWithoutAHandleAreNeverMergedByNameNorImportedTwice)
{
    const ImportReport first = import(QStringLiteral("rows-without-handle.csv"));
    EXPECT_EQ(first.imported, 3);
    // Two "Lan Pham" on two platforms: two candidates, not one with two channels.
    int lans = 0;
    for (const Candidate &candidate : m_store->allCandidates()) {
        if (candidate.name == QLatin1String("Lan Pham")) {
            ++lans;
            EXPECT_EQ(candidate.channels.size(), 1);
        }
    }
    EXPECT_EQ(lans, 2);
    const ImportReport again = import(QStringLiteral("rows-without-handle.csv"));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.skipped, 3);
    EXPECT_EQ(m_store->candidateCount(), 3);
}

TEST_P(ImportCorpusTest, ADryRunCountsButChangesNothing)
{
    CandidateImport importer(m_path);
    importer.setDryRun(true);
    ImportSettings settings;
    settings.locale = QLocale::c();
    const ImportReport report = importer.run(corpus(QStringLiteral("tiktok-top-no-platform.csv")), HeaderMapping(), settings);
    EXPECT_EQ(report.imported, 3);
    EXPECT_FALSE(report.failed());
    EXPECT_EQ(m_store->candidateCount(), 0);
    EXPECT_EQ(count(QStringLiteral("channels")), 0);
}

} // namespace planner::test

namespace planner::test {

TEST_P(ImportCorpusTest, AFileWithoutAFollowerColumnGoesInWithTheCountsUnknown)
{
    const ImportReport report = import(QStringLiteral("no-follower-column.csv"));
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 2);
    EXPECT_TRUE(report.rejections.isEmpty());
    // Said once for the file, not once a row.
    EXPECT_TRUE(report.warnings.isEmpty());
    ASSERT_EQ(report.notes.size(), 1);
    EXPECT_TRUE(report.notes.first().contains(QStringLiteral("follower counts"))) << report.notes.first().toStdString();
    const auto hana = stored(QStringLiteral("Hana Lee"));
    ASSERT_TRUE(hana);
    EXPECT_FALSE(hana->channels.first().followers); // unknown, never 0
    EXPECT_EQ(hana->channels.first().avgViews, 25000);
    EXPECT_DOUBLE_EQ(hana->channels.first().engagementRatePct.value_or(-1), 4.2);
    EXPECT_EQ(hana->channels.first().fee, Money(15000, QStringLiteral("USD")));
    const auto tomas = stored(QStringLiteral("Tomas Novak"));
    ASSERT_TRUE(tomas);
    EXPECT_FALSE(tomas->channels.first().followers);
    EXPECT_EQ(tomas->channels.first().platform, Platform::YouTube);
    // A second import finds them again: unknown equals unknown, no duplicates.
    const ImportReport again = import(QStringLiteral("no-follower-column.csv"));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(m_store->candidateCount(), 2);
}

TEST_P(ImportCorpusTest, EnglishHeadersOverDecimalCommasAreReadByTheValues)
{
    // "3,5%", "12,75 €" and "1.250.000" say the file writes decimal commas, whatever
    // language its headers are in; "45.300" alone would say nothing.
    const ImportPreview preview = CandidateImport::preview(corpus(QStringLiteral("english-headers-decimal-commas.csv")),
                                                           ImportSettings(), 5);
    EXPECT_EQ(preview.mapping.language(), QLocale::English);
    EXPECT_EQ(preview.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(preview.mapping.decimalMark(), DecimalMark::Comma); // carried to the import
    ImportSettings settings;
    settings.locale = QLocale::c();
    CandidateImport importer(m_path);
    const ImportReport report = importer.run(corpus(QStringLiteral("english-headers-decimal-commas.csv")),
                                             preview.mapping, settings);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.warningCount, 0);
    struct Expected
    {
        const char *name;
        qint64 followers;
        double rate;
        std::optional<qint64> views;
        qint64 feeCents;
    };
    for (const Expected &e : {Expected{"Lena Weber", 45300, 3.5, 12000, 120000},
                              Expected{"Marco Rossi", 1250000, 2.75, 310500, 1275},
                              Expected{"Julie Martin", 98000, 4.1, std::nullopt, 95000}}) {
        const auto candidate = stored(QString::fromUtf8(e.name));
        ASSERT_TRUE(candidate) << e.name;
        const Channel &channel = candidate->channels.first();
        EXPECT_EQ(channel.followers, e.followers) << e.name;
        EXPECT_DOUBLE_EQ(channel.engagementRatePct.value_or(-1), e.rate) << e.name;
        EXPECT_EQ(channel.avgViews, e.views) << e.name;
        EXPECT_EQ(channel.fee, Money(e.feeCents, QStringLiteral("EUR"))) << e.name;
    }
}

TEST(DecimalMarkVoteTest, OnlyUnambiguousValuesVote)
{
    using M = DecimalMark;
    EXPECT_EQ(DecimalMarkVote::ofValue(u"1.234,5"), M::Comma);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"1,234.5"), M::Point);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"3,5%"), M::Comma);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"12,75 €"), M::Comma);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"1.2M"), M::Point);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"Rp 15,5 rb"), M::Comma);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"1.250.000"), M::Comma);
    EXPECT_EQ(DecimalMarkVote::ofValue(u"1,250,000"), M::Point);
    EXPECT_FALSE(DecimalMarkVote::ofValue(u"1.200 €"));
    EXPECT_FALSE(DecimalMarkVote::ofValue(u"1,200"));
    EXPECT_FALSE(DecimalMarkVote::ofValue(u"45000"));
    EXPECT_FALSE(DecimalMarkVote::ofValue(u"N/A"));
    // A tie or no vote leaves it to the headers' language.
    const HeaderMapping mapping(QStringList{QStringLiteral("name"), QStringLiteral("followers")});
    EXPECT_FALSE(DecimalMarkVote::fromValues({{QStringLiteral("a"), QStringLiteral("1.200")}}, mapping));
    EXPECT_FALSE(DecimalMarkVote::fromValues({{QStringLiteral("a"), QStringLiteral("1,5K")},
                                              {QStringLiteral("b"), QStringLiteral("1.5K")}}, mapping));
    EXPECT_EQ(DecimalMarkVote::fromValues({{QStringLiteral("a"), QStringLiteral("1,5K")}}, mapping), M::Comma);
}

} // namespace planner::test
