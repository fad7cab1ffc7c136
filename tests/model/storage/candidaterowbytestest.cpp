// CandidateRowBytes: keys and language lists read from a row's UTF-8 bytes give what the
// QString rules (kindFromKey, platformFromKey, LanguageMatch) give of the same text, and a
// row read in place holds the values of the CandidateRow made of it (issue 14).
#include "modeltestsupport.h"

#include "domain/languagematch.h"
#include "storage/candidaterowbytes.h"
#include "storage/candidaterowcursor.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace planner::test {
namespace {

QList<QByteArray> keyLikeTexts(const QStringList &keys)
{
    QList<QByteArray> texts{"", " ", "unknown", "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7", "\x80", "KOL|x"};
    for (const QString &key : keys) {
        texts << key.toUtf8() << key.toUpper().toUtf8() << (QLatin1Char(' ') + key + QLatin1Char('\t')).toUtf8()
              << (key + QLatin1Char('s')).toUtf8() << key.left(1).toUtf8();
    }
    return texts;
}

TEST(CandidateRowBytesTest, KindsAndPlatformsAreReadAsTheirKeysAreInAnyCase)
{
    for (const QByteArray &text : keyLikeTexts(allKindKeys())) {
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(CandidateRowBytes::kindFromUtf8(text), kindFromKey(QString::fromUtf8(text)));
    }
    for (const QByteArray &text : keyLikeTexts(allPlatformKeys())) {
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(CandidateRowBytes::platformFromUtf8(text), platformFromKey(QString::fromUtf8(text)));
    }
    EXPECT_EQ(CandidateRowBytes::kindFromUtf8("kol"), CandidateKind::Kol);
    EXPECT_EQ(CandidateRowBytes::platformFromUtf8(" TikTok "), Platform::TikTok);
    EXPECT_EQ(CandidateRowBytes::platformFromUtf8("tik|tok"), std::nullopt);
}

TEST(CandidateRowBytesTest, StoredLanguagesAreNormalOnlyWhenSplittingAndJoiningKeepsThem)
{
    for (const char *normal : {"", "vi", "vi|en", "fa|ar|en", "zh-hant|vi-vn", "e\"n", "x,y"})
        EXPECT_TRUE(CandidateRowBytes::languagesAreNormal(normal)) << normal;
    // Empty items, repeats, capitals, spaces, other scripts: made again by LanguageMatch.
    for (const char *other : {"|", "vi|", "|vi", "vi||en", "vi|vi", "en|fa|en", "Vi", " vi", "vi ",
                              "vi|\xDB\x8C", "\xD9\x81\xD8\xA7", "a\tb"})
        EXPECT_FALSE(CandidateRowBytes::languagesAreNormal(other)) << other;
}

TEST(CandidateRowBytesTest, RandomLanguageListsAreNormalOnlyWhenLanguageMatchAgrees)
{
    const QList<QByteArray> pieces{"vi", "en", "fa", "v", "|", "|", " ", "V", "-", "\xDB\x8C", "\"", ","};
    QRandomGenerator random(14);
    for (int i = 0; i < 20000; ++i) {
        QByteArray stored;
        for (int n = random.bounded(8); n > 0; --n)
            stored += pieces.at(random.bounded(int(pieces.size())));
        const QString text = QString::fromUtf8(stored);
        const bool same = LanguageMatch::split(text).join(QLatin1Char('|')) == text;
        const bool plain = std::all_of(stored.begin(), stored.end(), [](char c) {
            return c > ' ' && c <= '~' && !(c >= 'A' && c <= 'Z');
        });
        // Normal: kept by LanguageMatch, and printable ASCII without capitals (the rest is
        // left to LanguageMatch even when it would keep it).
        ASSERT_EQ(CandidateRowBytes::languagesAreNormal(stored), same && plain) << stored.toStdString();
    }
}

// Each row the cursor hands over in place, as the values of a CandidateRow.
class InPlaceRows : public CandidateRowVisitor
{
public:
    void visit(const CandidateRowBytes &row) override
    {
        const auto text = [](QUtf8StringView bytes) {
            return QString::fromUtf8(QByteArrayView(bytes.data(), bytes.size()));
        };
        CandidateRow made;
        made.channel.id = row.channelId();
        made.candidateId = row.candidateId();
        made.name = text(row.name());
        made.kind = row.kind();
        made.channel.platform = row.platform();
        made.channel.handle = text(row.handle());
        made.channel.followers = row.followers();
        made.channel.engagementRatePct = row.engagementRatePct();
        made.channel.avgViews = row.avgViews();
        made.channel.fee = row.fee();
        made.channel.authenticityPct = row.authenticityPct();
        joined << QStringList{text(row.niches()), text(row.regions()), text(row.languages())};
        rows << made;
    }
    void visit(const CandidateRow &row) override { held << row; }

    QList<CandidateRow> rows; // lists left empty: joined holds them
    QList<QStringList> joined;
    QList<CandidateRow> held;
};

using CandidateRowBytesFileTest = StoreTest;

TEST_F(CandidateRowBytesFileTest, ARowReadInPlaceHoldsTheValuesOfItsCandidateRow)
{
    Channel first = makeChannel(Platform::Instagram, QStringLiteral("@thu"), 52000);
    first.engagementRatePct = 3.5;
    first.fee = Money(2500000, QStringLiteral("VND"));
    first.authenticityPct = 91.25;
    first.languages = {QStringLiteral("vi"), QStringLiteral("en")};
    Channel second = makeChannel(Platform::TikTok, QStringLiteral("@\u0633\u0627\u0631\u0627"), 900);
    second.fee = Money(1250, QStringLiteral("USD"));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Tr\u1EA7n Thu"), CandidateKind::Kol, {first, second},
                                           {QStringLiteral("beauty"), QStringLiteral("food")},
                                           {QStringLiteral("VN-SG")})));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("\u0633\u0627\u0631\u0627 \u0645\u062D\u0645\u062F\u06CC"),
                                           CandidateKind::Koc,
                                           {makeChannel(Platform::YouTube, QStringLiteral("-x"), 7)})));
    // What the program would not store but a file may hold: keys in other cases, a currency
    // in lowercase, lists with empty items, languages with capitals and repeats, a byte
    // order mark and bytes that are no UTF-8.
    QSqlQuery query(connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE channels SET platform = ' TikTok ', fee_minor = 125, currency = 'usd',"
        " languages = 'EN| vi|en|' WHERE handle = '-x'")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE candidates SET niches = 'a||b|', regions = char(65279) || 'IR|'"
        " WHERE kind = 'koc'")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE channels SET handle = CAST(X'40C328' AS TEXT), platform = 'nonsense'"
        " WHERE handle = '@thu'")));

    const QList<CandidateRow> expected = allRows(*m_store, CandidateFilter());
    InPlaceRows visitor;
    const auto cursor = m_store->rows(CandidateFilter(), CandidateSort());
    qsizetype visited = 0;
    while (!cursor->atEnd())
        visited += cursor->visit(2, visitor);
    ASSERT_FALSE(cursor->failed());
    EXPECT_TRUE(visitor.held.isEmpty()); // SQLite's rows are read in place
    ASSERT_EQ(visited, 3);
    ASSERT_EQ(visitor.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const CandidateRow &want = expected.at(i);
        const CandidateRow &got = visitor.rows.at(i);
        EXPECT_EQ(got.channel.id, want.channel.id);
        EXPECT_EQ(got.candidateId, want.candidateId);
        EXPECT_EQ(got.name, want.name);
        EXPECT_EQ(got.kind, want.kind);
        EXPECT_EQ(got.channel.platform, want.channel.platform);
        EXPECT_EQ(got.channel.handle, want.channel.handle);
        EXPECT_EQ(got.channel.followers, want.channel.followers);
        EXPECT_EQ(got.channel.engagementRatePct, want.channel.engagementRatePct);
        EXPECT_EQ(got.channel.avgViews, want.channel.avgViews);
        EXPECT_EQ(got.channel.fee, want.channel.fee);
        EXPECT_EQ(got.channel.authenticityPct, want.channel.authenticityPct);
        EXPECT_EQ(visitor.joined.at(i),
                  (QStringList{want.niches.join(QLatin1Char('|')), want.regions.join(QLatin1Char('|')),
                               want.channel.languages.join(QLatin1Char('|'))}));
    }
    // The odd values made it into the rows (so the comparison above saw them).
    EXPECT_TRUE(std::any_of(expected.begin(), expected.end(), [](const CandidateRow &row) {
        return row.channel.languages == QStringList{QStringLiteral("en"), QStringLiteral("vi")}
            && row.channel.platform == Platform::TikTok && row.channel.fee
            && row.channel.fee->currency() == QStringLiteral("USD") && row.niches.size() == 4;
    }));
}

} // namespace
} // namespace planner::test
