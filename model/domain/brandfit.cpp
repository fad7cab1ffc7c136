#include "domain/brandfit.h"

#include <algorithm>

namespace planner {

double BrandFit::factor(std::optional<int> rating, double weightPerStar)
{
    if (!rating)
        return 1.0;
    return std::max(0.0, 1.0 + weightPerStar * double(*rating - neutralRating));
}

QList<BrandFit::Reason> BrandFit::allReasons()
{
    return {Reason::UsesProduct, Reason::ValuesMatch, Reason::AudienceMatches,
            Reason::CompetitorRecently, Reason::PastControversy, Reason::Exclusivity};
}

QString BrandFit::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::UsesProduct: return QStringLiteral("uses_product");
    case Reason::ValuesMatch: return QStringLiteral("values_match");
    case Reason::AudienceMatches: return QStringLiteral("audience_matches");
    case Reason::CompetitorRecently: return QStringLiteral("competitor_recently");
    case Reason::PastControversy: return QStringLiteral("past_controversy");
    case Reason::Exclusivity: return QStringLiteral("exclusivity");
    }
    return {};
}

std::optional<BrandFit::Reason> BrandFit::reasonFromKey(const QString &key)
{
    for (Reason reason : allReasons()) {
        if (reasonKey(reason) == key.trimmed())
            return reason;
    }
    return std::nullopt;
}

QString BrandFit::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::UsesProduct: return tr("Uses the product");
    case Reason::ValuesMatch: return tr("Values match the brand");
    case Reason::AudienceMatches: return tr("Audience matches");
    case Reason::CompetitorRecently: return tr("Worked with a competitor recently");
    case Reason::PastControversy: return tr("Past controversy");
    case Reason::Exclusivity: return tr("Exclusivity");
    }
    return {};
}

QStringList BrandFit::reasonKeys() const
{
    QStringList keys;
    for (Reason reason : reasons)
        keys << reasonKey(reason);
    return keys;
}

bool BrandFit::operator==(const BrandFit &other) const
{
    return campaignId == other.campaignId && candidateId == other.candidateId
        && rating == other.rating && reasons == other.reasons && note == other.note;
}

} // namespace planner
