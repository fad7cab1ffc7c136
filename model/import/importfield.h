#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace planner {

// What a column of an imported file holds for the program. CandidateKey groups rows: rows
// in a row with the same key (an exported candidate id) are channels of one candidate.
enum class ImportField {
    Ignored,
    Name,
    Handle,
    Platform,
    Kind,
    Followers,
    EngagementRate,
    AvgViews,
    Fee,
    Currency,
    Authenticity,
    Niches,
    Regions,
    Notes,
    CandidateKey,
    ProfileUrl, // a profile address: gives the platform, and the handle when no column does
    Languages,  // the languages a channel posts in: codes or names (LanguageWords)
};

// Keys and names of the import fields, for the import dialog's choices and for messages.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    // Every field a column can be given, Ignored first.
    static const QList<ImportField> &all();
    // The field key the validator and the CLI use ("engagement_rate"); empty for Ignored.
    static QString key(ImportField field);
    // The field's name said for the marketer.
    static QString name(ImportField field);
};

} // namespace planner
