#pragma once

#include "domain/deliverableformat.h"
#include "domain/entrystatus.h"
#include "domain/money.h"
#include "domain/platform.h"

#include <optional>

namespace planner {

// One line of a campaign's shortlist: a candidate, on one of their channels, delivering a
// number of pieces in one format, with where the deal stands.
//
// The channel is named by its platform, not by the channel's id: CandidateStore::update
// replaces a candidate's channels and gives them new ids, and an entry must survive the
// marketer editing the candidate's follower count. A candidate has one channel per
// platform in practice; when there are several, the first stored one is meant.
struct ShortlistEntry
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    Platform platform = Platform::Instagram;
    DeliverableFormat format = DeliverableFormat::Post;
    int deliverables = 1;
    std::optional<Money> agreedFee; // per deliverable; overrides the channel's listed fee
    EntryStatus status = EntryStatus::Prospect;
    bool locked = false; // kept as is when a shortlist is suggested
    QString notes;
    // The row's version when read (RowVersion), 0 when never read; not part of equality.
    qint64 version = 0;

    bool counts() const { return status != EntryStatus::Declined; }
    bool operator==(const ShortlistEntry &other) const;
    bool operator!=(const ShortlistEntry &other) const { return !(*this == other); }
};

} // namespace planner
