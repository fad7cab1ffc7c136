#pragma once

#include "domain/assumptions.h"
#include "domain/assumptiontable.h"
#include "domain/campaign.h"
#include "planning/campaigntotals.h"
#include "domain/candidate.h"
#include "domain/exchangerates.h"
#include "planning/projectedfigures.h"
#include "domain/shortlistentry.h"
#include "domain/tier.h"

#include <QHash>
#include <QList>

namespace planner {

// Projects reach, impressions, engagements, cost, CPM, CPE and earned media value from the
// assumptions, tier thresholds and exchange rates it is given (a value: cheap to copy, no
// database access, usable from any thread). For n deliverables on a channel of F followers,
// authenticity a, reach rate r (average views over real followers when views are known) and
// engagement rate e: real followers aF; unique reach aF(1 - (1 - r)^n); impressions n·aF·r
// (n·views when known); engagements n·F·e; cost n × fee, converted once; CPM and CPE the cost
// per thousand impressions and per engagement; EMV the impressions at the benchmark CPM.
// A channel whose follower count is unknown: see projectWithoutFollowers.
class Projection
{
public:
    Projection(Assumptions assumptions, TierThresholds thresholds, ExchangeRates rates);

    // n deliverables in a format on one channel; agreedFee (per deliverable) overrides the
    // channel's listed fee. Figures come in the given currency.
    ProjectedFigures project(const Channel &channel, DeliverableFormat format, int deliverables,
                             const std::optional<Money> &agreedFee, const QString &currency) const;
    // The entry on its candidate's channel for the entry's platform (the first one, when
    // there are several); all zeros flagged NoChannel when there is none.
    ProjectedFigures project(const Candidate &candidate, const ShortlistEntry &entry,
                             const QString &currency) const;
    // One result per entry, in order; candidates by id.
    QList<ProjectedFigures> projectEntries(const Campaign &campaign,
                                           const QList<ShortlistEntry> &entries,
                                           const QHash<qint64, Candidate> &candidates) const;
    // Sums the entries that count (not declined); figures[i] belongs to entries[i].
    static CampaignTotals totals(const QList<ShortlistEntry> &entries,
                                 const QList<ProjectedFigures> &figures, const QString &currency);

    static const Channel *channelFor(const Candidate &candidate, Platform platform);
    const Assumptions &assumptions() const { return m_assumptions; }
    // The same assumptions' typed lookups read once into arrays, for loops over many channels.
    const AssumptionTable &table() const { return m_table; }
    const TierThresholds &thresholds() const { return m_thresholds; }
    const ExchangeRates &rates() const { return m_rates; }

private:
    ProjectedFigures projectWithoutFollowers(const Channel &channel, int deliverables,
                                             const std::optional<Money> &agreedFee,
                                             const QString &currency) const;
    // The cost of n deliverables at a fee, and what follows from it (CPM, CPE, EMV).
    void price(ProjectedFigures &result, const Money &fee, int deliverables, const QString &currency) const;

    Assumptions m_assumptions;
    AssumptionTable m_table; // of m_assumptions, declared after it
    TierThresholds m_thresholds;
    ExchangeRates m_rates;
};

} // namespace planner
