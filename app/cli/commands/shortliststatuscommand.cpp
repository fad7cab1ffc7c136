#include "commands/shortliststatuscommand.h"

#include "console.h"
#include "optionreader.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

QStringList ShortlistStatusCommand::words() const
{
    return {QStringLiteral("shortlist"), QStringLiteral("status")};
}

QStringList ShortlistStatusCommand::arguments() const
{
    return {QStringLiteral("CAMPAIGN"), QStringLiteral("CANDIDATE_ID"), QStringLiteral("STATUS")};
}

QString ShortlistStatusCommand::summary() const
{
    return tr("Set where the deal with a shortlisted candidate stands");
}

QString ShortlistStatusCommand::usage() const
{
    // Synopsis of "shortlist status".
    return tr("Usage: %1 [--db FILE] shortlist status CAMPAIGN CANDIDATE_ID STATUS\n"
              "  CAMPAIGN  the campaign's name (or its id)\n"
              "  STATUS    one of: %2 (declined entries count for nothing)\n")
        .arg(Console::programName(), allEntryStatusKeys().join(QLatin1String(", ")));
}

QStringList ShortlistStatusCommand::options() const
{
    return {};
}

bool ShortlistStatusCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QStringList values = argumentValues(line);
    m_campaign = values.value(0);
    m_candidateId = reader.idArgument(arguments().at(1), values.value(1)).value_or(0);
    m_status = reader.statusArgument(arguments().at(2), values.value(2)).value_or(EntryStatus::Prospect);
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ShortlistStatusCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign = workspace.campaign(arguments().at(0), m_campaign, &message);
    const bool known = campaign && workspace.candidate(arguments().at(1), m_candidateId, &message);
    Error error;
    const std::optional<int> changed =
        known ? workspace.campaigns().setCandidateStatus(campaign->id, m_candidateId, m_status, &error)
              : std::nullopt;
    if (known && changed == 0) {
        message = tr("%1: candidate %2 is not on the shortlist of “%3”")
                      .arg(arguments().at(1)).arg(m_candidateId).arg(campaign->name);
    }
    if (!changed || *changed == 0) {
        console.error(message.isEmpty() ? error.text() : message);
        return ExitCode::UserError;
    }
    console.out() << tr("Entries changed: %1").arg(QLocale().toString(*changed)) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
