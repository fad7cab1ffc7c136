#include "itemmodels/deliveredcolumns.h"

#include "text/localformat.h"

#include <QLocale>
#include <cmath>

namespace planner {

namespace {

std::optional<double> countOf(const std::optional<qint64> &value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

std::optional<double> actualOf(DeliveredColumns::Measure measure, const DeliveredFigures &actual)
{
    switch (measure) {
    case DeliveredColumns::Reach: return countOf(actual.figure(ResultMeasure::Reach));
    case DeliveredColumns::Impressions: return countOf(actual.figure(ResultMeasure::Impressions));
    case DeliveredColumns::Engagements: return countOf(actual.engagements);
    case DeliveredColumns::Cost: return actual.cost ? std::optional<double>(actual.cost->toDouble()) : std::nullopt;
    case DeliveredColumns::Cpm: return actual.cpm;
    case DeliveredColumns::Cpe: return actual.cpe;
    case DeliveredColumns::Emv: return actual.emv;
    default: return std::nullopt;
    }
}

} // namespace

std::optional<double> DeliveredColumns::Comparison::difference() const
{
    if (!projected || !actual || *projected <= 0.0)
        return std::nullopt;
    return (*actual - *projected) / *projected;
}

DeliveredColumns::Verdict DeliveredColumns::Comparison::verdict(Measure measure) const
{
    const std::optional<double> share = difference();
    // Within half a percent counts as on plan: the displayed difference rounds to 0.0 % or so.
    if (!share || std::abs(*share) < 0.005)
        return Even;
    const bool more = *share > 0.0;
    return more != lessIsBetter(measure) ? Better : Worse;
}

DeliveredColumns::Comparison DeliveredColumns::compare(Measure measure, const ProjectedFigures &projected,
                                                       const DeliveredFigures &actual)
{
    Comparison comparison;
    comparison.actual = actualOf(measure, actual);
    const bool projectedReach = !projected.restsOn(ProjectedFigures::NotProjected);
    switch (measure) {
    case Reach: comparison.projected = projectedReach ? std::optional<double>(projected.uniqueReach) : std::nullopt; break;
    case Impressions: comparison.projected = projectedReach ? std::optional<double>(projected.impressions) : std::nullopt; break;
    case Engagements: comparison.projected = projectedReach ? std::optional<double>(projected.engagements) : std::nullopt; break;
    case Cost: comparison.projected = projected.cost ? std::optional<double>(projected.cost->toDouble()) : std::nullopt; break;
    case Cpm: comparison.projected = projected.cpm; break;
    case Cpe: comparison.projected = projected.cpe; break;
    case Emv: comparison.projected = projected.emv; break;
    default: break;
    }
    return comparison;
}

DeliveredColumns::Comparison DeliveredColumns::compare(Measure measure, const CampaignTotals &projected,
                                                       const DeliveredFigures &actual)
{
    Comparison comparison;
    comparison.actual = actualOf(measure, actual);
    switch (measure) {
    case Reach: comparison.projected = projected.uniqueReach; break;
    case Impressions: comparison.projected = projected.impressions; break;
    case Engagements: comparison.projected = projected.engagements; break;
    case Cost: comparison.projected = projected.cost.toDouble(); break;
    case Cpm: comparison.projected = projected.cpm; break;
    case Cpe: comparison.projected = projected.cpe; break;
    case Emv: comparison.projected = projected.emv; break;
    default: break;
    }
    return comparison;
}

QString DeliveredColumns::name(Measure measure)
{
    switch (measure) {
    case Reach: return tr("reach");
    case Impressions: return tr("impressions");
    case Engagements: return tr("engagements");
    case Cost: return tr("fees paid");
    case Cpm: return tr("CPM");
    case Cpe: return tr("CPE");
    case Emv: return tr("EMV");
    default: return {};
    }
}

QString DeliveredColumns::header(Measure measure)
{
    switch (measure) {
    //: Shortlist column: the reach the entry really had, after the campaign
    case Reach: return tr("Actual reach");
    case Impressions: return tr("Actual impressions");
    case Engagements: return tr("Actual engagements");
    case Cost: return tr("Fees paid");
    case Cpm: return tr("Actual CPM");
    case Cpe: return tr("Actual CPE");
    case Emv: return tr("Actual EMV");
    default: return {};
    }
}

QString DeliveredColumns::headerToolTip(Measure measure)
{
    Q_UNUSED(measure);
    return tr("What the delivered posts really did (Campaign ▸ Results), with the difference from the "
              "projection: green is better than planned, red worse");
}

QString DeliveredColumns::figure(Measure measure, double value, const QString &currency)
{
    return isMoney(measure) ? LocalFormat::money(Money::fromMajor(value, currency))
                            : LocalFormat::count(std::llround(value));
}

QString DeliveredColumns::differenceText(double difference)
{
    const QLocale locale;
    const QString sign = difference > 0 ? locale.positiveSign() : difference < 0 ? locale.negativeSign() : QString();
    return sign + LocalFormat::percent(std::abs(difference) * 100.0, locale);
}

QString DeliveredColumns::display(Measure measure, const Comparison &comparison, const QString &currency)
{
    if (!comparison.actual)
        return QStringLiteral("—");
    const QString actual = LocalFormat::isolated(figure(measure, *comparison.actual, currency));
    const std::optional<double> difference = comparison.difference();
    if (!difference)
        return actual;
    //: A delivered figure and its difference from the projection: "12,400 (−8.0%)"
    return tr("%1 (%2)").arg(actual, LocalFormat::isolated(differenceText(*difference)));
}

QString DeliveredColumns::spoken(Measure measure, const Comparison &comparison, const QString &currency)
{
    if (!comparison.actual)
        //: %1 is a measure (reach, fees paid, CPM...)
        return tr("No actual %1 entered yet").arg(name(measure));
    const QString actual = LocalFormat::isolated(figure(measure, *comparison.actual, currency));
    const std::optional<double> difference = comparison.difference();
    if (!difference)
        //: %1 a measure, %2 its delivered figure
        return tr("Actual %1 %2, nothing projected to compare with").arg(name(measure), actual);
    const QString planned = LocalFormat::isolated(figure(measure, *comparison.projected, currency));
    const QString share = LocalFormat::isolated(LocalFormat::percent(std::abs(*difference) * 100.0));
    if (comparison.verdict(measure) == Even)
        //: %1 a measure, %2 its delivered figure, %3 the projected figure
        return tr("Actual %1 %2, as projected (%3)").arg(name(measure), actual, planned);
    return *difference > 0
        //: %1 a measure, %2 its delivered figure, %3 a percentage, %4 the projected figure
        ? tr("Actual %1 %2, %3 above the projected %4").arg(name(measure), actual, share, planned)
        : tr("Actual %1 %2, %3 below the projected %4").arg(name(measure), actual, share, planned);
}

QString DeliveredColumns::summary(const CampaignTotals &projected, const DeliveredFigures &actual,
                                  const QString &currency)
{
    QStringList parts;
    for (int i = 0; i < MeasureCount; ++i) {
        const auto measure = Measure(i);
        const Comparison comparison = compare(measure, projected, actual);
        if (comparison.actual)
            parts << tr("%1 %2").arg(header(measure), display(measure, comparison, currency));
    }
    //: The campaign's delivered totals: %n delivered pieces, then "Actual reach 12,400 (−8.0%) · ..."
    return tr("Delivered in %n pieces, against the projection: ", nullptr, actual.pieces)
        + (parts.isEmpty() ? tr("no figures entered yet") : parts.join(QStringLiteral(" · ")));
}

} // namespace planner
