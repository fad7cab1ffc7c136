#pragma once

#include "domain/candidate.h"

#include <QStringList>

namespace planner {

// The words a candidate can be found by: each word of the name and of every handle,
// folded so that case and accents do not matter: "Nguyễn" is found by
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
    // What the full-text index (candidate_search) holds for a candidate: its terms, spaced.
    static QString document(const Candidate &candidate);
    // The full-text query for one typed word: every term beginning with it (quoted, so that
    // FTS5's operators in a name are plain text).
    static QString prefixQuery(const QString &word);
};

} // namespace planner
