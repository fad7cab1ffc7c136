#include "languagefitline.h"

#include "text/languagenames.h"
#include "text/localformat.h"

#include <QLocale>

namespace planner {

QString LanguageFitLine::text(const Campaign &campaign, const Candidate &candidate, Platform platform,
                              const GoalScore &score)
{
    QStringList languages;
    for (const Channel &channel : candidate.channels) {
        if (channel.platform == platform)
            languages = channel.languages;
    }
    if (campaign.languages.isEmpty())
        return tr("Language: the campaign has no target languages (counts fully).");
    const QString targets = LanguageNames::names(campaign.languages);
    if (languages.isEmpty())
        //: %1 the campaign's target languages, by name
        return tr("Language: not known for this channel (counts fully); the campaign targets %1.").arg(targets);
    const QString posts = LanguageNames::names(languages);
    const double factor = score.languageFactor();
    if (factor >= 1.0)
        //: %1 the channel's languages, by name
        return tr("Language: posts in %1, a target language of the campaign (counts fully).").arg(posts);
    const double share = (factor - 1.0) * 100.0;
    //: %1 the channel's languages, %2 the campaign's, %3 the factor goal fit is multiplied by, %4 the change as a percentage
    return tr("Language: posts in %1, none of the campaign's %2: goal fit × %3 (%4), the weight of a language mismatch.")
        .arg(posts, targets, QLocale().toString(factor, 'g', 4), LocalFormat::percent(share));
}

} // namespace planner
