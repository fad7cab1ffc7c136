#include "domain/languagematch.h"

#include <algorithm>

namespace planner {

bool LanguageMatch::matches(const QStringList &targets, const QStringList &languages)
{
    if (targets.isEmpty())
        return true;
    for (const QString &language : languages) {
        if (targets.contains(language.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool LanguageMatch::misses(const QStringList &targets, const QStringList &languages)
{
    return !targets.isEmpty() && !languages.isEmpty() && !matches(targets, languages);
}

double LanguageMatch::factor(const QStringList &targets, const QStringList &languages, double weight)
{
    return misses(targets, languages) ? std::max(0.0, 1.0 - weight) : 1.0;
}

double LanguageMatch::factor(const Campaign &campaign, const Candidate &candidate, Platform platform,
                             double weight)
{
    for (const Channel &channel : candidate.channels) {
        if (channel.platform == platform)
            return factor(campaign.languages, channel.languages, weight);
    }
    return 1.0;
}

QString LanguageMatch::weightKey()
{
    return QStringLiteral("language_mismatch_weight");
}

double LanguageMatch::weight(const Assumptions &assumptions)
{
    return assumptions.value(weightKey()).value_or(0.5);
}

QStringList LanguageMatch::normalized(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString clean = code.trimmed().toLower();
        if (!clean.isEmpty() && !result.contains(clean))
            result << clean;
    }
    return result;
}

QString LanguageMatch::joined(const QStringList &codes)
{
    return normalized(codes).join(QLatin1Char('|'));
}

QStringList LanguageMatch::split(const QString &stored)
{
    return normalized(stored.split(QLatin1Char('|'), Qt::SkipEmptyParts));
}

} // namespace planner
