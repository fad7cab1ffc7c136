#include "storage/searchterms.h"

#include <QRegularExpression>

#include <algorithm>

namespace planner {

QString SearchTerms::fold(const QString &text)
{
    // ASCII alone (every handle, many names) decomposes to itself and folds to its lower case:
    // the normalisation below was a tenth of an import's reading thread (issue 14).
    const auto ascii = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
    if (ascii == text.cend())
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format: // zero-width non-joiner and the like
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x0111: folded += QLatin1Char('d'); break; // Vietnamese đ has no decomposition
        case 0x064A: folded += QChar(0x06CC); break;    // Arabic yeh as Persian yeh
        case 0x0649: folded += QChar(0x06CC); break;    // alef maksura as Persian yeh
        case 0x0643: folded += QChar(0x06A9); break;    // Arabic kaf as Persian keheh
        default: folded += c;
        }
    }
    return folded;
}

namespace {

// The marks words are split at: [\s,;@./_\-|()\[\]#\x{01}-\x{1F}\x{7F}]+ (the expression
// queryWords used; the ASCII control characters as the file's FTS5 tokenizer splits at them).
bool isSeparator(QChar c)
{
    if ((c.unicode() >= 0x01 && c.unicode() <= 0x1F) || c.unicode() == 0x7F)
        return true;
    switch (c.unicode()) {
    case ',': case ';': case '@': case '.': case '/': case '_': case '-': case '|':
    case '(': case ')': case '[': case ']': case '#':
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
        return true;
    default:
        return false;
    }
}

// Spaces outside ASCII that the expression's \s may or may not take (folding made every
// other kind of space a plain one, or dropped it).
bool isRareSpace(QChar c)
{
    return c.unicode() == 0x85 || c.unicode() == 0x1680 || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

} // namespace

QStringList SearchTerms::queryWords(const QString &typed)
{
    // Split by hand: the regular expression took a sixth of an import's time (issue 15). A
    // text with a rare space still goes through it, so that the words stay exactly the same.
    const QString folded = fold(typed);
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (isRareSpace(c)) {
            static const QRegularExpression separators(
                QStringLiteral("[\\s,;@./_\\-|()\\[\\]#\\x{01}-\\x{1F}\\x{7F}]+"));
            return folded.split(separators, Qt::SkipEmptyParts);
        }
        if (isSeparator(c)) {
            if (start >= 0)
                words << folded.mid(start, i - start);
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        words << folded.mid(start);
    return words;
}

QStringList SearchTerms::fewestWords(const QStringList &words)
{
    // In sorted order a word that begins another one begins the word right after it.
    QStringList sorted = words;
    std::sort(sorted.begin(), sorted.end());
    QStringList fewest;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i + 1 == sorted.size() || !sorted.at(i + 1).startsWith(sorted.at(i)))
            fewest << sorted.at(i);
    }
    std::stable_sort(fewest.begin(), fewest.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return fewest;
}

QStringList SearchTerms::forCandidate(const Candidate &candidate)
{
    // A handle's words only, not the handle whole as well: what the marketer types is split
    // at the same marks (queryWords), so no typed word can need "thu.ha" when "thu" and "ha"
    // are there; the whole handle was a third unique term per row, a third of the index.
    QStringList terms = queryWords(candidate.name);
    for (const Channel &channel : candidate.channels)
        terms << queryWords(channel.handle);
    // The first of each, in order (as removeDuplicates keeps them), without its hash table:
    // a candidate has a handful of words.
    QStringList unique;
    unique.reserve(terms.size());
    for (const QString &term : std::as_const(terms)) {
        if (!unique.contains(term))
            unique << term;
    }
    return unique;
}

QString SearchTerms::prefixEnd(const QString &prefix)
{
    // U+10FFFF sorts after every character in SQLite's binary (UTF-8) order.
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

QString SearchTerms::document(const Candidate &candidate)
{
    return forCandidate(candidate).join(QLatin1Char(' '));
}

QString SearchTerms::prefixQuery(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QStringLiteral("\"*");
}

QString SearchTerms::matchQuery(const QStringList &words)
{
    QStringList phrases;
    for (const QString &word : words)
        phrases << prefixQuery(word);
    return phrases.join(QLatin1Char(' '));
}

} // namespace planner
