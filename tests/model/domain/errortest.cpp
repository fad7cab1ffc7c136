// Error: how a check's refusal names the field and says why.
#include "modeltestsupport.h"

#include "domain/error.h"

namespace planner::test {
namespace {

TEST(ErrorTest, ARefusalFillsTheErrorAndAnswersFalse)
{
    Error error;
    error.channelIndex = 2;
    EXPECT_FALSE(Error::refuse(&error, QStringLiteral("per_usd"), QStringLiteral("Rate"),
                               QStringLiteral("must be above zero")));
    EXPECT_EQ(error.fieldKey, QStringLiteral("per_usd"));
    EXPECT_EQ(error.field, QStringLiteral("Rate"));
    EXPECT_EQ(error.message, QStringLiteral("must be above zero"));
    // Only the field and the reason change: which channel it was about stays.
    EXPECT_EQ(error.channelIndex, 2);
    EXPECT_EQ(error.text(), QStringLiteral("Rate: must be above zero"));
}

TEST(ErrorTest, ARefusalWithoutAnErrorToFillStillAnswersFalse)
{
    EXPECT_FALSE(Error::refuse(nullptr, QStringLiteral("name"), QStringLiteral("Name"),
                               QStringLiteral("A saved view needs a name.")));
}

} // namespace
} // namespace planner::test
