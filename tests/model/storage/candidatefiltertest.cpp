// Filtering and sorting the candidate list in SQL: one row per candidate channel.
#include "modeltestsupport.h"


#include <algorithm>

namespace planner::test {
namespace {

// Seven candidates, nine channels, chosen so every filter has hits and near misses.
class CandidateFilterTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        Channel lanInstagram = makeChannel(Platform::Instagram, QStringLiteral("@lan.beauty"), 9999);
        lanInstagram.fee = Money(15000000, QStringLiteral("VND"));
        const Channel lanTiktok = makeChannel(Platform::TikTok, QStringLiteral("@lan_tiktok"), 250000);
        add(makeCandidate(QStringLiteral("Nguyễn Thị Lan"), CandidateKind::Kol, {lanInstagram, lanTiktok},
                          {QStringLiteral("beauty"), QStringLiteral("fashion")}, {QStringLiteral("VN-SG")}));

        Channel sara = makeChannel(Platform::Instagram, QStringLiteral("@sara.food"), 10000);
        sara.fee = Money(900000000, QStringLiteral("IRR"));
        add(makeCandidate(QStringLiteral("سارا احمدی"), CandidateKind::Influencer, {sara},
                          {QStringLiteral("food")}, {QStringLiteral("IR")}));

        Channel budi = makeChannel(Platform::YouTube, QStringLiteral("@budi_tech"), 99999);
        budi.fee = Money(25050, QStringLiteral("USD"));
        add(makeCandidate(QStringLiteral("Budi 100% Real"), CandidateKind::Koc, {budi},
                          {QStringLiteral("tech")}, {QStringLiteral("ID-JK")}));

        add(makeCandidate(QStringLiteral("Putri Ayu"), CandidateKind::Creator,
                          {makeChannel(Platform::Blog, QStringLiteral("putri"), 100000)},
                          {QStringLiteral("travel"), QStringLiteral("food")}, {QStringLiteral("ID")}));

        Channel vnx = makeChannel(Platform::Tv, QStringLiteral("vnx-tv"), 1000000);
        vnx.fee = Money(80000000, QStringLiteral("VND"));
        add(makeCandidate(QStringLiteral("VNX Media"), CandidateKind::Kol, {vnx},
                          {QStringLiteral("foodie")}, {QStringLiteral("VNX")}));

        Channel lanAnh = makeChannel(Platform::Facebook, QStringLiteral("@lananh"), 999999);
        lanAnh.fee = Money(30000000, QStringLiteral("VND"));
        add(makeCandidate(QStringLiteral("Lan Anh"), CandidateKind::Influencer, {lanAnh},
                          {QStringLiteral("lifestyle")}, {QStringLiteral("VN")}));

        const Channel aliPodcast = makeChannel(Platform::Podcast, QStringLiteral("ali\\talks"), 42);
        const Channel aliX = makeChannel(Platform::X, QStringLiteral("@ali"), 1000001);
        add(makeCandidate(QStringLiteral("Ali Rezaei"), CandidateKind::Creator, {aliPodcast, aliX},
                          {QStringLiteral("finance")}, {QStringLiteral("IR-23"), QStringLiteral("MY")}));
    }

    void add(const Candidate &candidate)
    {
        Error error;
        ASSERT_TRUE(m_store->add(candidate, &error)) << error.text().toStdString();
    }

    // Handles of the matching rows, in list order; checks rowCount agrees with the rows.
    QStringList handles(const CandidateFilter &filter, const CandidateSort &sort = {})
    {
        QStringList result;
        for (const CandidateRow &row : allRows(*m_store, filter, sort))
            result << row.channel.handle;
        EXPECT_EQ(m_store->rowCount(filter), result.size());
        return result;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
};

CandidateFilter searchFor(const QString &text)
{
    CandidateFilter filter;
    filter.search = text;
    return filter;
}

TEST_F(CandidateFilterTest, EmptyFilterListsEveryChannel)
{
    EXPECT_EQ(handles({}).size(), 9);
    EXPECT_EQ(m_store->candidateCount(), 7);
}

TEST_F(CandidateFilterTest, SearchFindsCandidatesByTheStartOfAWordInNameOrHandle)
{
    // "lan" begins a word of two names (all their channels) and the handle "@lananh".
    EXPECT_EQ(sorted(handles(searchFor(QStringLiteral("lan")))),
              sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok"), QStringLiteral("@lananh")}));
    // A word of one handle finds the candidate, with all of their channels.
    EXPECT_EQ(sorted(handles(searchFor(QStringLiteral("tiktok")))),
              sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok")}));
    EXPECT_EQ(handles(searchFor(QStringLiteral("  sara.food  "))), QStringList{QStringLiteral("@sara.food")});
    EXPECT_EQ(handles(searchFor(QStringLiteral("@putri"))), QStringList{QStringLiteral("putri")});
    EXPECT_TRUE(handles(searchFor(QStringLiteral("nobody"))).isEmpty());
    // Inside a word is not the start of one.
    EXPECT_TRUE(handles(searchFor(QStringLiteral("uyen"))).isEmpty());
    EXPECT_TRUE(handles(searchFor(QStringLiteral("ezaei"))).isEmpty());
}

TEST_F(CandidateFilterTest, EverySearchWordMustMatch)
{
    EXPECT_EQ(handles(searchFor(QStringLiteral("lan anh"))), QStringList{QStringLiteral("@lananh")});
    EXPECT_EQ(handles(searchFor(QStringLiteral("anh lan"))), QStringList{QStringLiteral("@lananh")});
    EXPECT_EQ(handles(searchFor(QStringLiteral("thi lan"))).size(), 2);
    EXPECT_TRUE(handles(searchFor(QStringLiteral("lan sara"))).isEmpty());
}

TEST_F(CandidateFilterTest, SearchIgnoresCaseAndAccents)
{
    for (const QString &typed : {QStringLiteral("Thị"), QStringLiteral("thi"), QStringLiteral("nguyễn"),
                                 QStringLiteral("NGUYEN"), QStringLiteral("NGUYỄN")})
        EXPECT_EQ(handles(searchFor(typed)).size(), 2) << typed.toStdString();
    EXPECT_EQ(handles(searchFor(QStringLiteral("REZ"))).size(), 2);
}

TEST_F(CandidateFilterTest, SearchFindsPersianNamesWrittenWithArabicLetters)
{
    EXPECT_EQ(handles(searchFor(QStringLiteral("احمدی"))), QStringList{QStringLiteral("@sara.food")});
    EXPECT_EQ(handles(searchFor(QStringLiteral("سارا"))), QStringList{QStringLiteral("@sara.food")});
    // The same name typed on an Arabic keyboard: yeh U+064A instead of Persian yeh U+06CC.
    EXPECT_EQ(handles(searchFor(QStringLiteral("احمدي"))), QStringList{QStringLiteral("@sara.food")});
}

TEST_F(CandidateFilterTest, LikeWildcardsInSearchTextAreLiteral)
{
    // As LIKE patterns, "%" would match every row, "10%" and "b%i" "Budi 100% Real".
    EXPECT_TRUE(handles(searchFor(QStringLiteral("%"))).isEmpty());
    EXPECT_TRUE(handles(searchFor(QStringLiteral("10%"))).isEmpty());
    EXPECT_TRUE(handles(searchFor(QStringLiteral("b%i"))).isEmpty());
    EXPECT_EQ(handles(searchFor(QStringLiteral("100%"))), QStringList{QStringLiteral("@budi_tech")});
    EXPECT_TRUE(handles(searchFor(QStringLiteral("\\"))).isEmpty());
    EXPECT_EQ(handles(searchFor(QStringLiteral("ali\\t"))).size(), 2);
    // "_" separates words, as in handles: "b_di" asks for words beginning "b" and "di".
    EXPECT_TRUE(handles(searchFor(QStringLiteral("b_di"))).isEmpty());
    EXPECT_EQ(handles(searchFor(QStringLiteral("budi_tech"))), QStringList{QStringLiteral("@budi_tech")});
}

TEST_F(CandidateFilterTest, SearchOfOnlySeparatorsDoesNotFilter)
{
    EXPECT_EQ(handles(searchFor(QStringLiteral("_"))).size(), 9);
    EXPECT_EQ(handles(searchFor(QStringLiteral(" @ "))).size(), 9);
}

TEST_F(CandidateFilterTest, SearchFollowsRenamesAndForgetsRemovedCandidates)
{
    const auto lanAnh = allRows(*m_store, searchFor(QStringLiteral("lananh")));
    ASSERT_EQ(lanAnh.size(), 1);
    Candidate renamed = *m_store->find(lanAnh.first().candidateId);
    renamed.name = QStringLiteral("Trần Thu Hà");
    renamed.channels[0].handle = QStringLiteral("@thu.ha");
    ASSERT_TRUE(m_store->update(renamed));
    EXPECT_TRUE(handles(searchFor(QStringLiteral("lananh"))).isEmpty());
    EXPECT_EQ(handles(searchFor(QStringLiteral("lan"))).size(), 2);
    EXPECT_EQ(handles(searchFor(QStringLiteral("tran ha"))), QStringList{QStringLiteral("@thu.ha")});
    EXPECT_EQ(handles(searchFor(QStringLiteral("thu.ha"))), QStringList{QStringLiteral("@thu.ha")});

    ASSERT_TRUE(m_store->remove(renamed.id));
    EXPECT_TRUE(handles(searchFor(QStringLiteral("tran"))).isEmpty());
    EXPECT_EQ(queryValue(connection(),
                         QStringLiteral("SELECT count(*) FROM candidate_search WHERE rowid = ?"),
                         {renamed.id})
                  .toInt(),
              0);
}

TEST_F(CandidateFilterTest, KindFilterKeepsThatKindOnly)
{
    CandidateFilter filter;
    filter.kind = CandidateKind::Kol;
    EXPECT_EQ(sorted(handles(filter)),
              sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok"), QStringLiteral("vnx-tv")}));
    filter.kind = CandidateKind::Koc;
    EXPECT_EQ(handles(filter), QStringList{QStringLiteral("@budi_tech")});
}

TEST_F(CandidateFilterTest, TierFilterUsesThresholdsAtTheirBoundaries)
{
    CandidateFilter filter;
    filter.tier = Tier::Nano;
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@lan.beauty"), QStringLiteral("ali\\talks")}));
    filter.tier = Tier::Micro;
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@sara.food"), QStringLiteral("@budi_tech")}));
    filter.tier = Tier::Macro;
    EXPECT_EQ(sorted(handles(filter)),
              sorted({QStringLiteral("@lan_tiktok"), QStringLiteral("putri"), QStringLiteral("@lananh")}));
    filter.tier = Tier::Mega;
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("vnx-tv"), QStringLiteral("@ali")}));
}

TEST_F(CandidateFilterTest, PlatformFilterKeepsThatPlatformsChannels)
{
    CandidateFilter filter;
    filter.platform = Platform::Instagram;
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@sara.food")}));
    filter.platform = Platform::Radio;
    EXPECT_TRUE(handles(filter).isEmpty());
}

TEST_F(CandidateFilterTest, NicheFilterMatchesWholeNichesOnly)
{
    CandidateFilter filter;
    filter.niche = QStringLiteral("food");
    // "foodie" is another niche.
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@sara.food"), QStringLiteral("putri")}));
    filter.niche = QStringLiteral("fashion");
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok")}));
    filter.niche = QStringLiteral("foo");
    EXPECT_TRUE(handles(filter).isEmpty());
}

TEST_F(CandidateFilterTest, RegionFilterMatchesCountryAndItsSubdivisions)
{
    CandidateFilter filter;
    filter.region = QStringLiteral("VN");
    // VN-SG is in Vietnam; VNX is not.
    EXPECT_EQ(sorted(handles(filter)),
              sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok"), QStringLiteral("@lananh")}));
    filter.region = QStringLiteral("vn");
    EXPECT_EQ(handles(filter).size(), 3);
    filter.region = QStringLiteral("VN-SG");
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@lan.beauty"), QStringLiteral("@lan_tiktok")}));
    filter.region = QStringLiteral("ID");
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("@budi_tech"), QStringLiteral("putri")}));
    // A region that is not the first in the candidate's list.
    filter.region = QStringLiteral("MY");
    EXPECT_EQ(sorted(handles(filter)), sorted({QStringLiteral("ali\\talks"), QStringLiteral("@ali")}));
    filter.region = QStringLiteral("V");
    EXPECT_TRUE(handles(filter).isEmpty());
}

TEST_F(CandidateFilterTest, FiltersCombine)
{
    CandidateFilter filter;
    filter.kind = CandidateKind::Kol;
    filter.region = QStringLiteral("VN");
    EXPECT_EQ(handles(filter).size(), 2);
    filter.tier = Tier::Macro;
    EXPECT_EQ(handles(filter), QStringList{QStringLiteral("@lan_tiktok")});
    filter.search = QStringLiteral("beauty"); // a word of the candidate's other handle
    EXPECT_EQ(handles(filter), QStringList{QStringLiteral("@lan_tiktok")});
    filter.search = QStringLiteral("sara");
    EXPECT_TRUE(handles(filter).isEmpty());
}

TEST_F(CandidateFilterTest, SortsByFollowersBothWays)
{
    const QList<qint64> expected{42, 9999, 10000, 99999, 100000, 250000, 999999, 1000000, 1000001};
    QList<qint64> ascending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Followers, false}))
        ascending << row.channel.followers.value_or(-1);
    EXPECT_EQ(ascending, expected);
    QList<qint64> descending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Followers, true}))
        descending << row.channel.followers.value_or(-1);
    QList<qint64> reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(descending, reversed);
}

TEST_F(CandidateFilterTest, SortsByNameBothWays)
{
    QStringList ascending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Name, false}))
        ascending << row.name;
    // SQLite compares names by code point, as QString's operator< does.
    const QStringList expected{QStringLiteral("Ali Rezaei"),   QStringLiteral("Ali Rezaei"),
                               QStringLiteral("Budi 100% Real"), QStringLiteral("Lan Anh"),
                               QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Nguyễn Thị Lan"),
                               QStringLiteral("Putri Ayu"),    QStringLiteral("VNX Media"),
                               QStringLiteral("سارا احمدی")};
    EXPECT_EQ(ascending, expected);
    QStringList descending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Name, true}))
        descending << row.name;
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(descending, reversed);
}

TEST_F(CandidateFilterTest, SortsByFeeWithMissingFeesFirstAscending)
{
    QList<qint64> ascending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Fee, false}))
        ascending << (row.channel.fee ? row.channel.fee->minorUnits() : -1);
    const QList<qint64> expected{-1, -1, -1, -1, 25050, 15000000, 30000000, 80000000, 900000000};
    EXPECT_EQ(ascending, expected);
    QList<qint64> descending;
    for (const CandidateRow &row : allRows(*m_store, {}, {CandidateSortKey::Fee, true}))
        descending << (row.channel.fee ? row.channel.fee->minorUnits() : -1);
    QList<qint64> reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(descending, reversed);
}

TEST_F(CandidateFilterTest, SortAppliesWithinAFilter)
{
    CandidateFilter filter;
    filter.region = QStringLiteral("VN");
    EXPECT_EQ(handles(filter, {CandidateSortKey::Followers, true}),
              (QStringList{QStringLiteral("@lananh"), QStringLiteral("@lan_tiktok"), QStringLiteral("@lan.beauty")}));
}

TEST_F(CandidateFilterTest, NichesAndRegionsInUseAreSortedAndUnique)
{
    EXPECT_EQ(m_store->nichesInUse(),
              (QStringList{QStringLiteral("beauty"), QStringLiteral("fashion"), QStringLiteral("finance"),
                           QStringLiteral("food"), QStringLiteral("foodie"), QStringLiteral("lifestyle"),
                           QStringLiteral("tech"), QStringLiteral("travel")}));
    EXPECT_EQ(m_store->regionsInUse(),
              (QStringList{QStringLiteral("ID"), QStringLiteral("ID-JK"), QStringLiteral("IR"),
                           QStringLiteral("IR-23"), QStringLiteral("MY"), QStringLiteral("VN"),
                           QStringLiteral("VN-SG"), QStringLiteral("VNX")}));
}

// A word that begins a term of very many candidates and a rarer one: each is read from the
// full-text index once per query (never one full-text query per row), and both list the rows
// that the count counts.
using SearchScaleTest = StoreTest;

TEST_F(SearchScaleTest, CommonSearchWordListsTheRowsThatAreCounted)
{
    // 10,000 "Common" candidates and 2,000 "Rare" ones; every odd one is a KOL, so KOLs are
    // 4,000 common ones and all the rare ones.
    int serial = 0;
    Error error;
    ASSERT_TRUE(m_store->addMany(
        [&](Candidate &candidate) {
            if (serial >= 12000)
                return false;
            const QString word = serial % 6 == 5 ? QStringLiteral("rare") : QStringLiteral("common");
            candidate = makeCandidate(word + QLatin1Char(' ') + QString::number(serial),
                                      serial % 2 == 1 ? CandidateKind::Kol : CandidateKind::Koc,
                                      {makeChannel(Platform::Instagram,
                                                   QLatin1Char('@') + word + QLatin1Char('_') + QString::number(serial),
                                                   serial)});
            ++serial;
            return true;
        },
        &error))
        << error.text().toStdString();
    ASSERT_GE(count(QStringLiteral("candidate_search WHERE candidate_search MATCH 'common*'")), 5000);

    CandidateFilter filter;
    filter.search = QStringLiteral("common");
    EXPECT_EQ(m_store->rowCount(filter), 10000);
    filter.kind = CandidateKind::Kol;
    EXPECT_EQ(m_store->rowCount(filter), 4000);
    for (const CandidateSort &sort : {CandidateSort{CandidateSortKey::Name, false},
                                      CandidateSort{CandidateSortKey::Followers, true}}) {
        const QList<CandidateRow> rows = allRows(*m_store, filter, sort);
        EXPECT_EQ(rows.size(), 4000);
        for (const CandidateRow &row : rows) {
            ASSERT_TRUE(row.name.startsWith(QLatin1String("common "))) << row.name.toStdString();
            ASSERT_EQ(row.kind, CandidateKind::Kol);
        }
    }
    // A rarer word.
    filter.kind.reset();
    filter.search = QStringLiteral("rare");
    EXPECT_EQ(m_store->rowCount(filter), 2000);
    EXPECT_EQ(allRows(*m_store, filter, {CandidateSortKey::Followers, false}).size(), 2000);
    filter.search = QStringLiteral("common 11998"); // the number begins no other word
    EXPECT_EQ(m_store->rowCount(filter), 1);
    EXPECT_EQ(allRows(*m_store, filter).size(), 1);
}

} // namespace
} // namespace planner::test
