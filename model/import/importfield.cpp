#include "import/importfield.h"

#include "storage/candidatevalidator.h"

namespace planner {

const QList<ImportField> &ImportFields::all()
{
    static const QList<ImportField> fields{
        ImportField::Ignored,        ImportField::Name,      ImportField::Handle,
        ImportField::ProfileUrl,
        ImportField::Platform,       ImportField::Kind,      ImportField::Followers,
        ImportField::EngagementRate, ImportField::AvgViews,  ImportField::Fee,
        ImportField::Currency,       ImportField::Authenticity, ImportField::Niches,
        ImportField::Regions,        ImportField::Languages, ImportField::Notes,
        ImportField::CandidateKey};
    return fields;
}

QString ImportFields::key(ImportField field)
{
    switch (field) {
    case ImportField::Ignored: return {};
    case ImportField::Name: return QStringLiteral("name");
    case ImportField::Handle: return QStringLiteral("handle");
    case ImportField::Platform: return QStringLiteral("platform");
    case ImportField::Kind: return QStringLiteral("kind");
    case ImportField::Followers: return QStringLiteral("followers");
    case ImportField::EngagementRate: return QStringLiteral("engagement_rate");
    case ImportField::AvgViews: return QStringLiteral("avg_views");
    case ImportField::Fee: return QStringLiteral("fee");
    case ImportField::Currency: return QStringLiteral("currency");
    case ImportField::Authenticity: return QStringLiteral("authenticity");
    case ImportField::Niches: return QStringLiteral("niches");
    case ImportField::Regions: return QStringLiteral("regions");
    case ImportField::Notes: return QStringLiteral("notes");
    case ImportField::CandidateKey: return QStringLiteral("candidate_key");
    case ImportField::ProfileUrl: return QStringLiteral("profile_url");
    case ImportField::Languages: return QStringLiteral("languages");
    }
    return {};
}

QString ImportFields::name(ImportField field)
{
    switch (field) {
    //: An imported column the program leaves out
    case ImportField::Ignored: return tr("(not imported)");
    case ImportField::Notes: return tr("Notes");
    //: The languages a channel posts in
    case ImportField::Languages: return tr("Languages");
    //: A column whose equal values mark rows as channels of one candidate
    case ImportField::CandidateKey: return tr("Candidate id (groups rows)");
    //: A column of addresses of profiles (instagram.com/name): they give platform and handle
    case ImportField::ProfileUrl: return tr("Profile link");
    default: return CandidateValidator::fieldName(key(field));
    }
}

} // namespace planner
