#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <optional>

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

private:
    static Error fault(const QString &key, const QString &message, int channelIndex = -1);
};

} // namespace planner
