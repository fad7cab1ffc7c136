#pragma once

#include "domain/assumptions.h"
#include "domain/campaign.h"
#include "domain/candidate.h"

#include <QStringList>

namespace planner {

// The languages a channel posts in against a campaign's target languages (ISO 639 codes,
// lowercase, as stored). Goal fit takes the match in through the language_mismatch_weight
// assumption (factor()); the candidate list filters on it (RangeFilter::languages).
class LanguageMatch
{
public:
    // Whether the channel posts in any of the targets. No targets matches every channel;
    // a channel whose languages are unknown (empty) matches no target.
    static bool matches(const QStringList &targets, const QStringList &languages);
    // What the match does to goal fit: 1 when the campaign has no target languages, when the
    // channel posts in one of them, or when its languages are unknown (nothing known against
    // it); 1 − weight (never below 0) when it posts only in other languages. With the default
    // weight 0.5 an English-only channel counts half for a Persian-speaking campaign.
    static double factor(const QStringList &targets, const QStringList &languages, double weight);
    // factor() of the candidate's channel on platform (1 when it has none there).
    static double factor(const Campaign &campaign, const Candidate &candidate, Platform platform,
                         double weight);
    // Whether factor() takes the weight off: targets and languages known, none shared.
    static bool misses(const QStringList &targets, const QStringList &languages);

    // The assumption's key and its value (0.5 when the file has none).
    static QString weightKey();
    static double weight(const Assumptions &assumptions);

    // Lowercase, trimmed, without repeats or empties, in the given order.
    static QStringList normalized(const QStringList &codes);
    // "vi|en" as stored, and back; joined() of normalized codes.
    static QString joined(const QStringList &codes);
    static QStringList split(const QString &stored);
};

} // namespace planner
