#pragma once

#include "domain/candidate.h"

#include <QStringList>

namespace planner {

// The words a candidate can be found by: each word of the name and of every handle (and
// each handle whole), folded so that case and accents do not matter: "Nguyễn" is found by
// "nguyen", "@Thu.Ha" by "thu" or "ha".
class SearchTerms
{
public:
    static QString fold(const QString &text);
    static QStringList forCandidate(const Candidate &candidate);
    // The folded words of what the marketer typed; each must begin some term.
    static QStringList queryWords(const QString &typed);
    // The exclusive upper end of the range of terms that begin with prefix.
    static QString prefixEnd(const QString &prefix);
};

} // namespace planner
