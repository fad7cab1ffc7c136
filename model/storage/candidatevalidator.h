#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <optional>
#include <utility>

namespace planner {

// Checks a candidate before it is stored; the first fault found is reported with its field.
class CandidateValidator
{
    Q_DECLARE_TR_FUNCTIONS(CandidateValidator)

public:
    static std::optional<Error> validate(const Candidate &candidate);
    static std::optional<Error> validateChannel(const Channel &channel, int index);
    // Translated display name of a field key ("engagement_rate" -> "Engagement rate").
    static QString fieldName(const QString &fieldKey);
    // The first item of the niches or the regions that holds '|' (lists are stored joined
    // with it), after the key of its field ("niches", "regions"); CampaignValidator asks too.
    static std::optional<std::pair<QString, QString>> listItemWithBar(const QStringList &niches,
                                                                     const QStringList &regions);

private:
    static Error fault(const QString &key, const QString &message, int channelIndex = -1);
};

} // namespace planner
