#include "testsupport.h"

#include "import/headermapping.h"

namespace planner::test {

namespace {

struct HeaderCase
{
    const char *header;
    ImportField field;
};

std::ostream &operator<<(std::ostream &out, const HeaderCase &c)
{
    return out << c.header;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

class HeaderWords : public ::testing::TestWithParam<HeaderCase>
{
};

TEST_P(HeaderWords, AreRecognisedByMeaning)
{
    EXPECT_EQ(HeaderMapping::recognise(QString::fromUtf8(GetParam().header)), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, HeaderWords,
    ::testing::Values(
        // Platform exports and sheets in English, any spelling.
        HeaderCase{"Name", ImportField::Name}, HeaderCase{"FULL NAME", ImportField::Name},
        HeaderCase{"full_name", ImportField::Name}, HeaderCase{"Username", ImportField::Handle},
        HeaderCase{"User name", ImportField::Handle}, HeaderCase{"@handle", ImportField::Handle},
        HeaderCase{"Influencer handle", ImportField::Handle}, HeaderCase{"Profile URL", ImportField::ProfileUrl},
        HeaderCase{"Followers", ImportField::Followers}, HeaderCase{"Followers count", ImportField::Followers},
        HeaderCase{"Total followers", ImportField::Followers}, HeaderCase{"Subscribers", ImportField::Followers},
        HeaderCase{"Engagement rate", ImportField::EngagementRate}, HeaderCase{"ER", ImportField::EngagementRate},
        HeaderCase{"ER (%)", ImportField::EngagementRate}, HeaderCase{"engagement_rate_pct", ImportField::EngagementRate},
        HeaderCase{"Avg views", ImportField::AvgViews}, HeaderCase{"Avg. Views", ImportField::AvgViews},
        HeaderCase{"avg_views", ImportField::AvgViews}, HeaderCase{"Price", ImportField::Fee},
        HeaderCase{"Fee", ImportField::Fee}, HeaderCase{"Rate", ImportField::Fee},
        HeaderCase{"Price per post (USD)", ImportField::Fee}, HeaderCase{"Category", ImportField::Niches},
        HeaderCase{"Niche", ImportField::Niches}, HeaderCase{"Country", ImportField::Regions},
        HeaderCase{"Region", ImportField::Regions}, HeaderCase{"Platform", ImportField::Platform},
        HeaderCase{"Kind", ImportField::Kind}, HeaderCase{"Type", ImportField::Kind},
        HeaderCase{"Currency", ImportField::Currency}, HeaderCase{"Authenticity", ImportField::Authenticity},
        HeaderCase{"Audience quality", ImportField::Authenticity}, HeaderCase{"Real followers", ImportField::Authenticity},
        HeaderCase{"authenticity_pct", ImportField::Authenticity}, HeaderCase{"id", ImportField::CandidateKey},
        HeaderCase{"Notes", ImportField::Notes}, HeaderCase{"tier", ImportField::Ignored},
        HeaderCase{"Avg. comments", ImportField::Ignored}, HeaderCase{"", ImportField::Ignored},
        // Vietnamese.
        HeaderCase{"Tên", ImportField::Name}, HeaderCase{"Họ và tên", ImportField::Name},
        HeaderCase{"Tên tài khoản", ImportField::Handle}, HeaderCase{"Người theo dõi", ImportField::Followers},
        HeaderCase{"NGUOI THEO DOI", ImportField::Followers}, HeaderCase{"Tỷ lệ tương tác", ImportField::EngagementRate},
        HeaderCase{"Tỷ lệ tương tác (%)", ImportField::EngagementRate}, HeaderCase{"Giá", ImportField::Fee},
        HeaderCase{"Giá (VNĐ)", ImportField::Fee}, HeaderCase{"Lĩnh vực", ImportField::Niches},
        HeaderCase{"Quốc gia", ImportField::Regions}, HeaderCase{"Nền tảng", ImportField::Platform},
        HeaderCase{"Lượt xem trung bình", ImportField::AvgViews}, HeaderCase{"Loại", ImportField::Kind},
        HeaderCase{"Người theo dõi thật", ImportField::Authenticity},
        // Indonesian.
        HeaderCase{"Nama", ImportField::Name}, HeaderCase{"Nama akun", ImportField::Handle},
        HeaderCase{"Pengikut", ImportField::Followers}, HeaderCase{"Jumlah pengikut", ImportField::Followers},
        HeaderCase{"Tingkat interaksi", ImportField::EngagementRate}, HeaderCase{"Harga", ImportField::Fee},
        HeaderCase{"Tarif", ImportField::Fee}, HeaderCase{"Kategori", ImportField::Niches},
        HeaderCase{"Negara", ImportField::Regions}, HeaderCase{"Platform", ImportField::Platform},
        HeaderCase{"Mata uang", ImportField::Currency}, HeaderCase{"Jenis", ImportField::Kind},
        // Persian, with and without the zero-width non-joiner, Arabic or Persian yeh and kaf.
        HeaderCase{"نام", ImportField::Name}, HeaderCase{"نام کاربری", ImportField::Handle},
        HeaderCase{"دنبال‌کننده", ImportField::Followers}, HeaderCase{"دنبال کننده", ImportField::Followers},
        HeaderCase{"دنبال‌کنندگان", ImportField::Followers}, HeaderCase{"تعداد فالوور", ImportField::Followers},
        HeaderCase{"نرخ تعامل", ImportField::EngagementRate}, HeaderCase{"قیمت", ImportField::Fee},
        HeaderCase{"قيمت", ImportField::Fee}, HeaderCase{"تعرفه", ImportField::Fee},
        HeaderCase{"دسته‌بندی", ImportField::Niches}, HeaderCase{"کشور", ImportField::Regions},
        HeaderCase{"پلتفرم", ImportField::Platform}, HeaderCase{"واحد پول", ImportField::Currency},
        // The lists marketers download: top-N lists, analytics exports, database dumps.
        HeaderCase{"channel_info", ImportField::Handle}, HeaderCase{"account", ImportField::Handle},
        HeaderCase{"IG", ImportField::Handle}, HeaderCase{"Tiktoker name", ImportField::Handle},
        HeaderCase{"Youtuber", ImportField::Handle}, HeaderCase{"Youtube channel", ImportField::Handle},
        HeaderCase{"channel", ImportField::Handle}, HeaderCase{"Title", ImportField::Name},
        HeaderCase{"Link", ImportField::ProfileUrl}, HeaderCase{"subscribers", ImportField::Followers},
        HeaderCase{"Subscribers count", ImportField::Followers}, HeaderCase{"audience", ImportField::Followers},
        HeaderCase{"Fans", ImportField::Followers}, HeaderCase{"Audience Country", ImportField::Regions},
        HeaderCase{"Engagement avg", ImportField::EngagementRate}, HeaderCase{"60_day_eng_rate", ImportField::EngagementRate},
        HeaderCase{"Views avg.", ImportField::AvgViews}, HeaderCase{"kategori_2", ImportField::Niches},
        HeaderCase{"Số người đăng ký", ImportField::Followers}, HeaderCase{"Kênh YouTube", ImportField::Handle},
        HeaderCase{"Jumlah subscriber", ImportField::Followers}, HeaderCase{"Akun TikTok", ImportField::Handle},
        HeaderCase{"سابسکرایبر", ImportField::Followers}, HeaderCase{"کانال یوتیوب", ImportField::Handle},
        // Lifetime totals are never per-post averages.
        HeaderCase{"video views", ImportField::Ignored}, HeaderCase{"Total views", ImportField::Ignored},
        HeaderCase{"total_likes", ImportField::Ignored}, HeaderCase{"uploads", ImportField::Ignored},
        HeaderCase{"posts", ImportField::Ignored}, HeaderCase{"Likes avg.", ImportField::Ignored},
        HeaderCase{"Tổng lượt xem", ImportField::Ignored}, HeaderCase{"کل بازدید", ImportField::Ignored}));

TEST(HeaderMapping, MapsEveryColumnOnceAndKeepsTheClosestMatch)
{
    // "Engagement" and "Authentic engagement" both hint at the engagement rate: the exact
    // header keeps it. "Followers" is exact, "Followers growth" only partial.
    const HeaderMapping mapping(strings({"Username", "Full name", "Followers growth", "Followers",
                                         "Authentic engagement", "Engagement rate", "Country", "Bio"}));
    EXPECT_EQ(mapping.field(0), ImportField::Handle);
    EXPECT_EQ(mapping.field(1), ImportField::Name);
    EXPECT_EQ(mapping.field(2), ImportField::Ignored);
    EXPECT_EQ(mapping.field(3), ImportField::Followers);
    EXPECT_EQ(mapping.field(4), ImportField::Ignored);
    EXPECT_EQ(mapping.field(5), ImportField::EngagementRate);
    EXPECT_EQ(mapping.field(6), ImportField::Regions);
    EXPECT_EQ(mapping.field(7), ImportField::Ignored);
    EXPECT_EQ(mapping.column(ImportField::Followers), 3);
    EXPECT_EQ(mapping.column(ImportField::Fee), -1);
    EXPECT_TRUE(mapping.missing().isEmpty());
    EXPECT_EQ(mapping.language(), QLocale::English);
}

TEST(HeaderMapping, TheMarketerCanChangeIt)
{
    HeaderMapping mapping(strings({"Name", "Bio", "Followers"}));
    mapping.setField(1, ImportField::Notes);
    EXPECT_EQ(mapping.field(1), ImportField::Notes);
    // Giving a field to another column takes it from the first.
    mapping.setField(1, ImportField::Name);
    EXPECT_EQ(mapping.field(0), ImportField::Ignored);
    EXPECT_EQ(mapping.field(1), ImportField::Name);
    mapping.setField(2, ImportField::Ignored);
    EXPECT_FALSE(mapping.has(ImportField::Followers));
    mapping.setField(9, ImportField::Fee); // no such column: nothing changes
    EXPECT_FALSE(mapping.has(ImportField::Fee));
}

TEST(HeaderMapping, LanguageOfTheHeaders)
{
    EXPECT_EQ(HeaderMapping(strings({"Tên", "Người theo dõi", "Giá", "Platform"})).language(), QLocale::Vietnamese);
    EXPECT_EQ(HeaderMapping(strings({"Nama", "Pengikut", "Harga", "Platform"})).language(), QLocale::Indonesian);
    EXPECT_EQ(HeaderMapping(strings({"نام", "دنبال‌کننده", "قیمت"})).language(), QLocale::Persian);
    EXPECT_EQ(HeaderMapping(strings({"Platform", "ER"})).language(), QLocale::AnyLanguage);
    EXPECT_EQ(HeaderMapping(strings({"x", "y"})).language(), QLocale::AnyLanguage);
}

TEST(HeaderMapping, UnitsAndCurrenciesNamedInHeaders)
{
    const HeaderMapping mapping(strings({"Tên", "Tỷ lệ tương tác (%)", "Giá (VNĐ)", "Độ thật"}));
    EXPECT_EQ(mapping.percentUnit(ImportField::EngagementRate), ValueParser::PercentUnit::Percent);
    EXPECT_EQ(mapping.percentUnit(ImportField::Authenticity), ValueParser::PercentUnit::Auto);
    EXPECT_EQ(mapping.headerCurrency(ImportField::Fee), (CurrencyUnit{QStringLiteral("VND"), 1}));
    const HeaderMapping persian(strings({"نام", "قیمت (تومان)", "نرخ تعامل (درصد)"}));
    EXPECT_EQ(persian.headerCurrency(ImportField::Fee), (CurrencyUnit{QStringLiteral("IRR"), 10}));
    EXPECT_EQ(persian.percentUnit(ImportField::EngagementRate), ValueParser::PercentUnit::Percent);
    EXPECT_FALSE(HeaderMapping(strings({"Name", "Fee"})).headerCurrency(ImportField::Fee));
}

TEST(HeaderMapping, NeedsANameOrAHandle)
{
    EXPECT_FALSE(HeaderMapping(strings({"Followers", "Price"})).missing().isEmpty());
    EXPECT_TRUE(HeaderMapping(strings({"Username", "Followers"})).missing().isEmpty());
    EXPECT_FALSE(HeaderMapping().missing().isEmpty());
}

TEST(HeaderMapping, NeedsNoFollowerCounts)
{
    // A list without follower counts imports them as unknown (CandidateImport says so once).
    EXPECT_TRUE(HeaderMapping(strings({"Name", "Price"})).missing().isEmpty());
}

TEST(HeaderMapping, DisplayNameAndAccountAreToldApartByTheirValues)
{
    // Neither header says which is which: the column whose values hold spaces is the name.
    HeaderMapping tiktok(strings({"Rank", "Tiktoker name", "Tiktok name", "Subscribers count"}));
    tiktok.settle({strings({"1", "jypestraykids", "Stray Kids", "13.2M"}),
                   strings({"2", "khaby.lame", "Khabane lame", "149.2M"})},
                  DecimalMark::Point);
    EXPECT_EQ(tiktok.field(1), ImportField::Handle);
    EXPECT_EQ(tiktok.field(2), ImportField::Name);
    EXPECT_EQ(tiktok.headerPlatform(), Platform::TikTok);
    // The same headers the other way round.
    HeaderMapping swapped(strings({"Tiktok name", "Tiktoker name", "Followers"}));
    swapped.settle({strings({"Stray Kids", "jypestraykids", "1"})}, DecimalMark::Point);
    EXPECT_EQ(swapped.field(0), ImportField::Name);
    EXPECT_EQ(swapped.field(1), ImportField::Handle);
    // "username" holding display names beside "account": the values decide.
    HeaderMapping dump(strings({"id_kol", "username", "account", "followers"}));
    dump.settle({strings({"1", "Putri Lestari", "putri.lestari", "120000"})}, DecimalMark::Point);
    EXPECT_EQ(dump.field(1), ImportField::Name);
    EXPECT_EQ(dump.field(2), ImportField::Handle);
    EXPECT_FALSE(dump.headerPlatform());
    // One account column alone stays the handle (it names the candidate too).
    HeaderMapping only(strings({"channel_info", "followers"}));
    only.settle({strings({"maya.tan", "475.8m"})}, DecimalMark::Point);
    EXPECT_EQ(only.field(0), ImportField::Handle);
    EXPECT_FALSE(only.has(ImportField::Name));
}

TEST(HeaderMapping, HeadersNamingAPlatformSayIt)
{
    EXPECT_EQ(HeaderMapping(strings({"Youtuber", "subscribers"})).headerPlatform(), Platform::YouTube);
    EXPECT_EQ(HeaderMapping(strings({"IG", "Followers"})).headerPlatform(), Platform::Instagram);
    EXPECT_EQ(HeaderMapping(strings({"Name", "Instagram followers"})).headerPlatform(), Platform::Instagram);
    // Two platforms, or none: the headers do not say it.
    EXPECT_FALSE(HeaderMapping(strings({"IG", "Youtube channel", "Followers"})).headerPlatform());
    EXPECT_FALSE(HeaderMapping(strings({"Name", "Followers", "Category"})).headerPlatform());
}

TEST(HeaderMapping, EngagementCountsAndSharesAreToldFromTheValues)
{
    HeaderMapping counts(strings({"Account", "Followers", "Engagement avg"}));
    counts.settle({strings({"a", "400.1M", "4.1M"}), strings({"b", "306.3M", "383.1K"}),
                   strings({"c", "1M", "<span>29%</span>"})},
                  DecimalMark::Point);
    EXPECT_TRUE(counts.holdsCounts(ImportField::EngagementRate));
    EXPECT_FALSE(counts.holdsShares(ImportField::EngagementRate));
    HeaderMapping shares(strings({"Name", "Followers", "ER"}));
    shares.settle({strings({"a", "1", "0.034"}), strings({"b", "2", "0.051"}), strings({"c", "3", "0.012"}),
                   strings({"d", "4", "5.2"})},
                  DecimalMark::Point);
    EXPECT_TRUE(shares.holdsShares(ImportField::EngagementRate));
    EXPECT_FALSE(shares.holdsCounts(ImportField::EngagementRate));
    HeaderMapping percents(strings({"Name", "Followers", "ER"}));
    percents.settle({strings({"a", "1", "3.4"}), strings({"b", "2", "1.39%"}), strings({"c", "3", "2.5"})},
                    DecimalMark::Point);
    EXPECT_FALSE(percents.holdsShares(ImportField::EngagementRate));
    EXPECT_FALSE(percents.holdsCounts(ImportField::EngagementRate));
}

TEST(HeaderMapping, SeveralCategoryColumnsAreKept)
{
    const HeaderMapping mapping(strings({"username", "kategori", "kategori_2", "followers"}));
    EXPECT_EQ(mapping.field(1), ImportField::Niches);
    EXPECT_EQ(mapping.extraNicheColumns(), QList<qsizetype>{2});
}

TEST(ImportFields, EveryFieldHasAKeyAndAName)
{
    for (const ImportField field : ImportFields::all()) {
        EXPECT_FALSE(ImportFields::name(field).isEmpty());
        EXPECT_EQ(ImportFields::key(field).isEmpty(), field == ImportField::Ignored);
    }
}

} // namespace planner::test
