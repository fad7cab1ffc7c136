#include "commands/candidatesaddcommand.h"

#include "storage/candidatestore.h"
#include "console.h"
#include "optionreader.h"
#include "workspace.h"

namespace planner {

QStringList CandidatesAddCommand::words() const
{
    return {QStringLiteral("candidates"), QStringLiteral("add")};
}

QString CandidatesAddCommand::summary() const
{
    return tr("Add a candidate with one channel and print the new id");
}

QString CandidatesAddCommand::usage() const
{
    // Synopsis of "candidates add".
    return tr("Usage: %1 [--db FILE] candidates add --name NAME --kind KIND --platform PLATFORM\n"
              "         --followers N [--handle HANDLE] [--engagement-rate PCT] [--avg-views N]\n"
              "         [--fee AMOUNT --currency CODE] [--authenticity PCT]\n"
              "         [--niche NICHE]... [--region CODE]...\n"
              "  KIND      one of: %2\n"
              "  PLATFORM  one of: %3\n"
              "  PCT       a percentage: 3.5 means 3.5%\n"
              "  AMOUNT    digits with '.' as the decimal point, in the currency CODE (VND, USD...)\n")
        .arg(Console::programName(), allKindKeys().join(QLatin1String(", ")),
             allPlatformKeys().join(QLatin1String(", ")));
}

QStringList CandidatesAddCommand::options() const
{
    return {QStringLiteral("name"),         QStringLiteral("kind"),
            QStringLiteral("platform"),     QStringLiteral("followers"),
            QStringLiteral("handle"),       QStringLiteral("engagement-rate"),
            QStringLiteral("avg-views"),    QStringLiteral("fee"),
            QStringLiteral("currency"),     QStringLiteral("authenticity"),
            QStringLiteral("niche"),        QStringLiteral("region")};
}

QStringList CandidatesAddCommand::repeatableOptions() const
{
    return {QStringLiteral("niche"), QStringLiteral("region")};
}

QStringList CandidatesAddCommand::requiredOptions() const
{
    return {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("platform"),
            QStringLiteral("followers")};
}

void CandidatesAddCommand::readFee(OptionReader &reader, Channel *channel)
{
    const QString feeOption = QStringLiteral("fee");
    const QString currencyOption = QStringLiteral("currency");
    if (!reader.isSet(feeOption)) {
        if (reader.isSet(currencyOption))
            reader.fail(currencyOption, tr("is used only together with --fee"));
        return;
    }
    if (!reader.isSet(currencyOption)) {
        reader.fail(currencyOption, tr("is needed with --fee (a three-letter code such as VND)"));
        return;
    }
    if (const std::optional<QString> currency = reader.currency(currencyOption))
        channel->fee = reader.money(feeOption, *currency);
}

bool CandidatesAddCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_candidate = Candidate();
    m_candidate.name = reader.text(QStringLiteral("name"));
    m_candidate.kind = reader.kind(QStringLiteral("kind")).value_or(CandidateKind::Influencer);
    Channel channel;
    channel.platform = reader.platform(QStringLiteral("platform")).value_or(Platform::Instagram);
    channel.followers = reader.integer(QStringLiteral("followers")).value_or(0);
    channel.handle = reader.text(QStringLiteral("handle"));
    channel.engagementRatePct = reader.percent(QStringLiteral("engagement-rate"));
    channel.avgViews = reader.integer(QStringLiteral("avg-views"));
    readFee(reader, &channel);
    channel.authenticityPct = reader.percent(QStringLiteral("authenticity"));
    m_candidate.channels.append(channel);
    m_candidate.niches = reader.list(QStringLiteral("niche"), false);
    m_candidate.regions = reader.list(QStringLiteral("region"), true);
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CandidatesAddCommand::run(Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    Error error;
    const std::optional<qint64> id = store.add(m_candidate, &error);
    if (!id) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << *id << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
