// The CSV the CLI writes: quoting and numbers, independent of any database.
#include "candidatecsvformat.h"
#include "csvfields.h"
#include "testsupport.h"

namespace planner {
namespace {

TEST(CsvFieldsTest, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(CsvFields::field(QStringLiteral("Trần Thu")), QStringLiteral("Trần Thu"));
    EXPECT_EQ(CsvFields::field(QString()), QString());
    EXPECT_EQ(CsvFields::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvFields::field(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvFields::field(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    EXPECT_EQ(CsvFields::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
}

TEST(CsvFieldsTest, WritesPlainDecimalsWithoutExponentOrNoise)
{
    EXPECT_EQ(CsvFields::number(3.5), QStringLiteral("3.5"));
    EXPECT_EQ(CsvFields::number(100.0), QStringLiteral("100"));
    EXPECT_EQ(CsvFields::number(0.0), QStringLiteral("0"));
    EXPECT_EQ(CsvFields::number(0.00001), QStringLiteral("0.00001"));
    EXPECT_EQ(CsvFields::number(0.1 + 0.2), QStringLiteral("0.3"));
    EXPECT_EQ(CsvFields::number(12.345678901234), QStringLiteral("12.345678901234"));
}

TEST(CandidateCsvFormatTest, WritesOneLinePerChannelWithKeysAndEmptyMissingValues)
{
    CandidateRow row;
    row.candidateId = 42;
    row.name = QStringLiteral("Dewi, Sari");
    row.kind = CandidateKind::Koc;
    row.niches = {QStringLiteral("food"), QStringLiteral("travel")};
    row.regions = {QStringLiteral("ID-JK")};
    row.channel.platform = Platform::Podcast;
    row.channel.followers = 10000;
    row.channel.fee = Money(250000000, QStringLiteral("IDR"));
    const CandidateCsvFormat format{TierThresholds()};
    EXPECT_EQ(format.line(row),
              QStringLiteral("42,\"Dewi, Sari\",koc,micro,podcast,,10000,,,250000000,IDR,,"
                             "food|travel,ID-JK\n"));
    EXPECT_EQ(CandidateCsvFormat::header().count(QLatin1Char(',')), 13);
}

} // namespace
} // namespace planner
