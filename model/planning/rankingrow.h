#pragma once

#include "domain/candidatekind.h"
#include "domain/platform.h"

#include <QtGlobal>

namespace planner {

// One candidate channel reduced to the numbers goal ranking reads: no text, so a million of
// them can be projected without a single allocation. Texts (currency, niches, regions) are
// small indexes into the RankingRows that holds the row.
struct RankingRow
{
    qint64 channelId = 0;
    qint64 candidateId = 0;
    qint64 followers = -1; // negative: unknown (no tier: Projection::projectWithoutFollowers)
    qint64 avgViews = -1;  // negative: unknown
    qint64 feeMinor = -1;  // negative: no fee of its own, the tier's default applies
    double engagementRatePct = -1.0; // negative: unknown
    double authenticityPct = -1.0;   // negative: unknown
    Platform platform = Platform::Instagram;
    CandidateKind kind = CandidateKind::Influencer; // its kind weight counts in the ranking
    quint32 currency = 0; // RankingRows::currencies()
    quint32 niches = 0;   // RankingRows::nicheLists()
    quint32 regions = 0;  // RankingRows::regionLists()
    quint32 languages = 0; // RankingRows::languageLists(): the channel's
};

} // namespace planner
