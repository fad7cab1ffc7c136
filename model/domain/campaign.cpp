#include "domain/campaign.h"

namespace planner {

bool Campaign::operator==(const Campaign &other) const
{
    return id == other.id && name == other.name && goal == other.goal && budget == other.budget
        && niches == other.niches && regions == other.regions && languages == other.languages
        && startDate == other.startDate
        && endDate == other.endDate && notes == other.notes;
}

bool Campaign::admits(const QStringList &targets, const QStringList &values)
{
    if (targets.isEmpty())
        return true;
    for (const QString &value : values) {
        if (targets.contains(value.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace planner
