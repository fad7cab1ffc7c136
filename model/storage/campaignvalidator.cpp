#include "storage/campaignvalidator.h"

#include "domain/currencycode.h"
#include "storage/candidatevalidator.h"
#include "text/labeltable.h"

namespace planner {

Error CampaignValidator::fault(const QString &key, const QString &message)
{
    Error error;
    error.fieldKey = key;
    error.field = fieldName(key);
    error.message = message;
    return error;
}

QString CampaignValidator::fieldName(const QString &fieldKey)
{
    static const KeyLabel<const char *> labels[] = {
        {"name", QT_TR_NOOP("Name")}, {"goal", QT_TR_NOOP("Goal")}, {"budget", QT_TR_NOOP("Budget")},
        {"currency", QT_TR_NOOP("Currency")}, {"niches", QT_TR_NOOP("Niches")}, {"regions", QT_TR_NOOP("Regions")},
        {"end_date", QT_TR_NOOP("End date")}, {"campaign", QT_TR_NOOP("Campaign")},
        {"candidate", QT_TR_NOOP("Candidate")}, {"platform", QT_TR_NOOP("Platform")},
        {"format", QT_TR_NOOP("Format")}, {"deliverables", QT_TR_NOOP("Deliverables")},
        {"agreed_fee", QT_TR_NOOP("Agreed fee")}};
    return translatedLabel("CampaignValidator", labels, fieldKey, fieldKey);
}

std::optional<Error> CampaignValidator::validate(const Campaign &campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return fault(QStringLiteral("name"), tr("must not be empty"));
    if (campaign.budget.minorUnits() < 0)
        return fault(QStringLiteral("budget"), tr("must not be negative"));
    if (!isCurrencyCode(campaign.budget.currency()))
        return fault(QStringLiteral("currency"), tr("must be a three-letter ISO code such as VND"));
    if (const auto item = CandidateValidator::listItemWithBar(campaign.niches, campaign.regions))
        return fault(item->first, tr("“%1” may not contain the character |").arg(item->second));
    if (campaign.startDate.isValid() && campaign.endDate.isValid()
        && campaign.endDate < campaign.startDate)
        return fault(QStringLiteral("end_date"), tr("must not be before the start date"));
    return std::nullopt;
}

std::optional<Error> CampaignValidator::validateEntry(const ShortlistEntry &entry)
{
    if (entry.campaignId <= 0)
        return fault(QStringLiteral("campaign"), tr("must be given"));
    if (entry.candidateId <= 0)
        return fault(QStringLiteral("candidate"), tr("must be given"));
    if (entry.deliverables <= 0)
        return fault(QStringLiteral("deliverables"), tr("must be at least 1"));
    if (entry.agreedFee && entry.agreedFee->minorUnits() < 0)
        return fault(QStringLiteral("agreed_fee"), tr("must not be negative"));
    if (entry.agreedFee && !isCurrencyCode(entry.agreedFee->currency()))
        return fault(QStringLiteral("currency"), tr("must be a three-letter ISO code such as VND"));
    return std::nullopt;
}

} // namespace planner
