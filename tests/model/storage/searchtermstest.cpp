// The words names and handles are indexed and searched under (SearchTerms): split by hand at
// the same marks as the regular expression that did it before (issue 15: it took a sixth of
// an import's time), so that every stored index and every typed search still agree.
#include "storage/searchterms.h"

#include "domain/candidate.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace planner {
namespace {

QStringList byExpression(const QString &typed)
{
    static const QRegularExpression separators(
        QStringLiteral("[\\s,;@./_\\-|()\\[\\]#\\x{01}-\\x{1F}\\x{7F}]+"));
    return SearchTerms::fold(typed).split(separators, Qt::SkipEmptyParts);
}

TEST(SearchTermsTest, WordsAreSplitWhereTheExpressionSplitThem)
{
    const QStringList texts{
        QString(),
        QStringLiteral("   "),
        QStringLiteral("Nguyễn Thu Hà"),
        QStringLiteral("@thu.ha_official"),
        QStringLiteral("--a--b--"),
        QStringLiteral("x,y;z@w.v/u_t-s|r(q)p[o]n#m"),
        QStringLiteral("tab\there\nnew\rline\vvertical\fform"),
        QStringLiteral("Đặng Văn Lâm (VN)"),
        QStringLiteral("سارا محمدی"),
        QStringLiteral("علی\u200Cرضایی كيك"),
        QStringLiteral("no\u00A0break\u2003em\u3000wide\u202Fnarrow"),
        QStringLiteral("next\u0085line\u2028sep\u2029para\u1680ogham"),
        QStringLiteral("ﬁve Ⅻ ①"),
        QStringLiteral("Putri_Lestari.99"),
        QStringLiteral("ctl\x01" "end\x1F" "bell\x07" "del\x7F" "end"),
        QStringLiteral("ctl\x01" "with\u2028rare"),
    };
    for (const QString &text : texts)
        EXPECT_EQ(SearchTerms::queryWords(text), byExpression(text)) << text.toStdString();
    EXPECT_EQ(SearchTerms::queryWords(QStringLiteral("@Thu.Hà_Official")),
              (QStringList{QStringLiteral("thu"), QStringLiteral("ha"), QStringLiteral("official")}));
}

// Every ASCII character, each case, folds as Unicode's decomposition and case folding have it
// (the fold takes a short way for ASCII text).
TEST(SearchTermsTest, AsciiTextFoldsAsTheUnicodeWayFoldsIt)
{
    QString all;
    for (char16_t c = 1; c < 0x80; ++c)
        all += QChar(c);
    const QString slow = all.normalized(QString::NormalizationForm_KD).toCaseFolded();
    EXPECT_EQ(SearchTerms::fold(all), slow);
    EXPECT_EQ(SearchTerms::fold(QStringLiteral("@U123_Instagram Budi SANTOSO 1")),
              QStringLiteral("@u123_instagram budi santoso 1"));
    EXPECT_EQ(SearchTerms::fold(QStringLiteral("Budi Đặng")), QStringLiteral("budi dang"));
}

TEST(SearchTermsTest, ACandidatesTermsAreTheFirstOfEachWordInOrder)
{
    Candidate candidate;
    candidate.name = QStringLiteral("Thu Hà thu");
    Channel tiktok;
    tiktok.handle = QStringLiteral("@thu.ha");
    Channel instagram;
    instagram.handle = QStringLiteral("@ha_beauty");
    candidate.channels << tiktok << instagram;
    EXPECT_EQ(SearchTerms::forCandidate(candidate),
              (QStringList{QStringLiteral("thu"), QStringLiteral("ha"), QStringLiteral("beauty")}));
    EXPECT_EQ(SearchTerms::document(candidate), QStringLiteral("thu ha beauty"));
}

} // namespace
} // namespace planner
