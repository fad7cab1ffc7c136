#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace planner {

// Reads the languages of an imported cell: ISO 639 codes ("vi", "fas") and language names in
// English, Vietnamese, Indonesian and Persian ("Vietnamese", "Tiếng Việt", "Bahasa Indonesia",
// "فارسی"), several separated by commas, semicolons, slashes or "|".
class LanguageWords
{
public:
    // The ISO 639 code (two letters where one exists) of one language; empty when unknown.
    static QString code(QStringView text);
    // The codes of a cell, in order without repeats; the parts no language was found for go
    // to unreadable.
    static QStringList codes(QStringView cell, QStringList *unreadable);
};

} // namespace planner
