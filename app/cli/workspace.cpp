#include "workspace.h"

#include "storage/assumptionstore.h"
#include "console.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

namespace planner {

Workspace::Workspace(Database &database)
    : m_database(database)
    , m_candidates(database)
    , m_campaigns(database)
{
}

Projection Workspace::projection() const
{
    const QSqlDatabase db = m_database.connection();
    return Projection(AssumptionStore::load(db), TierThresholdStore::load(db),
                      ExchangeRateStore::load(db));
}

std::optional<Campaign> Workspace::campaign(const QString &argument, const QString &nameOrId,
                                            QString *message) const
{
    Error error;
    if (auto found = m_campaigns.findByName(nameOrId, &error))
        return found;
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    if (isNumber && error.isEmpty()) {
        if (auto found = m_campaigns.find(id, &error))
            return found;
    }
    if (!error.isEmpty()) {
        *message = error.text();
        return std::nullopt;
    }
    //: %1 the argument ("CAMPAIGN"), %2 the value given, %3 the command that lists campaigns
    *message = tr("%1: there is no campaign “%2” (see “%3”)")
                   .arg(argument, nameOrId,
                        Console::programName() + QLatin1String(" campaigns list"));
    return std::nullopt;
}

std::optional<Candidate> Workspace::candidate(const QString &argument, qint64 id,
                                              QString *message) const
{
    if (auto found = m_candidates.find(id))
        return found;
    *message = tr("%1: there is no candidate with the id %2").arg(argument).arg(id);
    return std::nullopt;
}

QHash<qint64, Candidate> Workspace::candidatesOf(const QList<ShortlistEntry> &entries) const
{
    QHash<qint64, Candidate> candidates;
    for (const ShortlistEntry &entry : entries) {
        if (candidates.contains(entry.candidateId))
            continue;
        if (auto found = m_candidates.find(entry.candidateId))
            candidates.insert(entry.candidateId, *found);
    }
    return candidates;
}

} // namespace planner
