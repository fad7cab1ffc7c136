#include "commands/campaignscreatecommand.h"

#include "console.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "optionreader.h"
#include "workspace.h"

namespace planner {

QStringList CampaignsCreateCommand::words() const
{
    return {QStringLiteral("campaigns"), QStringLiteral("create")};
}

QStringList CampaignsCreateCommand::arguments() const
{
    return {QStringLiteral("NAME")};
}

QString CampaignsCreateCommand::summary() const
{
    return tr("Create a campaign and print its id");
}

QString CampaignsCreateCommand::usage() const
{
    // Synopsis of "campaigns create".
    return tr("Usage: %1 [--db FILE] campaigns create NAME --goal GOAL --budget AMOUNT\n"
              "         --currency CODE [--niche NICHE]... [--region CODE]...\n"
              "         [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--notes TEXT]\n"
              "  GOAL    awareness (people reached in the regions) or niche-trust\n"
              "          (engagements of candidates in the niches)\n"
              "  AMOUNT  digits with '.' as the decimal point, in the currency CODE (VND, USD...)\n"
              "  NICHE   a niche key such as beauty; CODE a region such as VN (also VN-SG)\n")
        .arg(Console::programName());
}

QStringList CampaignsCreateCommand::options() const
{
    return {QStringLiteral("goal"),  QStringLiteral("budget"), QStringLiteral("currency"),
            QStringLiteral("niche"), QStringLiteral("region"), QStringLiteral("start"),
            QStringLiteral("end"),   QStringLiteral("notes")};
}

QStringList CampaignsCreateCommand::repeatableOptions() const
{
    return {QStringLiteral("niche"), QStringLiteral("region")};
}

QStringList CampaignsCreateCommand::requiredOptions() const
{
    return {QStringLiteral("goal"), QStringLiteral("budget"), QStringLiteral("currency")};
}

bool CampaignsCreateCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    m_campaign = Campaign();
    m_campaign.name = argumentValues(line).value(0);
    m_campaign.goal = reader.goal(QStringLiteral("goal")).value_or(Goal::Awareness);
    if (const auto currency = reader.currency(QStringLiteral("currency")))
        m_campaign.budget = reader.money(QStringLiteral("budget"), *currency).value_or(Money());
    m_campaign.niches = reader.list(QStringLiteral("niche"), false);
    m_campaign.regions = reader.list(QStringLiteral("region"), true);
    m_campaign.startDate = reader.date(QStringLiteral("start")).value_or(QDate());
    m_campaign.endDate = reader.date(QStringLiteral("end")).value_or(QDate());
    m_campaign.notes = reader.text(QStringLiteral("notes"));
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode CampaignsCreateCommand::run(Workspace &workspace, Console &console)
{
    Error error;
    const std::optional<qint64> id = workspace.campaigns().create(m_campaign, &error);
    if (!id) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << *id << QLatin1Char('\n');
    // Stored all the same: the marketer may add the rate later.
    if (!ExchangeRateStore::load(workspace.database().connection()).contains(m_campaign.currency())) {
        console.error(tr("warning: there is no exchange rate for %1, so fees in other currencies "
                         "and the default fees cannot be converted to it")
                          .arg(m_campaign.currency()));
    }
    return ExitCode::Success;
}

} // namespace planner
