// Places and lists of real files (issue 13): countries in four languages to ISO 3166 codes,
// "City, Country", values that name no place, niches split only on list separators.
#include "modeltestsupport.h"

#include "import/importlists.h"
#include "import/places.h"

namespace planner::test {

TEST(Places, CountryNamesInEveryLanguageBecomeCodes)
{
    const QList<std::pair<const char *, const char *>> names{
        {"Spain", "ES"}, {"Brazil", "BR"}, {"United States", "US"}, {"USA", "US"}, {"UK", "GB"},
        {"United Kingdom", "GB"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"}, {"Việt Nam", "VN"},
        {"Tây Ban Nha", "ES"}, {"Nhật Bản", "JP"}, {"Hoa Kỳ", "US"}, {"Spanyol", "ES"}, {"Jepang", "JP"},
        {"Amerika Serikat", "US"}, {"اسپانیا", "ES"}, {"آلمان", "DE"}, {"ایران", "IR"}, {"ايران", "IR"},
        {"Germany", "DE"}, {"Russia", "RU"}, {"Côte d’Ivoire", "CI"}, {"Myanmar", "MM"},
        {"south korea", "KR"}, {"es", "ES"}, {"VN", "VN"}};
    for (const auto &[name, code] : names)
        EXPECT_EQ(Places::code(QString::fromUtf8(name)), QString::fromLatin1(code)) << name;
}

TEST(Places, CitiesAndRegionCodesKeepWorking)
{
    EXPECT_EQ(Places::code(QStringLiteral("VN-SG")), QStringLiteral("VN-SG"));
    EXPECT_EQ(Places::code(QStringLiteral("id-jk")), QStringLiteral("ID-JK"));
    EXPECT_EQ(Places::code(QStringLiteral("TP.HCM")), QStringLiteral("VN-SG"));
    EXPECT_EQ(Places::code(QStringLiteral("تهران")), QStringLiteral("IR-23"));
}

TEST(Places, ACityAndItsCountryGiveTheCountry)
{
    EXPECT_EQ(Places::code(QStringLiteral("Moscow, Russia")), QStringLiteral("RU"));
    EXPECT_EQ(Places::code(QStringLiteral("Lyon, France")), QStringLiteral("FR"));
    EXPECT_EQ(Places::code(QStringLiteral("Bandung, Jawa Barat, Indonesia")), QStringLiteral("ID"));
    EXPECT_EQ(Places::code(QStringLiteral("Bandung")), QStringLiteral("ID-JB"));
}

TEST(Places, WhatNamesNoPlaceGivesNothing)
{
    for (const char *text : {"N/A", "NA", "Global", "Worldwide", "Moscow", "XX", "", "-", "#N/A", "Q1"})
        EXPECT_TRUE(Places::code(QString::fromUtf8(text)).isEmpty()) << text;
}

TEST(ImportLists, RegionsAreCodesOncePerPlace)
{
    EXPECT_EQ(ImportLists::regions(QStringLiteral("Spain, Brazil")), (QStringList{QStringLiteral("ES"), QStringLiteral("BR")}));
    EXPECT_EQ(ImportLists::regions(QStringLiteral("Moscow, Russia")), QStringList{QStringLiteral("RU")});
    EXPECT_EQ(ImportLists::regions(QStringLiteral("N/A")), QStringList());
    EXPECT_EQ(ImportLists::regions(QStringLiteral("Vietnam; Việt Nam | Indonesia")),
              (QStringList{QStringLiteral("VN"), QStringLiteral("ID")}));
    EXPECT_EQ(ImportLists::regions(QStringLiteral("Global; Spain")), QStringList{QStringLiteral("ES")});
}

TEST(ImportLists, NichesSplitOnlyOnListSeparators)
{
    EXPECT_EQ(ImportLists::niches(QStringLiteral("Cinema & Actors/actresses")),
              QStringList{QStringLiteral("cinema & actors/actresses")});
    EXPECT_EQ(ImportLists::niches(QStringLiteral("beauty; fashion")),
              (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
    EXPECT_EQ(ImportLists::niches(QStringLiteral("Food / Travel|Music")),
              (QStringList{QStringLiteral("food"), QStringLiteral("travel"), QStringLiteral("music")}));
    EXPECT_EQ(ImportLists::niches(QStringLiteral("làm đẹp, thời trang")),
              (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
    EXPECT_EQ(ImportLists::niches(QStringLiteral("زیبایی؛ مد")),
              (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion")}));
    EXPECT_EQ(ImportLists::niches(QStringLiteral("N/A")), QStringList());
}

} // namespace planner::test
