#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "domain/shortlistentry.h"

#include <QCoreApplication>
#include <optional>

namespace planner {

// Checks campaigns and shortlist entries before they are stored; the first fault found is
// reported with its field, as CandidateValidator does for candidates.
class CampaignValidator
{
    Q_DECLARE_TR_FUNCTIONS(CampaignValidator)

public:
    static std::optional<Error> validate(const Campaign &campaign);
    static std::optional<Error> validateEntry(const ShortlistEntry &entry);
    static QString fieldName(const QString &fieldKey);
    static Error fault(const QString &key, const QString &message);
};

} // namespace planner
