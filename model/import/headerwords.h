#pragma once

#include "import/importvocabulary.h"

#include <QHash>
#include <QLocale>
#include <QString>
#include <optional>

namespace planner {

// What the candidate import (HeaderMapping) and the results import (ResultColumns) read in
// a header row alike: the names of the identity and platform columns, the currency a header
// names in brackets, and the language most headers are written in.
namespace HeaderWords {

// In this order (the imports map them by index).
enum class Meaning { Name, Handle, Platform };

struct Word
{
    const char *text; // UTF-8, compared through ImportVocabulary::key()
    Meaning meaning;
    QLocale::Language language;
    // False: only the results import reads the word so (the candidate import has it in
    // another language, or not at all).
    bool candidates = true;
};

// The words in the order the results import weighs them (a tie goes to the first).
const QList<Word> &identityWords();

// A currency in brackets in a header: "Giá (VNĐ)", "Fee [USD]", "قیمت (تومان)".
std::optional<CurrencyUnit> bracketCurrency(const QString &header);

// The language with the most votes; AnyLanguage when none or a tie.
QLocale::Language mostVoted(const QHash<QLocale::Language, int> &votes);

} // namespace HeaderWords

} // namespace planner
