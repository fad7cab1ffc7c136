#include "workspace.h"

#include "console.h"
#include "planning/planninginput.h"
#include "storage/campaignfile.h"

namespace planner {

Workspace::Workspace(CampaignFile &file)
    : m_file(file)
{
}

Database &Workspace::database()
{
    return m_file.database();
}

CandidateStore &Workspace::candidates()
{
    return m_file.candidates();
}

CampaignStore &Workspace::campaigns()
{
    return m_file.campaigns();
}

Projection Workspace::projection() const
{
    return PlanningInput::projection(m_file);
}

std::optional<Campaign> Workspace::campaign(const QString &argument, const QString &nameOrId,
                                            QString *message) const
{
    Error error;
    if (auto found = m_file.campaigns().findByName(nameOrId, &error))
        return found;
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    if (isNumber && error.isEmpty()) {
        if (auto found = m_file.campaigns().find(id, &error))
            return found;
    }
    if (!error.isEmpty()) {
        *message = error.text();
        return std::nullopt;
    }
    // %1 the argument ("CAMPAIGN"), %2 the value given, %3 the command that lists campaigns
    *message = tr("%1: there is no campaign “%2” (see “%3”)")
                   .arg(argument, nameOrId,
                        Console::programName() + QLatin1String(" campaigns list"));
    return std::nullopt;
}

std::optional<Candidate> Workspace::candidate(const QString &argument, qint64 id,
                                              QString *message) const
{
    if (auto found = m_file.candidates().find(id))
        return found;
    *message = tr("%1: there is no candidate with the id %2").arg(argument).arg(id);
    return std::nullopt;
}

std::optional<Workspace::Shortlist> Workspace::shortlist(const QString &argument,
                                                         const QString &nameOrId,
                                                         QString *message) const
{
    std::optional<Campaign> campaign = this->campaign(argument, nameOrId, message);
    if (!campaign)
        return std::nullopt;
    Error error;
    Shortlist shortlist{*campaign, m_file.campaigns().entries(campaign->id, &error), {}};
    if (!error.isEmpty()) {
        *message = error.text();
        return std::nullopt;
    }
    shortlist.candidates = candidatesOf(shortlist.entries);
    return shortlist;
}

QHash<qint64, Candidate> Workspace::candidatesOf(const QList<ShortlistEntry> &entries) const
{
    QHash<qint64, Candidate> candidates;
    for (const ShortlistEntry &entry : entries) {
        if (candidates.contains(entry.candidateId))
            continue;
        if (auto found = m_file.candidates().find(entry.candidateId))
            candidates.insert(entry.candidateId, *found);
    }
    return candidates;
}

} // namespace planner
