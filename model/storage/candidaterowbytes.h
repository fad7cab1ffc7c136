#pragma once

#include "domain/candidatekind.h"
#include "domain/money.h"
#include "domain/platform.h"

#include <QByteArray>
#include <QString>
#include <QUtf8StringView>
#include <optional>

namespace planner {

class RowReader;

// The current row of the candidate query (CandidateSql::rowColumns()) read in place from
// SQLite: text as the UTF-8 bytes the statement holds (valid until the reader moves on),
// kind and platform as enums read from their key's bytes, lists as stored, joined by '|'
// (issue 14: making a CandidateRow of QStrings and lists per row was a third of the CSV
// export). Each value is the one CandidateRowCursor::rowFromReader() gives, as an export
// writes it: niches() is that row's niches joined again, languages() its languages, and so
// on. One object serves every row of a query, so what it keeps between rows (the last
// currency, a buffer) is allocated once. Only over a reader of SQLite's (its text points
// into the statement's row).
class CandidateRowBytes
{
public:
    explicit CandidateRowBytes(const RowReader &reader);
    CandidateRowBytes(const CandidateRowBytes &) = delete;
    CandidateRowBytes &operator=(const CandidateRowBytes &) = delete;

    qint64 channelId() const;
    qint64 candidateId() const;
    QUtf8StringView name() const { return text(2); }
    CandidateKind kind() const;
    Platform platform() const;
    QUtf8StringView handle() const { return text(5); }
    std::optional<qint64> followers() const { return optionalInteger(6); }
    std::optional<double> engagementRatePct() const { return optionalReal(7); }
    std::optional<qint64> avgViews() const { return optionalInteger(8); }
    std::optional<Money> fee() const;
    std::optional<double> authenticityPct() const { return optionalReal(11); }
    QUtf8StringView niches() const { return text(12); }
    QUtf8StringView regions() const { return text(13); }
    // The codes of LanguageMatch::split() joined by '|': the stored text itself when it is
    // that already (lowercase ASCII codes, none empty or repeated), else made again.
    QUtf8StringView languages() const;

    // The key's value as kindFromKey() and platformFromKey() read it, with the stored
    // key's bytes compared first (no QString for a key as the program writes it).
    static std::optional<CandidateKind> kindFromUtf8(QByteArrayView key);
    static std::optional<Platform> platformFromUtf8(QByteArrayView key);
    // Whether stored languages ("vi|en") are LanguageMatch::joined() of themselves already.
    static bool languagesAreNormal(QByteArrayView stored);

private:
    QUtf8StringView text(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

    const RowReader &m_reader;
    mutable QByteArray m_currencyBytes; // the last currency read, as stored
    mutable QString m_currency;         // and as a QString, shared by its rows' Money
    mutable QByteArray m_languages;     // languages() made again
};

} // namespace planner
