#include "commands/costoptions.h"

#include "commandspec.h"
#include "optionreader.h"
#include "planning/campaigncostinputs.h"
#include "workspace.h"

#include <cmath>

namespace planner {

namespace {

const QString campaignOption = QStringLiteral("campaign");

std::optional<double> amount(OptionReader &reader, const QString &option)
{
    if (!reader.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double value = reader.text(option).trimmed().toDouble(&ok); // '.' as the decimal point
    if (!ok || !std::isfinite(value) || value < 0) {
        reader.fail(option, Text::tr("“%1” is not an amount (digits, '.' as the decimal point, such as 6.5)")
                                .arg(reader.text(option)));
        return std::nullopt;
    }
    return value;
}

void readBounds(OptionReader &reader, const char *figure, Bounds<double> *bounds)
{
    bounds->min = amount(reader, QStringLiteral("min-") + QLatin1String(figure));
    bounds->max = amount(reader, QStringLiteral("max-") + QLatin1String(figure));
}

} // namespace

namespace CostOptions {

QStringList names()
{
    return QStringList{QStringLiteral("min-cpm"), QStringLiteral("max-cpm"), QStringLiteral("min-cpe"),
                       QStringLiteral("max-cpe"), campaignOption};
}

QString read(OptionReader &reader, CandidateFilter *filter)
{
    RangeFilter &ranges = filter->ranges;
    readBounds(reader, "cpm", &ranges.cpm);
    readBounds(reader, "cpe", &ranges.cpe);
    const bool bounded = ranges.cpm.isSet() || ranges.cpe.isSet();
    const QString campaign = reader.text(campaignOption).trimmed();
    if (bounded && campaign.isEmpty())
        reader.fail(campaignOption, Text::tr("is needed with --min-cpm, --max-cpm, --min-cpe and --max-cpe"
                                             " (the campaign whose projection they bound)"));
    else if (!bounded && reader.isSet(campaignOption))
        reader.fail(campaignOption, Text::tr("is used only together with --min-cpm, --max-cpm, --min-cpe or --max-cpe"));
    return bounded ? campaign : QString();
}

bool use(Workspace &workspace, const QString &campaign, CandidateFilter *filter, QString *message)
{
    if (!filter->ranges.cpm.isSet() && !filter->ranges.cpe.isSet())
        return true;
    const std::optional<Campaign> found = workspace.campaign(QStringLiteral("--campaign"), campaign, message);
    if (!found)
        return false;
    filter->ranges.costInputs = CampaignCostInputs::of(*found, workspace.projection());
    return true;
}

QString usage()
{
    return Text::tr("  --min-cpm, --max-cpm, --min-cpe, --max-cpe  inclusive bounds on the projected\n"
                    "            cost per thousand impressions and per engagement (AMOUNT in the\n"
                    "            campaign's currency) for the campaign --campaign NAME: one post,\n"
                    "            video or appearance at the listed fee (else the tier's default),\n"
                    "            as its goal-fit ranking projects it; a channel whose cost cannot\n"
                    "            be projected (no fee or rate, a zero fee, no audience) is left out\n");
}

} // namespace CostOptions

} // namespace planner
