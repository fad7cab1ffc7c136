#include "schema.h"

namespace planner {

namespace {

QStringList versionOne()
{
    return {
        QStringLiteral("CREATE TABLE tier_thresholds ("
                       " tier TEXT PRIMARY KEY,"
                       " min_followers INTEGER NOT NULL CHECK (min_followers >= 0),"
                       " source TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO tier_thresholds (tier, min_followers, source) VALUES"
                       " ('nano', 0, 'Vietnamese KOL article (seeds); Later x Fohr'),"
                       " ('micro', 10000, 'Vietnamese KOL article (seeds); Later x Fohr'),"
                       " ('macro', 100000, 'Vietnamese KOL article (seeds); Later x Fohr'),"
                       " ('mega', 1000000, 'Vietnamese KOL article (seeds); Later x Fohr')"),
        QStringLiteral("CREATE TABLE candidates ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " kind TEXT NOT NULL CHECK (kind IN ('creator', 'influencer', 'kol', 'koc')),"
                       " niches TEXT NOT NULL DEFAULT '',"
                       " regions TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE channels ("
                       " id INTEGER PRIMARY KEY,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " platform TEXT NOT NULL,"
                       " handle TEXT NOT NULL DEFAULT '',"
                       " followers INTEGER NOT NULL CHECK (followers >= 0),"
                       " engagement_rate_pct REAL CHECK (engagement_rate_pct BETWEEN 0 AND 100),"
                       " avg_views INTEGER CHECK (avg_views >= 0),"
                       " fee_minor INTEGER CHECK (fee_minor >= 0),"
                       " currency TEXT,"
                       " authenticity_pct REAL CHECK (authenticity_pct BETWEEN 0 AND 100))"),
        // The folded words of names and handles, for a search that uses an index.
        QStringLiteral("CREATE TABLE candidate_search_terms ("
                       " term TEXT NOT NULL,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (term, candidate_id))"),
        QStringLiteral("CREATE INDEX search_terms_by_candidate ON candidate_search_terms (candidate_id, term)"),
        // Indexes that let the candidate table filter and sort in SQL and stop early.
        QStringLiteral("CREATE INDEX channels_by_candidate ON channels (candidate_id)"),
        QStringLiteral("CREATE INDEX channels_by_followers ON channels (followers)"),
        QStringLiteral("CREATE INDEX channels_by_platform ON channels (platform, followers)"),
        QStringLiteral("CREATE INDEX channels_by_engagement ON channels (engagement_rate_pct)"),
        QStringLiteral("CREATE INDEX channels_by_views ON channels (avg_views)"),
        QStringLiteral("CREATE INDEX channels_by_fee ON channels (fee_minor)"),
        QStringLiteral("CREATE INDEX channels_by_authenticity ON channels (authenticity_pct)"),
        QStringLiteral("CREATE INDEX channels_by_handle ON channels (handle)"),
        QStringLiteral("CREATE INDEX candidates_by_name ON candidates (name)"),
        QStringLiteral("CREATE INDEX candidates_by_kind ON candidates (kind, name)"),
        QStringLiteral("CREATE INDEX candidates_by_niches ON candidates (niches)"),
        QStringLiteral("CREATE INDEX candidates_by_regions ON candidates (regions)"),
    };
}

} // namespace

QStringList Schema::migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1: return versionOne();
    default: return {};
    }
}

} // namespace planner
