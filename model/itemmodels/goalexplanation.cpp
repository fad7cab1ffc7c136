#include "itemmodels/goalexplanation.h"

#include "text/displaynames.h"
#include "text/localformat.h"

#include <QLocale>
#include <cmath>

namespace planner {

namespace {

const QString met = QStringLiteral("✓ ");
const QString missed = QStringLiteral("✗ ");
const QString aside = QStringLiteral("• ");

QString regionNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << LocalFormat::isolated(code.trimmed().toUpper());
    return names.join(QLatin1String(", "));
}

QString nicheNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names << LocalFormat::isolated(DisplayNames::niche(key));
    return names.join(QLatin1String(", "));
}

} // namespace

QString GoalExplanation::fitNumber(double value)
{
    int decimals = 0;
    if (value > 0.0 && value < 100.0)
        decimals = std::min(6, 2 - int(std::floor(std::log10(value))));
    return QLocale().toString(value, 'f', decimals);
}

QStringList GoalExplanation::briefLines(const Campaign &campaign, const Candidate &candidate,
                                        const GoalScore &score)
{
    QStringList lines{regionLine(campaign, candidate, score), nicheLine(campaign, candidate, score)};
    const QString weight = QLocale().toString(score.kindWeight(), 'g', 4);
    //: %1 candidate kind (KOL, KOC, ...), %2 number such as 1 or 1.5
    lines << aside + tr("Kind: %1, weight ×%2 (an assumption; 1 means no preference)")
                         .arg(DisplayNames::kind(candidate.kind), weight);
    return lines;
}

QString GoalExplanation::regionLine(const Campaign &campaign, const Candidate &candidate,
                                    const GoalScore &score)
{
    if (campaign.regions.isEmpty())
        return met + tr("Region: the campaign targets every region.");
    const QString own = candidate.regions.isEmpty() ? tr("no region given") : regionNames(candidate.regions);
    //: %1 the candidate's regions (VN-SG), %2 the campaign's target regions (VN)
    return score.regionMatches()
        ? met + tr("Region: %1 is within the target regions (%2).").arg(own, regionNames(campaign.regions))
        : missed + tr("Region: %1 is outside the target regions (%2): it brings nothing to either goal.")
                       .arg(own, regionNames(campaign.regions));
}

QString GoalExplanation::nicheLine(const Campaign &campaign, const Candidate &candidate,
                                   const GoalScore &score)
{
    if (campaign.niches.isEmpty())
        return met + tr("Niche: the campaign targets every niche.");
    const QString own = candidate.niches.isEmpty() ? tr("no niche given") : nicheNames(candidate.niches);
    const QString targets = nicheNames(campaign.niches);
    if (score.nicheMatches())
        //: %1 the candidate's niches, %2 the campaign's target niches
        return met + tr("Niche: %1 matches the target niches (%2).").arg(own, targets);
    if (GoalScore::goalNeedsNiche(score.goal()))
        return missed + tr("Niche: %1 is not among the target niches (%2): its engagements do not count for niche trust.")
                            .arg(own, targets);
    return aside + tr("Niche: %1 is not among the target niches (%2); awareness counts reach whatever the niche.")
                       .arg(own, targets);
}

QString GoalExplanation::unitOf(Goal goal, qint64 amount)
{
    const QString number = LocalFormat::count(amount);
    //: %1 a count of people
    return goal == Goal::Awareness ? tr("%1 real people reached").arg(number)
                                   //: %1 a count of likes, comments and shares from real followers
                                   : tr("%1 authentic engagements").arg(number);
}

QString GoalExplanation::bringsLine(const GoalScore &score)
{
    if (!score.matches())
        return tr("Brings nothing to this goal: it misses the brief.");
    const QString figure = unitOf(score.goal(), std::llround(score.goalFigure()));
    const QString what = score.goal() == Goal::Awareness ? tr("authentic unique reach")
                                                         : tr("engagements from real followers");
    if (score.kindWeight() == 1.0)
        //: %1 "13,280 real people reached", %2 what the figure is
        return tr("Brings %1 (%2).").arg(figure, what);
    //: %1 "13,280 real people reached", %2 what it is, %3 kind weight, %4 weighted figure
    return tr("Brings %1 (%2); weighted ×%3 for the kind, it counts as %4.")
        .arg(figure, what, QLocale().toString(score.kindWeight(), 'g', 4),
             LocalFormat::count(std::llround(score.objective())));
}

QString GoalExplanation::fitLine(const GoalScore &score, const QString &currency)
{
    if (!score.fit())
        return {};
    if (std::isinf(*score.fit()))
        return tr("Goal fit: free, it costs nothing.");
    const QString number = fitNumber(*score.fit() * fitScale);
    //: %1 number, %2 currency code
    return score.goal() == Goal::Awareness
        ? tr("Goal fit: %1 real people reached per million %2 spent").arg(number, currency)
        : tr("Goal fit: %1 authentic engagements per million %2 spent").arg(number, currency);
}

QString GoalExplanation::noFitReason(const GoalScore &score)
{
    if (!score.matches())
        return tr("Misses the campaign's brief: it brings nothing to this goal.");
    return {};
}

QString GoalExplanation::brandLine(std::optional<int> rating, const GoalScore &score, double weightPerStar)
{
    if (!rating)
        return tr("Brand fit: not rated for this campaign (counts as neutral).");
    // The share brand fit takes in goal fit: the factor minus one, as a percentage.
    const double factor = score.brandFactor();
    const double share = (factor - 1.0) * 100.0;
    //: %1 rating 0-5, %2 the factor goal fit is multiplied by, %3 the change as a signed percentage, %4 the weight per star
    return tr("Brand fit %1 of 5: goal fit × %2 (%3), at %4 per star above or below 3.")
        .arg(LocalFormat::count(*rating), QLocale().toString(factor, 'g', 4),
             (share > 0 ? QLocale().positiveSign() : QString()) + LocalFormat::percent(share),
             LocalFormat::percent(weightPerStar * 100.0));
}

} // namespace planner
