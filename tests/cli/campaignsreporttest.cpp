// "campaigns report NAME FILE.pdf [--language vi|id|fa|en]": the PDF read back with
// poppler's pdftotext holds every shortlisted name, the projected totals in the language's
// digits and the assumptions' sources, in each of the four languages (Persian in logical
// order), on the language's paper, with every font embedded (pdffonts); the HTML version is
// one file with its charts inline; bad arguments are refused.
#include "campaignclitest.h"

#include "reportlanguage.h"
#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QProcess>
#include <QRegularExpression>
#include <cmath>

namespace planner::test {
namespace {

const QString campaignName = QStringLiteral("Tết Glow 2027");

// Text as compared: compatibility forms folded (the PDF's Persian letters come back as
// their joined presentation forms), without white space, line breaks or bidi controls.
QString comparable(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression ignored(QStringLiteral("[\\s\\x{200C}-\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return text.remove(ignored);
}

// Whether text holds line, as pdftotext gives back a Persian line that mixes numbers or
// Latin words with Persian ones: its words in their order, its numbers and punctuation
// reordered. So the words are looked for in order, and each number anywhere.
bool holdsLine(const QString &text, const QString &line)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}\\p{M}]"));
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{M}]+"));
    static const QRegularExpression numbers(QStringLiteral("\\p{N}+"));
    const QString letters = comparable(text).remove(nonLetters);
    qsizetype from = 0;
    for (const QRegularExpressionMatch &word : words.globalMatch(comparable(line))) {
        from = letters.indexOf(word.captured(), from);
        if (from < 0)
            return false;
        from += word.capturedLength();
    }
    for (const QRegularExpressionMatch &number : numbers.globalMatch(line)) {
        if (!text.contains(number.captured()))
            return false;
    }
    return true;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

class CampaignsReportTestFixture : public CampaignCliTest
{
protected:
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        ASSERT_EQ(runOnDb({QStringLiteral("demo")}).exitCode, 0);
        createCampaign(campaignName, {QStringLiteral("--goal"), QStringLiteral("awareness"), QStringLiteral("--budget"),
                                      QStringLiteral("500000000"), QStringLiteral("--currency"), QStringLiteral("VND"),
                                      QStringLiteral("--niche"), QStringLiteral("beauty"), QStringLiteral("--region"),
                                      QStringLiteral("VN"), QStringLiteral("--start"), QStringLiteral("2027-01-10"),
                                      QStringLiteral("--end"), QStringLiteral("2027-02-15")});
        ASSERT_EQ(runOnDb({QStringLiteral("campaigns"), QStringLiteral("optimize"), campaignName}).exitCode, 0);
    }

    CliResult report(const QString &file, const QStringList &more = {}) const
    {
        return runOnDb(QStringList{QStringLiteral("campaigns"), QStringLiteral("report"), campaignName,
                                   filePath(file)} + more);
    }

    // What the report must say, from the file as stored: names, totals, sources.
    struct Expected
    {
        QStringList names;
        QStringList totals;
        QStringList sources;
    };
    Expected expected(const QLocale &locale) const
    {
        Expected result;
        const auto stored = open();
        const Campaign campaign = stored->campaign(campaignName);
        const QList<ShortlistEntry> entries = stored->entries(campaignName);
        QHash<qint64, Candidate> candidates;
        for (const Candidate &candidate : stored->candidates->allCandidates())
            candidates.insert(candidate.id, candidate);
        for (const ShortlistEntry &entry : entries)
            result.names << candidates.value(entry.candidateId).name;
        const Projection projection = stored->projection();
        const CampaignTotals totals =
            Projection::totals(entries, projection.projectEntries(campaign, entries, candidates), campaign.currency());
        for (const double figure : {totals.uniqueReach, totals.impressions, totals.engagements})
            result.totals << LocalFormat::count(std::llround(figure), locale);
        result.totals << LocalFormat::money(totals.cost, locale);
        for (const Assumption &assumption : projection.assumptions().all())
            result.sources << assumption.source;
        result.sources.removeDuplicates();
        return result;
    }

    void expectComplete(const QString &language, const QString &paper)
    {
        const QString file = QStringLiteral("plan-%1.pdf").arg(language);
        const CliResult result = report(file, {QStringLiteral("--language"), language});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(result.out, QStringLiteral("Report written to %1\n").arg(filePath(file)));
        const QString text = comparable(runTool(QStringLiteral("pdftotext"), {filePath(file), QStringLiteral("-")}));
        const Expected wanted = expected(QLocale(language));
        ASSERT_FALSE(wanted.names.isEmpty());
        for (const QStringList *list : {&wanted.names, &wanted.totals, &wanted.sources}) {
            for (const QString &needle : *list)
                EXPECT_TRUE(text.contains(comparable(needle))) << language.toStdString() << ": " << needle.toStdString();
        }
        const QString fonts = runTool(QStringLiteral("pdffonts"), {filePath(file)});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        EXPECT_FALSE(lines.isEmpty());
        for (const QString &line : lines) // name, type, encoding, then "emb": yes
            EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))))
                << line.toStdString();
        EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"), {filePath(file)}).contains(paper)) << language.toStdString();
    }
};

using CampaignsReportTest = OnBothBackends<CampaignsReportTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CampaignsReportTest);

TEST_P(CampaignsReportTest, EnglishReportHoldsNamesTotalsAndSourcesOnLetterWithFontsEmbedded)
{
    expectComplete(QStringLiteral("en"), QStringLiteral("(letter)"));
}

TEST_P(CampaignsReportTest, VietnameseReportHoldsNamesTotalsAndSourcesOnA4)
{
    expectComplete(QStringLiteral("vi"), QStringLiteral("(A4)"));
}

TEST_P(CampaignsReportTest, IndonesianReportHoldsNamesTotalsAndSourcesOnA4)
{
    expectComplete(QStringLiteral("id"), QStringLiteral("(A4)"));
}

TEST_P(CampaignsReportTest, PersianReportReadsInLogicalOrderWithPersianDigitsAndJalaliDates)
{
    expectComplete(QStringLiteral("fa"), QStringLiteral("(A4)"));
    const QString text = comparable(runTool(QStringLiteral("pdftotext"), {filePath(QStringLiteral("plan-fa.pdf")),
                                                                          QStringLiteral("-")}));
    QString goal;
    QString month;
    {
        const ReportLanguage persian(QStringLiteral("fa"));
        goal = DisplayNames::goal(Goal::Awareness);
        // 2027-01-10 is 20 Dey 1405 in the Solar Hijri calendar.
        month = LocalFormat::calendar().monthName(QLocale(), 10);
    }
    EXPECT_NE(goal, QStringLiteral("Awareness"));
    EXPECT_TRUE(text.contains(comparable(goal))) << goal.toStdString();
    EXPECT_TRUE(text.contains(comparable(month))) << month.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("۱۴۰۵")));
    EXPECT_FALSE(text.contains(QStringLiteral("2027-01-10")));
}

// The shortlist table runs over as many pages as it needs, its header row on top of each
// and every entry's row on one of them, in English and in Persian (drawn, not laid out as
// a QTextDocument table, for speed).
TEST_P(CampaignsReportTest, LongShortlistTableRunsOverPagesWithItsHeaderOnEach)
{
    {
        const auto stored = open();
        const Campaign campaign = stored->campaign(campaignName);
        QSet<qint64> listed;
        for (const ShortlistEntry &entry : stored->entries(campaignName))
            listed.insert(entry.candidateId);
        for (const Candidate &candidate : stored->candidates->allCandidates()) {
            if (listed.contains(candidate.id) || candidate.channels.isEmpty())
                continue;
            ShortlistEntry entry;
            entry.campaignId = campaign.id;
            entry.candidateId = candidate.id;
            entry.platform = candidate.channels.constFirst().platform;
            ASSERT_TRUE(stored->campaigns->addEntry(entry));
        }
    }
    const QList<ShortlistEntry> entries = open()->entries(campaignName);
    ASSERT_GE(entries.size(), 50);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fa")}) {
        const QString file = QStringLiteral("long-%1.pdf").arg(language);
        ASSERT_EQ(report(file, {QStringLiteral("--language"), language}).exitCode, 0);
        QString deliverables;
        QString engagements;
        {
            const ReportLanguage scope(language);
            deliverables = comparable(QCoreApplication::translate("MediaPlanHtml", "Deliverables"));
            engagements = comparable(QCoreApplication::translate("MediaPlanHtml", "Engagements"));
        }
        // pdftotext ends each page with a form feed.
        const QStringList pages = runTool(QStringLiteral("pdftotext"), {filePath(file), QStringLiteral("-")})
                                      .split(QLatin1Char('\f'));
        QList<int> tablePages;
        QString tableText;
        for (int page = 0; page < pages.size(); ++page) {
            const QString text = comparable(pages.at(page));
            if (text.contains(deliverables) && text.contains(engagements)) {
                tablePages << page;
                tableText += text;
            }
        }
        ASSERT_GE(tablePages.size(), 2) << language.toStdString();
        EXPECT_EQ(tablePages.constLast() - tablePages.constFirst() + 1, tablePages.size()) << "pages in a row";
        // One "N × format on platform" a row, the header having none.
        EXPECT_EQ(tableText.count(QChar(0x00D7)), entries.size()) << language.toStdString();
        // Without combining marks: poppler reads a Thai vowel sign below ("ศรีสุข") back
        // from neither Qt's table nor its text.
        static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
        tableText.remove(marks);
        const auto stored = open();
        for (const Candidate &candidate : stored->candidates->allCandidates())
            EXPECT_TRUE(tableText.contains(comparable(candidate.name).remove(marks))) << candidate.name.toStdString();
    }
}

// Issue 19: the report carries each entry's brand fit where one is set (rating, reasons,
// note, and its share in goal fit), in each of the four languages; an entry without one
// says nothing of it.
TEST_P(CampaignsReportTest, ReportCarriesTheBrandFitOfEachRatedEntryInEveryLanguage)
{
    BrandFit fit;
    {
        const auto stored = open();
        const QList<ShortlistEntry> entries = stored->entries(campaignName);
        ASSERT_GE(entries.size(), 2);
        fit.campaignId = stored->campaign(campaignName).id;
        fit.candidateId = entries.constFirst().candidateId;
        fit.rating = 4;
        fit.reasons = {BrandFit::Reason::UsesProduct, BrandFit::Reason::AudienceMatches};
        fit.note = QStringLiteral("Dùng serum của hãng từ 2024");
        ASSERT_TRUE(BrandFitStore(*stored->database).save(fit));
    }
    for (const QString &language : ReportLanguage::codes()) {
        const QString file = QStringLiteral("fit-%1.pdf").arg(language);
        ASSERT_EQ(report(file, {QStringLiteral("--language"), language}).exitCode, 0);
        const QString text = comparable(runTool(QStringLiteral("pdftotext"), {filePath(file), QStringLiteral("-")}));
        QString rating;
        QString share;
        QString note;
        QString anyRating;
        {
            const ReportLanguage scope(language);
            const QString reasons = BrandFit::reasonName(fit.reasons.at(0))
                + (language == QLatin1String("fa") ? QStringLiteral("، ") : QStringLiteral(", "))
                + BrandFit::reasonName(fit.reasons.at(1));
            rating = QCoreApplication::translate("MediaPlanHtml", "Brand fit: %1 of 5 (%2)")
                         .arg(LocalFormat::count(4), reasons);
            anyRating = QCoreApplication::translate("MediaPlanHtml", "Brand fit: %1 of 5 (%2)").section(QLatin1Char('%'), 0, 0);
            note = QCoreApplication::translate("MediaPlanHtml", "Brand fit note: %1").arg(fit.note);
            // 1 + 0.1 × (4 − 3): goal fit × 1.1, +10 %.
            share = QCoreApplication::translate("GoalExplanation",
                                                "Brand fit %1 of 5: goal fit × %2 (%3), at %4 per star above or below 3.")
                        .arg(LocalFormat::count(4), QLocale().toString(1.1, 'g', 4),
                             QLocale().positiveSign() + LocalFormat::percent(10.0), LocalFormat::percent(10.0));
        }
        if (language != QLatin1String("en"))
            EXPECT_FALSE(rating.startsWith(QLatin1String("Brand fit"))) << language.toStdString();
        const bool persian = language == QLatin1String("fa");
        for (const QString &line : {rating, note, share}) {
            EXPECT_TRUE(persian ? holdsLine(text, line) : text.contains(comparable(line)))
                << language.toStdString() << ": " << line.toStdString();
        }
        if (!persian) // (in Persian the colon comes back elsewhere)
            EXPECT_EQ(text.count(comparable(anyRating)), 1) << language.toStdString() << ": only the rated entry";
    }
}

TEST_P(CampaignsReportTest, HtmlReportIsOneFileWithItsChartsInline)
{
    const CliResult result = report(QStringLiteral("plan.html"), {QStringLiteral("--language"), QStringLiteral("fa")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(filePath(QStringLiteral("plan.html")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("dir=\"rtl\"")));
    EXPECT_GE(html.count(QStringLiteral("<svg")), 3);
    // Each drawing's runs of text stand at their left edges: left to right inside the
    // right-to-left page, or a browser would anchor each at its right edge.
    EXPECT_EQ(html.count(QStringLiteral("<svg direction=\"ltr\"")), html.count(QStringLiteral("<svg")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));
    EXPECT_FALSE(html.contains(QStringLiteral("planner-chart:")));
    for (const QString &name : expected(QLocale(QStringLiteral("fa"))).names)
        EXPECT_TRUE(html.contains(name.toHtmlEscaped())) << name.toStdString();
    // The assumptions by their translated names, not their keys ("reach_rate.tiktok").
    EXPECT_FALSE(html.contains(QStringLiteral("reach_rate.")));
    EXPECT_FALSE(html.contains(QStringLiteral("engagement_rate.")));
    // In English, "Reach rate · TikTok" and the like.
    ASSERT_EQ(report(QStringLiteral("plan-en.html"), {QStringLiteral("--language"), QStringLiteral("en")}).exitCode, 0);
    QFile english(filePath(QStringLiteral("plan-en.html")));
    ASSERT_TRUE(english.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(english.readAll()).contains(QStringLiteral("Reach rate · ")));
}


TEST_P(CampaignsReportTest, CoverCarriesTheClientFacingTitleGivenAndMediaPlanOtherwise)
{
    const QString title = QStringLiteral("Tết 2027 launch for Sữa Mộc");
    ASSERT_EQ(report(QStringLiteral("titled.pdf"), {QStringLiteral("--title"), title}).exitCode, 0);
    const QString titled = comparable(runTool(QStringLiteral("pdftotext"), {filePath(QStringLiteral("titled.pdf")),
                                                                            QStringLiteral("-")}));
    EXPECT_TRUE(titled.contains(comparable(title)));
    EXPECT_FALSE(titled.contains(QStringLiteral("Media plan")));
    EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"), {filePath(QStringLiteral("titled.pdf"))}).contains(title));

    // The same in a Persian HTML report: the title as typed, on the cover and in <title>.
    const QString persian = QStringLiteral("پیشنهاد کمپین نوروز");
    ASSERT_EQ(report(QStringLiteral("titled.html"), {QStringLiteral("--language"), QStringLiteral("fa"),
                                                     QStringLiteral("--title"), persian}).exitCode, 0);
    QFile html(filePath(QStringLiteral("titled.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("<h1 class=\"cover\">") + persian + QStringLiteral("</h1>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<title>\u2068") + persian));

    // No title: the cover says "Media plan".
    ASSERT_EQ(report(QStringLiteral("plain.pdf")).exitCode, 0);
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {filePath(QStringLiteral("plain.pdf")), QStringLiteral("-")})
                    .contains(QStringLiteral("Media plan")));

    const CliResult blank = report(QStringLiteral("blank.pdf"), {QStringLiteral("--title"), QStringLiteral("  ")});
    EXPECT_EQ(blank.exitCode, 1);
    EXPECT_TRUE(blank.err.contains(QStringLiteral("--title: must not be empty"))) << blank.err.toStdString();
    EXPECT_FALSE(QFile::exists(filePath(QStringLiteral("blank.pdf"))));
}

TEST_P(CampaignsReportTest, PlannedAgainstActualAppearsOnceResultsAreEnteredWithTheDifference)
{
    ASSERT_EQ(report(QStringLiteral("before.html")).exitCode, 0);
    QFile before(filePath(QStringLiteral("before.html")));
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(before.readAll()).contains(QStringLiteral("Planned against actual")));

    const QList<ShortlistEntry> entries = open()->entries(campaignName);
    ASSERT_FALSE(entries.isEmpty());
    const CliResult added = runOnDb({QStringLiteral("results"), QStringLiteral("add"), campaignName,
                                     QString::number(entries.first().candidateId), QStringLiteral("--platform"),
                                     platformKey(entries.first().platform), QStringLiteral("--format"),
                                     deliverableFormatKey(entries.first().format), QStringLiteral("--date"),
                                     QStringLiteral("2027-01-20"), QStringLiteral("--impressions"),
                                     QStringLiteral("123456"), QStringLiteral("--likes"), QStringLiteral("4321")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_EQ(runOnDb({QStringLiteral("campaigns"), QStringLiteral("complete"), campaignName, QStringLiteral("--date"),
                       QStringLiteral("2027-02-16")}).exitCode, 0);

    ASSERT_EQ(report(QStringLiteral("after.html")).exitCode, 0);
    QFile after(filePath(QStringLiteral("after.html")));
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(after.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("Planned against actual")));
    EXPECT_TRUE(html.contains(QStringLiteral("completed on ")));
    // The delivered impressions, with their difference from the projected total in brackets.
    const QRegularExpression impressions(QStringLiteral("123,456\u2069? \\(\u2068?[+\u2212-][0-9.]+%"));
    EXPECT_TRUE(impressions.match(html).hasMatch()) << html.toStdString();

    // In Persian, with Persian digits, in the PDF as well.
    ASSERT_EQ(report(QStringLiteral("after-fa.pdf"), {QStringLiteral("--language"), QStringLiteral("fa")}).exitCode, 0);
    const QString persian = comparable(runTool(QStringLiteral("pdftotext"), {filePath(QStringLiteral("after-fa.pdf")),
                                                                             QStringLiteral("-")}));
    EXPECT_TRUE(persian.contains(comparable(LocalFormat::count(123456, QLocale(QStringLiteral("fa"))))));
}

TEST_P(CampaignsReportTest, RefusesAnUnknownLanguageAFileThatIsNeitherPdfNorHtmlAndAnUnknownCampaign)
{
    // (Not expectRefused: Qt Gui may warn on stderr first where XDG_RUNTIME_DIR is unset.)
    const QList<std::pair<QStringList, QString>> refusals{
        {{filePath(QStringLiteral("a.pdf")), QStringLiteral("--language"), QStringLiteral("de")},
         QStringLiteral("--language: “de” is not a known value")},
        {{filePath(QStringLiteral("a.docx"))}, QStringLiteral("FILE: must end in .pdf or .html")}};
    for (const auto &[arguments, message] : refusals) {
        const CliResult result = runOnDb(QStringList{QStringLiteral("campaigns"), QStringLiteral("report"), campaignName}
                                         + arguments);
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(message)) << result.err.toStdString();
    }
    const CliResult missing = runOnDb({QStringLiteral("campaigns"), QStringLiteral("report"),
                                       QStringLiteral("No such campaign"), filePath(QStringLiteral("a.pdf"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_TRUE(missing.err.contains(QStringLiteral("No such campaign"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(filePath(QStringLiteral("a.pdf"))));
    EXPECT_FALSE(QFile::exists(filePath(QStringLiteral("a.docx"))));
}

} // namespace
} // namespace planner::test
