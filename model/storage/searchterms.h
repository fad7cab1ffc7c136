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
    // The folded words of what the marketer typed; each must begin some term. Words part at
    // spaces, the marks a handle holds, and ASCII control characters (as the file's index,
    // FTS5's ascii tokenizer, parts them: a word of only such characters would be a phrase of
    // no token there, and a row-by-row LIKE on a server would still need it).
    static QStringList queryWords(const QString &typed);
    // Of words a search needs, the fewest that ask the same: each once, and none that begins
    // another of them (a term beginning with "thuy" begins with "thu" too); the longest first,
    // as they rule out the most rows soonest. A name pasted whole as a search (570 words) asks
    // for a few hundred conditions at most, however often its words repeat.
    static QStringList fewestWords(const QStringList &words);
    // The exclusive upper end of the range of terms that begin with prefix.
    static QString prefixEnd(const QString &prefix);
    // What the full-text index (candidate_search) holds for a candidate: its terms, spaced.
    static QString document(const Candidate &candidate);
    // The full-text query for one typed word: every term beginning with it (quoted, so that
    // FTS5's operators in a name are plain text).
    static QString prefixQuery(const QString &word);
    // The full-text query for all of words at once: FTS5 requires every phrase side by side.
    static QString matchQuery(const QStringList &words);
};

} // namespace planner
