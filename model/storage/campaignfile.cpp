#include "storage/campaignfile.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"
#include "storage/teamroles.h"

namespace planner {

std::unique_ptr<CampaignFile> CampaignFile::open(const QString &path, Database::OpenMode mode,
                                                 Error *error)
{
    std::unique_ptr<Database> database = Database::open(path, mode, error);
    if (!database)
        return nullptr;
    return std::unique_ptr<CampaignFile>(new CampaignFile(std::move(database)));
}

CampaignFile::CampaignFile(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_candidates(std::make_unique<CandidateStore>(*m_database))
    , m_campaigns(std::make_unique<CampaignStore>(*m_database))
    , m_assumptions(std::make_unique<AssumptionStore>(*m_database))
    , m_rates(std::make_unique<ExchangeRateStore>(*m_database))
    , m_results(std::make_unique<ResultStore>(*m_database))
    , m_mayEdit(TeamRoles::mayEdit(*m_database))
{
    // Moved tier thresholds change tiers in the list and its filter.
    connect(m_assumptions.get(), &AssumptionStore::changed, m_candidates.get(),
            &CandidateStore::reloadTierThresholds);
}

CampaignFile::~CampaignFile()
{
    m_results.reset();
    m_rates.reset();
    m_assumptions.reset();
    m_campaigns.reset();
    m_candidates.reset();
}

QString CampaignFile::path() const
{
    return m_database->path();
}

void CampaignFile::reread()
{
    m_candidates->announceOutsideWrite();
}

QStringList CampaignFile::shownTables()
{
    return {QStringLiteral("assumptions"), QStringLiteral("brand_fit"), QStringLiteral("campaign_completions"),
            QStringLiteral("campaigns"), QStringLiteral("candidates"), QStringLiteral("channels"),
            QStringLiteral("delivery_results"), QStringLiteral("exchange_rates"), QStringLiteral("saved_views"),
            QStringLiteral("shortlist_entries"), QStringLiteral("tier_thresholds")};
}

void CampaignFile::rereadTables(const QStringList &tables)
{
    const auto any = [&tables](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (tables.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };
    // Assumptions first: the tier thresholds reach the candidate store through them.
    if (any({"assumptions", "tier_thresholds"}))
        emit m_assumptions->changed();
    if (any({"exchange_rates"}))
        emit m_rates->changed();
    if (any({"candidates", "channels"}))
        m_candidates->announceOutsideWrite();
    if (any({"campaigns", "shortlist_entries", "campaign_completions"}))
        emit m_campaigns->changed();
    if (any({"delivery_results", "campaign_completions"}))
        m_results->reread();
    if (any({"brand_fit"}))
        emit brandFitChanged();
}

bool CampaignFile::reconnect()
{
    emit m_candidates->aboutToChange();
    return m_database->reconnect();
}

} // namespace planner
