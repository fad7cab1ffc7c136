#include "domain/shortlistentry.h"

namespace planner {

bool ShortlistEntry::operator==(const ShortlistEntry &other) const
{
    return id == other.id && campaignId == other.campaignId && candidateId == other.candidateId
        && platform == other.platform && format == other.format
        && deliverables == other.deliverables && agreedFee == other.agreedFee
        && status == other.status && locked == other.locked && notes == other.notes;
}

} // namespace planner
