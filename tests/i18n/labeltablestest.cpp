// The labels said through label tables (display names, assumption labels, validators' field
// names) come out of the .qm files in each language under their classes' contexts, and an
// unknown key comes back as each function always gave it.
#include "domain/campaign.h"
#include "domain/candidate.h"
#include "languagemanager.h"
#include "storage/campaignvalidator.h"
#include "storage/candidatevalidator.h"
#include "testsupport.h"
#include "text/assumptionlabels.h"
#include "text/displaynames.h"

#include <QScopeGuard>

using namespace planner;

namespace {

// A label as a function said it, beside what the catalogue (or the fallback) says.
struct Said
{
    QString label;
    QString expected;
};

void expectEach(const QList<Said> &said)
{
    for (const Said &one : said)
        EXPECT_EQ(one.label, one.expected) << one.expected.toStdString();
}

TEST(LabelTables, SayEachLabelInVietnamese)
{
    LanguageManager languages;
    const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en")); });
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("vi")));

    expectEach({
        {DisplayNames::niche(QStringLiteral("beauty")), QStringLiteral("Làm đẹp")},
        {DisplayNames::goal(Goal::NicheTrust), QStringLiteral("Niềm tin trong ngách")},
        {DisplayNames::format(DeliverableFormat::Appearance), QStringLiteral("Lần xuất hiện")},
        {DisplayNames::status(EntryStatus::Declined), QStringLiteral("Đã từ chối")},
        {AssumptionLabels::label(QStringLiteral("reach_rate")), QStringLiteral("Tỷ lệ tiếp cận")},
        {AssumptionLabels::unit(QStringLiteral("share of followers")), QStringLiteral("tỷ lệ trên số người theo dõi")},
        {CampaignValidator::fieldName(QStringLiteral("agreed_fee")), QStringLiteral("Phí đã thỏa thuận")},
        {CandidateValidator::fieldName(QStringLiteral("avg_views")), QStringLiteral("Lượt xem trung bình")}});
}

TEST(LabelTables, SayEachLabelInPersianAndUnknownKeysAsBefore)
{
    LanguageManager languages;
    const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en")); });
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("fa")));

    expectEach({
        {DisplayNames::kindPlural(CandidateKind::Kol), QStringLiteral("رهبران افکار")},
        {DisplayNames::tier(Tier::Mega), QStringLiteral("مگا")},
        {AssumptionLabels::label(QStringLiteral("reach_rate.tiktok")), QStringLiteral("نرخ دسترسی · تیک‌تاک")},
        {CandidateValidator::fieldName(QStringLiteral("engagement_rate")), QStringLiteral("نرخ تعامل")}});

    // Unknown keys: niches, units, figures and fields as they are; an enum value outside
    // the table empty.
    expectEach({
        {DisplayNames::niche(QStringLiteral("pets")), QStringLiteral("pets")},
        {AssumptionLabels::unit(QStringLiteral("IRR")), QStringLiteral("IRR")},
        {AssumptionLabels::label(QStringLiteral("mystery.tiktok")), QStringLiteral("mystery · تیک‌تاک")},
        {CampaignValidator::fieldName(QStringLiteral("start_date")), QStringLiteral("start_date")},
        {CandidateValidator::fieldName(QStringLiteral("notes")), QStringLiteral("notes")}});
    EXPECT_TRUE(DisplayNames::tier(static_cast<Tier>(99)).isEmpty());
}

TEST(LabelTables, ValidatorsNameTheListWhoseItemHoldsTheSeparator)
{
    LanguageManager languages;
    const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en")); });
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("fa")));

    Campaign campaign;
    campaign.name = QStringLiteral("Nowruz");
    campaign.budget = Money(100, QStringLiteral("IRR"));
    campaign.niches = {QStringLiteral("beauty")};
    campaign.regions = {QStringLiteral("IR"), QStringLiteral("IR|TR")};
    const auto campaignError = CampaignValidator::validate(campaign);
    ASSERT_TRUE(campaignError);
    expectEach({
        {campaignError->fieldKey, QStringLiteral("regions")},
        {campaignError->field, QStringLiteral("مناطق")}});
    EXPECT_TRUE(campaignError->message.contains(QStringLiteral("IR|TR")));

    Candidate candidate;
    candidate.name = QStringLiteral("Sara");
    candidate.niches = {QStringLiteral("food|travel")};
    candidate.regions = {QStringLiteral("IR|TR")};
    const auto candidateError = CandidateValidator::validate(candidate);
    ASSERT_TRUE(candidateError);
    EXPECT_EQ(candidateError->fieldKey, QStringLiteral("niches"));
    EXPECT_TRUE(candidateError->message.contains(QStringLiteral("food|travel")));
}

} // namespace
