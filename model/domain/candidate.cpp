#include "domain/candidate.h"

namespace planner {

bool Candidate::operator==(const Candidate &other) const
{
    return id == other.id && name == other.name && kind == other.kind && niches == other.niches
        && regions == other.regions && notes == other.notes && channels == other.channels;
}

} // namespace planner
