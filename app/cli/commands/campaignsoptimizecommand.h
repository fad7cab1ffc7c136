#pragma once

#include "domain/candidatekind.h"
#include "command.h"

#include <QMap>
#include <optional>

namespace planner {

struct Campaign;
struct ShortlistSuggestion;

// "campaigns optimize NAME": puts the shortlist that brings the most for the campaign's
// goal within its budget in place of the unlocked entries, and says how sure that is.
class CampaignsOptimizeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsOptimizeCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    QStringList repeatableOptions() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    void print(Workspace &workspace, Console &console, const Campaign &campaign,
               const ShortlistSuggestion &suggestion) const;

    QString m_campaign;
    QList<qint64> m_locked;
    QList<qint64> m_excluded;
    std::optional<double> m_maxShare;
    QMap<CandidateKind, int> m_minimumPerKind;
};

} // namespace planner
