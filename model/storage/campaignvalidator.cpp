#include "storage/campaignvalidator.h"

#include "domain/currencycode.h"

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
    if (fieldKey == QLatin1String("name")) return tr("Name");
    if (fieldKey == QLatin1String("goal")) return tr("Goal");
    if (fieldKey == QLatin1String("budget")) return tr("Budget");
    if (fieldKey == QLatin1String("currency")) return tr("Currency");
    if (fieldKey == QLatin1String("niches")) return tr("Niches");
    if (fieldKey == QLatin1String("regions")) return tr("Regions");
    if (fieldKey == QLatin1String("end_date")) return tr("End date");
    if (fieldKey == QLatin1String("campaign")) return tr("Campaign");
    if (fieldKey == QLatin1String("candidate")) return tr("Candidate");
    if (fieldKey == QLatin1String("platform")) return tr("Platform");
    if (fieldKey == QLatin1String("format")) return tr("Format");
    if (fieldKey == QLatin1String("deliverables")) return tr("Deliverables");
    if (fieldKey == QLatin1String("agreed_fee")) return tr("Agreed fee");
    return fieldKey;
}

std::optional<Error> CampaignValidator::validate(const Campaign &campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return fault(QStringLiteral("name"), tr("must not be empty"));
    if (campaign.budget.minorUnits() < 0)
        return fault(QStringLiteral("budget"), tr("must not be negative"));
    if (!isCurrencyCode(campaign.budget.currency()))
        return fault(QStringLiteral("currency"), tr("must be a three-letter ISO code such as VND"));
    // Lists are stored joined with '|', so an item may not hold one.
    for (const auto &[key, items] : {std::pair{QStringLiteral("niches"), campaign.niches},
                                     std::pair{QStringLiteral("regions"), campaign.regions}}) {
        for (const QString &item : items) {
            if (item.contains(QLatin1Char('|')))
                return fault(key, tr("“%1” may not contain the character |").arg(item));
        }
    }
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
