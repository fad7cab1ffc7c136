#pragma once

#include "domain/campaign.h"
#include "storage/campaignstore.h"
#include "domain/candidate.h"
#include "storage/candidatestore.h"
#include "planning/projection.h"

#include <QCoreApplication>
#include <optional>

namespace planner {

class CampaignFile;
class Database;

// The open campaign file as the commands use it (the same CampaignFile the window opens),
// with the lookups of the campaign or candidate an argument names.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    explicit Workspace(CampaignFile &file);
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    CampaignFile &file() { return m_file; }
    Database &database();
    CandidateStore &candidates();
    CampaignStore &campaigns();
    // The assumptions, thresholds and rates in force.
    Projection projection() const;

    // The campaign called nameOrId, else the one with that id when it is a number. Empty,
    // with a message naming the argument, when there is none.
    std::optional<Campaign> campaign(const QString &argument, const QString &nameOrId,
                                     QString *message) const;
    // Empty, with a message naming the argument, when there is no such candidate.
    std::optional<Candidate> candidate(const QString &argument, qint64 id, QString *message) const;
    // A campaign with its shortlist as stored and the candidates on it.
    struct Shortlist
    {
        Campaign campaign;
        QList<ShortlistEntry> entries;
        QHash<qint64, Candidate> candidates; // by id
    };
    // The shared "find the campaign" step of the commands that show a shortlist: empty,
    // with a message naming the argument (or the file and SQLite's reason), when there is
    // no such campaign or the file cannot be read.
    std::optional<Shortlist> shortlist(const QString &argument, const QString &nameOrId,
                                       QString *message) const;
    // The candidates of a shortlist, by id.
    QHash<qint64, Candidate> candidatesOf(const QList<ShortlistEntry> &entries) const;

private:
    CampaignFile &m_file;
};

} // namespace planner
