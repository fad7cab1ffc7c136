// "campaigns report NAME FILE.pdf [--language vi|id|fa|en]": the PDF read back with
// poppler's pdftotext holds every shortlisted name, the projected totals in the language's
// digits and the assumptions' sources, in each of the four languages (Persian in logical
// order), on the language's paper, with every font embedded (pdffonts); the HTML version is
// one file with its charts inline; bad arguments are refused.
#include "campaignclitest.h"

#include "reportlanguage.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QFile>
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

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

class CampaignsReportTest : public CampaignCliTest
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

TEST_F(CampaignsReportTest, EnglishReportHoldsNamesTotalsAndSourcesOnLetterWithFontsEmbedded)
{
    expectComplete(QStringLiteral("en"), QStringLiteral("(letter)"));
}

TEST_F(CampaignsReportTest, VietnameseReportHoldsNamesTotalsAndSourcesOnA4)
{
    expectComplete(QStringLiteral("vi"), QStringLiteral("(A4)"));
}

TEST_F(CampaignsReportTest, IndonesianReportHoldsNamesTotalsAndSourcesOnA4)
{
    expectComplete(QStringLiteral("id"), QStringLiteral("(A4)"));
}

TEST_F(CampaignsReportTest, PersianReportReadsInLogicalOrderWithPersianDigitsAndJalaliDates)
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

TEST_F(CampaignsReportTest, HtmlReportIsOneFileWithItsChartsInline)
{
    const CliResult result = report(QStringLiteral("plan.html"), {QStringLiteral("--language"), QStringLiteral("fa")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(filePath(QStringLiteral("plan.html")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("dir=\"rtl\"")));
    EXPECT_GE(html.count(QStringLiteral("<svg")), 3);
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


TEST_F(CampaignsReportTest, RefusesAnUnknownLanguageAFileThatIsNeitherPdfNorHtmlAndAnUnknownCampaign)
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
