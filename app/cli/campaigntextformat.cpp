#include "campaigntextformat.h"

#include "domain/candidate.h"
#include "text/displaynames.h"

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

// A name typed with a line break must not break the layout.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

CampaignTextFormat::CampaignTextFormat(const QLocale &locale)
    : m_locale(locale)
{
}

QString CampaignTextFormat::money(const Money &money) const
{
    // An amount and its ISO currency code: %1 the amount, %2 the code ("VND")
    return tr("%1 %2").arg(m_locale.toString(money.toDouble(), 'f', Money::minorDigits(money.currency())),
                           money.currency());
}

QString CampaignTextFormat::amount(const std::optional<double> &value, const QString &currency) const
{
    if (!value)
        return tr("unknown");
    return money(Money(qint64(std::llround(*value * std::pow(10.0, Money::minorDigits(currency)))),
                       currency));
}

QString CampaignTextFormat::labelled(const QList<QPair<QString, QString>> &rows) const
{
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()));
    QString text;
    for (const auto &row : rows)
        text += QString(row.first + QLatin1Char(':')).leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return text;
}

QString CampaignTextFormat::fields(const Campaign &campaign) const
{
    const auto listOrNone = [](const QStringList &items, const QString &none) {
        return items.isEmpty() ? none : items.join(QLatin1String(", "));
    };
    const auto dateOrNone = [this](const QDate &date) {
        return date.isValid() ? date.toString(Qt::ISODate) : tr("not set");
    };
    return labelled({
        {tr("Id"), QString::number(campaign.id)},
        {tr("Name"), oneLine(campaign.name)},
        {tr("Goal"), DisplayNames::goal(campaign.goal)},
        {tr("Budget"), money(campaign.budget)},
        {tr("Niches"), listOrNone(campaign.niches, tr("any"))},
        {tr("Regions"), listOrNone(campaign.regions, tr("anywhere"))},
        {tr("Start"), dateOrNone(campaign.startDate)},
        {tr("End"), dateOrNone(campaign.endDate)},
        {tr("Notes"), oneLine(campaign.notes)},
    });
}

namespace {

// A figure a projection took from the defaults, for the "* rests on defaults" line.
QString defaultName(ProjectedFigures::Default input)
{
    using D = ProjectedFigures;
    using T = CampaignTextFormat;
    switch (input) {
    case D::NoDefault: break;
    case D::ReachRate: return T::tr("reach rate (reach, impressions)");
    case D::Authenticity: return T::tr("authenticity (reach, impressions)");
    case D::EngagementRate: return T::tr("engagement rate (engagements)");
    case D::Fee: return T::tr("fee (cost)");
    case D::NoChannel: return T::tr("a channel the candidate no longer has (counted as nothing)");
    case D::NoExchangeRate: return T::tr("no exchange rate for a fee (left out of the cost)");
    case D::NoFollowers:
        return T::tr("an unknown follower count (no tier: reach from average views, cost from the own fee only)");
    case D::NotProjected: return T::tr("unknown followers and views (left out of reach and engagements)");
    }
    return {};
}

} // namespace

QStringList CampaignTextFormat::defaultNames(ProjectedFigures::Defaults defaults)
{
    using D = ProjectedFigures;
    QStringList names;
    for (const D::Default input : {D::ReachRate, D::Authenticity, D::EngagementRate, D::Fee, D::NoChannel,
                                   D::NoExchangeRate, D::NoFollowers, D::NotProjected}) {
        if (defaults.testFlag(input))
            names << defaultName(input);
    }
    return names;
}

QString CampaignTextFormat::totals(const CampaignTotals &totals, const QString &currency) const
{
    using D = ProjectedFigures;
    const D::Defaults defaults = totals.defaults;
    const auto mark = [defaults](D::Defaults inputs) {
        return (defaults & inputs) ? QStringLiteral(" *") : QString();
    };
    const D::Defaults reachInputs = D::ReachRate | D::Authenticity;
    const D::Defaults costInputs = D::Fee | D::NoExchangeRate;
    QString text = labelled({
        {tr("Entries counted"), m_locale.toString(totals.entries)},
        {tr("Unique reach"), m_locale.toString(totals.uniqueReach, 'f', 0) + mark(reachInputs)},
        {tr("Impressions"), m_locale.toString(totals.impressions, 'f', 0) + mark(reachInputs)},
        {tr("Engagements"), m_locale.toString(totals.engagements, 'f', 0) + mark(D::EngagementRate)},
        {tr("Cost"), money(totals.cost) + mark(costInputs)},
        {tr("CPM"), amount(totals.cpm, currency) + mark(costInputs | reachInputs)},
        {tr("CPE"), amount(totals.cpe, currency) + mark(costInputs | D::EngagementRate)},
        {tr("EMV"), amount(totals.emv, currency) + mark(reachInputs)},
    });
    const QStringList names = defaultNames(defaults);
    text += names.isEmpty() ? tr("No figure rests on a default.\n")
                            : tr("* rests on defaults: %1\n").arg(names.join(QLatin1String("; ")));
    if (totals.notProjected > 0)
        text += tr("Left out of reach and engagements (followers and views unknown): %1 entries\n")
                    .arg(m_locale.toString(totals.notProjected));
    return text;
}

QString CampaignTextFormat::entry(const ShortlistEntry &entry, const Candidate *candidate) const
{
    // One shortlist line: %1 candidate id, %2 name, %3 platform, %4 format, %5 count, %6 status
    QString line = tr("%1  %2  %3, %4 × %5  %6")
                       .arg(QString::number(entry.candidateId),
                            candidate ? oneLine(candidate->name) : tr("(deleted)"),
                            DisplayNames::platform(entry.platform), DisplayNames::format(entry.format),
                            m_locale.toString(entry.deliverables), DisplayNames::status(entry.status));
    if (entry.locked)
        line += QLatin1String("  ") + tr("locked");
    return line + QLatin1Char('\n');
}

} // namespace planner
