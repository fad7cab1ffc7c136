#include "domain/campaign.h"

namespace planner {

bool Campaign::operator==(const Campaign &other) const
{
    return id == other.id && name == other.name && goal == other.goal && budget == other.budget
        && niches == other.niches && regions == other.regions && languages == other.languages
        && startDate == other.startDate
        && endDate == other.endDate && notes == other.notes;
}

} // namespace planner
