#include "commands/shortlistremovecommand.h"

#include "console.h"
#include "optionreader.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

QStringList ShortlistRemoveCommand::words() const
{
    return {QStringLiteral("shortlist"), QStringLiteral("remove")};
}

QStringList ShortlistRemoveCommand::arguments() const
{
    return {QStringLiteral("CAMPAIGN"), QStringLiteral("CANDIDATE_ID")};
}

QString ShortlistRemoveCommand::summary() const
{
    return tr("Take a candidate off a campaign's shortlist");
}

QString ShortlistRemoveCommand::usage() const
{
    // Synopsis of "shortlist remove".
    return tr("Usage: %1 [--db FILE] shortlist remove CAMPAIGN CANDIDATE_ID\n"
              "  CAMPAIGN  the campaign's name (or its id); every entry of the candidate goes\n")
        .arg(Console::programName());
}

QStringList ShortlistRemoveCommand::options() const
{
    return {};
}

bool ShortlistRemoveCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QStringList values = argumentValues(line);
    m_campaign = values.value(0);
    m_candidateId = reader.idArgument(arguments().at(1), values.value(1)).value_or(0);
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ShortlistRemoveCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign = workspace.campaign(arguments().at(0), m_campaign, &message);
    const bool known = campaign && workspace.candidate(arguments().at(1), m_candidateId, &message);
    Error error;
    const std::optional<int> removed =
        known ? workspace.campaigns().removeCandidate(campaign->id, m_candidateId, &error) : std::nullopt;
    if (known && removed == 0) {
        message = tr("%1: candidate %2 is not on the shortlist of “%3”")
                      .arg(arguments().at(1)).arg(m_candidateId).arg(campaign->name);
    }
    if (!removed || *removed == 0) {
        console.error(message.isEmpty() ? error.text() : message);
        return ExitCode::UserError;
    }
    console.out() << tr("Entries removed: %1").arg(QLocale().toString(*removed)) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
