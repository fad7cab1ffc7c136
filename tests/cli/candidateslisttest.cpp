// "candidates list": the exact CSV it writes, the text table, and its filters.
#include "clitest.h"

#include <QFileInfo>

namespace planner::test {
namespace {

const QString csvHeader = QStringLiteral(
    "id,name,kind,tier,platform,handle,followers,engagement_rate_pct,avg_views,fee,currency,"
    "authenticity_pct,niches,regions,languages\n");

class CandidatesListTestFixture : public CliTest
{
protected:
    CliResult list(const QStringList &arguments) const
    {
        return runOnDb(QStringList{QStringLiteral("candidates"), QStringLiteral("list")} + arguments);
    }

    // Four candidates, one in each tier, kind and platform, for the filters.
    void addFourCandidates() const
    {
        add({QStringLiteral("--name"), QStringLiteral("Anh Nano"), QStringLiteral("--kind"),
             QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("instagram"),
             QStringLiteral("--followers"), QStringLiteral("5000"), QStringLiteral("--niche"),
             QStringLiteral("beauty"), QStringLiteral("--region"), QStringLiteral("VN-SG"),
             QStringLiteral("--handle"), QStringLiteral("@anh")});
        add({QStringLiteral("--name"), QStringLiteral("Budi Micro"), QStringLiteral("--kind"),
             QStringLiteral("influencer"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
             QStringLiteral("--followers"), QStringLiteral("50000"), QStringLiteral("--niche"),
             QStringLiteral("food"), QStringLiteral("--region"), QStringLiteral("ID"),
             QStringLiteral("--handle"), QStringLiteral("@budi")});
        add({QStringLiteral("--name"), QStringLiteral("Chi Macro"), QStringLiteral("--kind"),
             QStringLiteral("creator"), QStringLiteral("--platform"), QStringLiteral("youtube"),
             QStringLiteral("--followers"), QStringLiteral("500000"), QStringLiteral("--niche"),
             QStringLiteral("tech"), QStringLiteral("--region"), QStringLiteral("VN"),
             QStringLiteral("--handle"), QStringLiteral("@chi_tube")});
        add({QStringLiteral("--name"), QStringLiteral("Dara Mega"), QStringLiteral("--kind"),
             QStringLiteral("koc"), QStringLiteral("--platform"), QStringLiteral("facebook"),
             QStringLiteral("--followers"), QStringLiteral("2000000"), QStringLiteral("--niche"),
             QStringLiteral("beauty"), QStringLiteral("--region"), QStringLiteral("IR")});
    }
};

using CandidatesListTest = OnBothBackends<CandidatesListTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatesListTest);

TEST_P(CandidatesListTest, CsvHasTheExactHeaderAndPlainValues)
{
    add({QStringLiteral("--name"), QStringLiteral("Lê, \"Bé\" Na"), QStringLiteral("--kind"),
         QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
         QStringLiteral("--followers"), QStringLiteral("125000"), QStringLiteral("--handle"),
         QStringLiteral("@bena"), QStringLiteral("--engagement-rate"), QStringLiteral("3.5"),
         QStringLiteral("--avg-views"), QStringLiteral("40000"), QStringLiteral("--fee"),
         QStringLiteral("1500000"), QStringLiteral("--currency"), QStringLiteral("vnd"),
         QStringLiteral("--authenticity"), QStringLiteral("91.25%"), QStringLiteral("--niche"),
         QStringLiteral("Beauty"), QStringLiteral("--niche"), QStringLiteral("food"),
         QStringLiteral("--region"), QStringLiteral("vn-sg"), QStringLiteral("--region"),
         QStringLiteral("VN-HN")});
    add({QStringLiteral("--name"), QStringLiteral("Maya Tan"), QStringLiteral("--kind"),
         QStringLiteral("creator"), QStringLiteral("--platform"), QStringLiteral("youtube"),
         QStringLiteral("--followers"), QStringLiteral("9999"), QStringLiteral("--fee"),
         QStringLiteral("2500.5"), QStringLiteral("--currency"), QStringLiteral("USD"),
         QStringLiteral("--engagement-rate"), QStringLiteral("0.00001")});
    const CliResult result = list({QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out,
              csvHeader
                  + QStringLiteral("1,\"Lê, \"\"Bé\"\" Na\",kol,macro,tiktok,@bena,125000,3.5,40000,"
                                   "1500000,VND,91.25,beauty|food,VN-SG|VN-HN,\n"
                                   "2,Maya Tan,creator,nano,youtube,,9999,0,,2500.50,USD,,,,\n"));
    EXPECT_TRUE(result.err.isEmpty());
}

TEST_P(CandidatesListTest, CsvRoundTripsVietnameseAndPersianNamesAsUtf8)
{
    const QString vietnamese = QStringLiteral("Nguyễn Thị Hồng Nhung");
    const QString persian = QStringLiteral("سارا محمدی");
    add({QStringLiteral("--name"), vietnamese, QStringLiteral("--kind"), QStringLiteral("koc"),
         QStringLiteral("--platform"), QStringLiteral("facebook"), QStringLiteral("--followers"),
         QStringLiteral("15000"), QStringLiteral("--handle"), QStringLiteral("@hồngnhung")});
    add({QStringLiteral("--name"), persian, QStringLiteral("--kind"), QStringLiteral("influencer"),
         QStringLiteral("--platform"), QStringLiteral("instagram"), QStringLiteral("--followers"),
         QStringLiteral("80000"), QStringLiteral("--handle"), QStringLiteral("@سارا")});
    const QList<QStringList> rows = csvRows();
    ASSERT_EQ(rows.size(), 3);
    // Sorted by name: Latin letters before Arabic script.
    EXPECT_EQ(rows.at(1).value(1), vietnamese);
    // Handles start with '@' but are plain names no spreadsheet evaluates: written as they
    // are, without the apostrophe a formula gets (issue 20, see CsvWriter).
    EXPECT_EQ(rows.at(1).value(5), QStringLiteral("@hồngnhung"));
    EXPECT_EQ(rows.at(2).value(1), persian);
    EXPECT_EQ(rows.at(2).value(5), QStringLiteral("@سارا"));
}

TEST_P(CandidatesListTest, CsvQuotesCommasQuotesAndLineBreaks)
{
    const QString withBreak = QStringLiteral("Studio\nHà Nội");
    add({QStringLiteral("--name"), QStringLiteral("Doe, Jane"), QStringLiteral("--kind"),
         QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("tv"),
         QStringLiteral("--followers"), QStringLiteral("300000")});
    add({QStringLiteral("--name"), withBreak, QStringLiteral("--kind"), QStringLiteral("creator"),
         QStringLiteral("--platform"), QStringLiteral("blog"), QStringLiteral("--followers"),
         QStringLiteral("700"), QStringLiteral("--handle"), QStringLiteral("say \"hi\"")});
    const CliResult result = list({QStringLiteral("--format=csv")});
    EXPECT_TRUE(result.out.contains(QStringLiteral("\n1,\"Doe, Jane\",kol,macro,tv,,300000,")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("\n2,\"Studio\nHà Nội\",creator,nano,blog,\"say \"\"hi\"\"\",700,")))
        << result.out.toStdString();
    const QList<QStringList> rows = csvRows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).value(1), QStringLiteral("Doe, Jane"));
    EXPECT_EQ(rows.at(2).value(1), withBreak);
    EXPECT_EQ(rows.at(2).value(5), QStringLiteral("say \"hi\""));
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), 15); // every column of CandidateExport, languages last
}

TEST_P(CandidatesListTest, EmptyDatabaseGivesTheHeaderOnly)
{
    const CliResult result = list({QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, csvHeader);
}

TEST_P(CandidatesListTest, TextIsTheDefaultAndLinesUpItsColumns)
{
    addFourCandidates();
    const CliResult result = list({});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    const QString &header = lines.at(0);
    EXPECT_TRUE(header.startsWith(QStringLiteral("Name "))) << header.toStdString();
    const qsizetype kindColumn = header.indexOf(QStringLiteral("Kind"));
    const qsizetype platformColumn = header.indexOf(QStringLiteral("Platform"));
    ASSERT_GT(kindColumn, 0);
    EXPECT_EQ(lines.at(1).indexOf(QStringLiteral("KOL")), kindColumn);
    EXPECT_EQ(lines.at(2).indexOf(QStringLiteral("Influencer")), kindColumn);
    EXPECT_EQ(lines.at(3).indexOf(QStringLiteral("YouTube")), platformColumn);
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("Macro")));
    // Followers are right-aligned numbers in the user's locale (C: grouped with commas).
    EXPECT_TRUE(lines.at(4).endsWith(QStringLiteral(" 2,000,000"))) << lines.at(4).toStdString();
    for (const QString &line : lines)
        EXPECT_EQ(line.size(), header.size()) << line.toStdString();
}

TEST_P(CandidatesListTest, FiltersByKindTierPlatformAndSearch)
{
    addFourCandidates();
    const auto names = [this](const QStringList &filter) { return csvNames(filter); };
    EXPECT_EQ(names({QStringLiteral("--kind"), QStringLiteral("kol")}),
              QStringList{QStringLiteral("Anh Nano")});
    EXPECT_EQ(names({QStringLiteral("--tier"), QStringLiteral("micro")}),
              QStringList{QStringLiteral("Budi Micro")});
    EXPECT_EQ(names({QStringLiteral("--tier"), QStringLiteral("mega")}),
              QStringList{QStringLiteral("Dara Mega")});
    EXPECT_EQ(names({QStringLiteral("--platform"), QStringLiteral("youtube")}),
              QStringList{QStringLiteral("Chi Macro")});
    EXPECT_EQ(names({QStringLiteral("--search"), QStringLiteral("budi")}),
              QStringList{QStringLiteral("Budi Micro")});
    EXPECT_EQ(names({QStringLiteral("--search"), QStringLiteral("chi_t")}), // a handle
              QStringList{QStringLiteral("Chi Macro")});
    EXPECT_EQ(names({QStringLiteral("--search"), QStringLiteral("%")}), QStringList());
    EXPECT_EQ(names({QStringLiteral("--kind"), QStringLiteral("kol"), QStringLiteral("--tier"),
                     QStringLiteral("mega")}),
              QStringList());
    EXPECT_EQ(names({}).size(), 4);
}

TEST_P(CandidatesListTest, FiltersByNicheAndRegionIncludingSubdivisions)
{
    addFourCandidates();
    EXPECT_EQ(csvNames({QStringLiteral("--niche"), QStringLiteral("beauty")}),
              (QStringList{QStringLiteral("Anh Nano"), QStringLiteral("Dara Mega")}));
    EXPECT_EQ(csvNames({QStringLiteral("--region"), QStringLiteral("vn")}),
              (QStringList{QStringLiteral("Anh Nano"), QStringLiteral("Chi Macro")}));
    EXPECT_EQ(csvNames({QStringLiteral("--niche"), QStringLiteral("beauty"),
                        QStringLiteral("--region"), QStringLiteral("VN")}),
              QStringList{QStringLiteral("Anh Nano")});
}

TEST_P(CandidatesListTest, TierFollowsTheThresholdsInTheDatabase)
{
    for (const QString &followers : {QStringLiteral("9999"), QStringLiteral("10000"),
                                     QStringLiteral("99999"), QStringLiteral("100000"),
                                     QStringLiteral("1000000")}) {
        add({QStringLiteral("--name"), QStringLiteral("F") + followers, QStringLiteral("--kind"),
             QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("x"),
             QStringLiteral("--followers"), followers});
    }
    QStringList tiers;
    const QList<QStringList> rows = csvRows();
    for (qsizetype i = 1; i < rows.size(); ++i)
        tiers << rows.at(i).value(1) + QLatin1Char('=') + rows.at(i).value(3);
    EXPECT_EQ(tiers, (QStringList{QStringLiteral("F10000=micro"), QStringLiteral("F100000=macro"),
                                  QStringLiteral("F1000000=mega"), QStringLiteral("F9999=nano"),
                                  QStringLiteral("F99999=micro")}));
}

TEST_P(CandidatesListTest, RefusesUnknownFilterValuesWithoutCreatingTheFile)
{
    struct Case
    {
        QString option;
        QString value;
        QString allowed;
    };
    const Case cases[] = {
        {QStringLiteral("--kind"), QStringLiteral("star"), QStringLiteral("kol")},
        {QStringLiteral("--tier"), QStringLiteral("giga"), QStringLiteral("nano, micro, macro, mega")},
        {QStringLiteral("--platform"), QStringLiteral("myspace"), QStringLiteral("print")},
        {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("csv")},
    };
    for (const Case &c : cases) {
        const CliResult result = list({c.option, c.value});
        EXPECT_EQ(result.exitCode, 1) << c.option.toStdString();
        EXPECT_TRUE(result.err.contains(c.option)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.allowed)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_FALSE(databaseMade());
}

} // namespace
} // namespace planner::test
