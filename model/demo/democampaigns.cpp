#include "demo/democampaigns.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "planning/goalranking.h"

#include <QSet>

namespace planner {

namespace {

struct DemoCampaign
{
    const char16_t *name;
    Goal goal;
    qint64 budgetMajor;
    const char *currency;
    const char *niche;
    const char *region;
    int entries;
    QDate start, end;
};

// Statuses in the order entries are added: a shortlist as it looks mid-negotiation.
const EntryStatus demoStatuses[] = {EntryStatus::Confirmed, EntryStatus::Negotiating,
                                    EntryStatus::Contacted, EntryStatus::Declined,
                                    EntryStatus::Prospect};

// The language of the campaign's country: what its audience reads.
QString targetLanguage(const QString &region)
{
    if (region.startsWith(QLatin1String("VN")))
        return QStringLiteral("vi");
    if (region.startsWith(QLatin1String("ID")))
        return QStringLiteral("id");
    if (region.startsWith(QLatin1String("IR")))
        return QStringLiteral("fa");
    return QStringLiteral("en");
}

bool addOne(CampaignStore &campaigns, const CandidateStore &candidates, const DemoCampaign &demo,
            Error *error)
{
    Campaign campaign;
    campaign.name = QString::fromUtf16(demo.name);
    campaign.goal = demo.goal;
    const QString currency = QLatin1String(demo.currency);
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    campaign.budget = Money(demo.budgetMajor * scale, currency);
    campaign.niches = {QLatin1String(demo.niche)};
    campaign.regions = {QLatin1String(demo.region)};
    campaign.languages = {targetLanguage(campaign.regions.first())};
    campaign.startDate = demo.start;
    campaign.endDate = demo.end;
    const auto id = campaigns.create(campaign, error);
    if (!id)
        return false;
    CandidateFilter filter;
    filter.niche = campaign.niches.first();
    filter.region = campaign.regions.first();
    const auto cursor = candidates.rows(filter, CandidateSort{CandidateSortKey::Followers, true});
    QSet<qint64> taken;
    int added = 0;
    while (!cursor->atEnd() && added < demo.entries) {
        for (const CandidateRow &row : cursor->fetch(64)) {
            if (added >= demo.entries || taken.contains(row.candidateId))
                continue;
            taken.insert(row.candidateId);
            ShortlistEntry entry;
            entry.campaignId = *id;
            entry.candidateId = row.candidateId;
            entry.platform = row.channel.platform;
            entry.format = GoalRanking::naturalFormat(row.channel.platform);
            entry.deliverables = 1;
            entry.status = demoStatuses[added % 5];
            entry.locked = entry.status == EntryStatus::Confirmed;
            if (!campaigns.addEntry(entry, error))
                return false;
            ++added;
        }
    }
    return true;
}

} // namespace

bool DemoCampaigns::add(CampaignStore &campaigns, const CandidateStore &candidates, Error *error)
{
    const DemoCampaign demos[] = {
        // The weeks before Tết (17 February 2026), a food week in June, and the days around
        // Nowruz (10 Esfand 1404 to 13 Farvardin 1405).
        {u"Ra mắt dưỡng da Tết", Goal::NicheTrust, 800000000, "VND", "beauty", "VN", 4,
         QDate(2026, 1, 12), QDate(2026, 2, 16)},
        {u"Pekan Kuliner Jakarta", Goal::Awareness, 150000000, "IDR", "food", "ID", 3,
         QDate(2026, 6, 1), QDate(2026, 6, 30)},
        {u"کمپین نوروز", Goal::Awareness, 4000000000, "IRR", "health", "IR", 3,
         QDate(2026, 3, 1), QDate(2026, 4, 2)},
    };
    for (const DemoCampaign &demo : demos) {
        if (!addOne(campaigns, candidates, demo, error))
            return false;
    }
    return true;
}

} // namespace planner
