#include "commands/shortlistaddcommand.h"

#include "console.h"
#include "planning/goalranking.h"
#include "optionreader.h"
#include "workspace.h"

#include <limits>

namespace planner {

namespace {

const QString feeOption = QStringLiteral("fee");

} // namespace

QStringList ShortlistAddCommand::words() const
{
    return {QStringLiteral("shortlist"), QStringLiteral("add")};
}

QStringList ShortlistAddCommand::arguments() const
{
    return {QStringLiteral("CAMPAIGN"), QStringLiteral("CANDIDATE_ID")};
}

QString ShortlistAddCommand::summary() const
{
    return tr("Put a candidate on a campaign's shortlist");
}

QString ShortlistAddCommand::usage() const
{
    // Synopsis of "shortlist add".
    return tr("Usage: %1 [--db FILE] shortlist add CAMPAIGN CANDIDATE_ID [--platform PLATFORM]\n"
              "         [--format FORMAT] [--count N] [--fee AMOUNT]\n"
              "  CAMPAIGN  the campaign's name (or its id)\n"
              "  PLATFORM  one of: %2 (default: the candidate's first channel)\n"
              "  FORMAT    one of: %3 (default: the platform's usual one)\n"
              "  N         how many deliverables (default: 1)\n"
              "  AMOUNT    the agreed fee per deliverable, in the campaign's currency\n"
              "            (default: the channel's listed fee)\n")
        .arg(Console::programName(), allPlatformKeys().join(QLatin1String(", ")),
             allDeliverableFormatKeys().join(QLatin1String(", ")));
}

QStringList ShortlistAddCommand::options() const
{
    return {QStringLiteral("platform"), QStringLiteral("format"), QStringLiteral("count"), feeOption};
}

bool ShortlistAddCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QStringList values = argumentValues(line);
    m_campaign = values.value(0);
    m_candidateId = reader.idArgument(arguments().at(1), values.value(1)).value_or(0);
    m_platform = reader.platform(QStringLiteral("platform"));
    m_format = reader.format(QStringLiteral("format"));
    const QString countOption = QStringLiteral("count");
    const qint64 count = reader.integer(countOption).value_or(1);
    if (count < 1 || count > std::numeric_limits<int>::max())
        reader.fail(countOption, tr("must be a whole number of at least 1"));
    m_count = int(count);
    m_fee = reader.isSet(feeOption) ? std::optional<QString>(reader.text(feeOption)) : std::nullopt;
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode ShortlistAddCommand::run(Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign = workspace.campaign(arguments().at(0), m_campaign, &message);
    const std::optional<Candidate> candidate =
        campaign ? workspace.candidate(arguments().at(1), m_candidateId, &message) : std::nullopt;
    if (!candidate) {
        console.error(message);
        return ExitCode::UserError;
    }
    if (m_platform && !Projection::channelFor(*candidate, *m_platform)) {
        QStringList platforms;
        for (const Channel &channel : candidate->channels)
            platforms << platformKey(channel.platform);
        console.error(OptionReader::labelled(
            QStringLiteral("--platform"),
            tr("candidate %1 has no %2 channel; it is on: %3")
                .arg(QString::number(candidate->id), platformKey(*m_platform),
                     platforms.join(QLatin1String(", ")))));
        return ExitCode::UserError;
    }
    ShortlistEntry entry;
    entry.campaignId = campaign->id;
    entry.candidateId = candidate->id;
    entry.platform = m_platform.value_or(candidate->channels.value(0).platform);
    entry.format = m_format.value_or(GoalRanking::naturalFormat(entry.platform));
    entry.deliverables = m_count;
    if (m_fee) {
        entry.agreedFee = Money::fromDecimalString(*m_fee, campaign->currency());
        if (!entry.agreedFee) {
            console.error(OptionReader::amountFault(feeOption, *m_fee, campaign->currency()));
            return ExitCode::UserError;
        }
    }
    Error error;
    const std::optional<qint64> id = workspace.campaigns().addEntry(entry, &error);
    if (!id) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << *id << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
