#pragma once

#include "domain/assumption.h"
#include "domain/brandfit.h"
#include "domain/campaign.h"
#include "domain/candidate.h"
#include "domain/error.h"
#include "domain/shortlistentry.h"
#include "planning/campaigntotals.h"
#include "planning/deliveredfigures.h"
#include "planning/goalscore.h"
#include "planning/projectedfigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace planner {

class CampaignFile;

// One plan of the campaign's budget: its entries, their figures and the totals.
struct MediaPlanSide
{
    Goal goal = Goal::Awareness;
    QList<ShortlistEntry> entries;
    QList<ProjectedFigures> figures; // figures[i] belongs to entries[i]
    CampaignTotals totals;
    QString problem; // why there is no plan (translated), empty when there is one
    // The people counted (declined left out), by kind.
    QMap<CandidateKind, int> peopleByKind(const QHash<qint64, Candidate> &candidates) const;
};

// Everything the media plan report shows, read from an open campaign file: the campaign,
// its shortlist projected with the assumptions in force, each entry's goal score and rank,
// the same budget planned for the other goal, and the assumptions with their sources.
// A value: the report is written from it without touching the file again.
struct MediaPlan
{
    Q_DECLARE_TR_FUNCTIONS(MediaPlan)

public:
    Campaign campaign;
    QString title;                     // the client-facing title on the cover; empty: "Media plan"
    MediaPlanSide shortlist;           // the shortlist as it stands, for the campaign's goal
    MediaPlanSide otherGoal;           // the suggester's plan of the same budget for the other goal
    QList<GoalScore> scores;           // scores[i] belongs to shortlist.entries[i]
    QList<int> ranks;                  // 1 = best goal fit on the shortlist; 0 = no fit
    QHash<qint64, Candidate> candidates; // every candidate either plan names, by id
    QList<Assumption> assumptions;
    QHash<qint64, BrandFit> brandFits; // the campaign's, by candidate id (the shortlist's only)
    double brandFitWeight = 0.0;       // the brand_fit_weight assumption: goal fit's share per star
    QDate written;
    // What the campaign really delivered, once results are entered (planned against actual).
    std::optional<DeliveredFigures> delivered;
    QDate completedOn; // null while the campaign is not marked completed

    // Reads the plan of campaign from the file; empty with the file's reason in *error.
    static std::optional<MediaPlan> read(const CampaignFile &file, const Campaign &campaign, Error *error);
    static Goal otherGoalOf(Goal goal);
};

} // namespace planner
