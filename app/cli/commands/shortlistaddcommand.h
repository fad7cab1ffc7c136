#pragma once

#include "command.h"
#include "domain/deliverableformat.h"
#include "domain/platform.h"

#include <optional>

namespace planner {

// "shortlist add CAMPAIGN CANDIDATE_ID": puts a candidate on a campaign's shortlist as a
// prospect and prints the new entry's id.
class ShortlistAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistAddCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    QString m_campaign;
    qint64 m_candidateId = 0;
    std::optional<Platform> m_platform;
    std::optional<DeliverableFormat> m_format;
    int m_count = 1;
    std::optional<QString> m_fee; // read once the campaign, and so the currency, is known
};

} // namespace planner
