#include "storage/schema.h"

#include "domain/currencytable.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <cmath>

namespace planner {

namespace {

// The channels table; followers NOT NULL until schema 5 (versionFive).
QString channelsTable(const QString &name, const QString &followers)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " id INTEGER PRIMARY KEY,"
                          " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                          " platform TEXT NOT NULL,"
                          " handle TEXT NOT NULL DEFAULT '',"
                          " followers INTEGER %2CHECK (followers >= 0),"
                          " engagement_rate_pct REAL CHECK (engagement_rate_pct BETWEEN 0 AND 100),"
                          " avg_views INTEGER CHECK (avg_views >= 0),"
                          " fee_minor INTEGER CHECK (fee_minor >= 0),"
                          " currency TEXT,"
                          " authenticity_pct REAL CHECK (authenticity_pct BETWEEN 0 AND 100))")
        .arg(name, followers);
}

// Indexes that let the candidate table filter and sort channels in SQL and stop early.
QStringList channelIndexes()
{
    return {
        QStringLiteral("CREATE INDEX channels_by_candidate ON channels (candidate_id)"),
        QStringLiteral("CREATE INDEX channels_by_followers ON channels (followers)"),
        QStringLiteral("CREATE INDEX channels_by_platform ON channels (platform, followers)"),
        QStringLiteral("CREATE INDEX channels_by_engagement ON channels (engagement_rate_pct)"),
        QStringLiteral("CREATE INDEX channels_by_views ON channels (avg_views)"),
        QStringLiteral("CREATE INDEX channels_by_fee ON channels (fee_minor)"),
        QStringLiteral("CREATE INDEX channels_by_authenticity ON channels (authenticity_pct)"),
        QStringLiteral("CREATE INDEX channels_by_handle ON channels (handle)"),
    };
}

QStringList versionOne()
{
    return QStringList{
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
        channelsTable(QStringLiteral("channels"), QStringLiteral("NOT NULL ")),
        // The folded words of names and handles, for a search that uses an index.
        QStringLiteral("CREATE TABLE candidate_search_terms ("
                       " term TEXT NOT NULL,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (term, candidate_id))"),
        QStringLiteral("CREATE INDEX search_terms_by_candidate ON candidate_search_terms (candidate_id, term)"),
        QStringLiteral("CREATE INDEX candidates_by_name ON candidates (name)"),
        QStringLiteral("CREATE INDEX candidates_by_kind ON candidates (kind, name)"),
        QStringLiteral("CREATE INDEX candidates_by_niches ON candidates (niches)"),
        QStringLiteral("CREATE INDEX candidates_by_regions ON candidates (regions)"),
    } + channelIndexes();
}


// The figures projections start from (reach and engagement rates, fees, authenticity and
// the benchmark CPM per platform and tier, each with its source), seeded as rows the
// marketer can change and restore. The sources are stored in English; the assumptions
// dialog shows a seeded source in the interface's language (context AssumptionSource).
struct SeedAssumption
{
    const char *key;
    double value;
    const char *unit;
    const char *source;
};

const SeedAssumption seedAssumptions[] = {
    // Instagram median organic reach per post and per story. Minter.io bands are 0-20k,
    // 20k-100k, 100k-1M and 1M+; micro (10k-100k) takes the 20k-100k band, where most of it lies.
    {"reach_rate.instagram.nano.post", 0.377, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per post, 0-20k followers")},
    {"reach_rate.instagram.nano.story", 0.082, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per story, 0-20k followers")},
    {"reach_rate.instagram.micro.post", 0.229, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per post, 20k-100k followers")},
    {"reach_rate.instagram.micro.story", 0.043, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per story, 20k-100k followers")},
    {"reach_rate.instagram.macro.post", 0.229, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per post, 100k-1M followers")},
    {"reach_rate.instagram.macro.story", 0.041, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per story, 100k-1M followers")},
    {"reach_rate.instagram.mega.post", 0.191, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per post, 1M+ followers")},
    {"reach_rate.instagram.mega.story", 0.038, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Minter.io, median organic reach per story, 1M+ followers")},
    {"reach_rate.facebook", 0.30, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Stellar: Facebook posts reach about 30% of followers")},
    {"reach_rate.x", 0.30, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Stellar: X posts reach about 30% of followers")},
    {"reach_rate.tiktok", 0.10, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Followers times a multiplier when average views are unknown (CreatorIQ and others); 10% is a planner default")},
    {"reach_rate.youtube", 0.10, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Followers times a multiplier when average views are unknown (CreatorIQ and others); 10% is a planner default")},
    {"reach_rate.linkedin", 0.20, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source")},
    {"reach_rate.blog", 0.20, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source")},
    {"reach_rate.podcast", 0.30, "share of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source")},
    // For mass media the followers figure already is the audience of one appearance.
    {"reach_rate.tv", 1.0, "share of audience", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source: the audience per appearance is reached")},
    {"reach_rate.radio", 1.0, "share of audience", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source: the audience per appearance is reached")},
    {"reach_rate.print", 1.0, "share of audience", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default, no public source: the audience per appearance is reached")},
    // Untapper's Instagram bands are nano, micro, mid, macro, mega; our macro (100k-1M)
    // spans their mid and macro bands.
    {"engagement_rate.nano", 4.0, "% of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Untapper 2026, Instagram nano 3-5% (midpoint)")},
    {"engagement_rate.micro", 2.75, "% of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Untapper 2026, Instagram micro 2-3.5% (midpoint)")},
    {"engagement_rate.macro", 1.75, "% of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Untapper 2026, Instagram mid and macro 1-2.5% (midpoint)")},
    {"engagement_rate.mega", 0.95, "% of followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Untapper 2026, Instagram mega 0.7-1.2% (midpoint)")},
    {"fee.nano", 55, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, Instagram nano 10-100 USD per post (midpoint)")},
    {"fee.micro", 300, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, Instagram micro 100-500 USD per post (midpoint)")},
    {"fee.macro", 5250, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, Instagram mid and macro 500-10k USD per post (midpoint)")},
    {"fee.mega", 10000, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, Instagram mega 10k+ USD per post (lower bound)")},
    {"fee.youtube.nano", 110, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, YouTube nano 20-200 USD (midpoint)")},
    {"fee.youtube.micro", 600, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, YouTube micro 200-1k USD (midpoint)")},
    {"fee.youtube.macro", 10500, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, YouTube mid and macro 1k-20k USD (midpoint)")},
    {"fee.youtube.mega", 20000, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, YouTube mega 20k+ USD (lower bound)")},
    {"fee.tiktok.nano", 15, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, TikTok nano 5-25 USD (midpoint)")},
    {"fee.tiktok.micro", 75, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, TikTok micro 25-125 USD (midpoint)")},
    {"fee.tiktok.macro", 687.5, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Influencer Marketing Hub, TikTok mid 125-1,250 USD (midpoint; no macro figure)")},
    // Share of real followers. No source gives it per tier; these sit above Modash's fraud
    // line for small accounts and fall under it for the largest, as HypeAuditor's fraud
    // figures (about 36% of accounts, near 60% above 1M followers) suggest.
    {"authenticity.nano", 85, "% real followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)")},
    {"authenticity.micro", 82, "% real followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)")},
    {"authenticity.macro", 78, "% real followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)")},
    {"authenticity.mega", 70, "% real followers", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default from HypeAuditor (near 60% of accounts above 1M followers affected by fraud) and Modash (under 75% credibility flags fraud)")},
    {"benchmark_cpm", 6.50, "USD", QT_TRANSLATE_NOOP("planner::AssumptionSource", "Upfluence benchmark CPM for earned media value (Traackr uses 6 USD on Instagram)")},
    {"kind_weight.creator", 1, "weight", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default: 1 means no preference")},
    {"kind_weight.influencer", 1, "weight", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default: 1 means no preference")},
    {"kind_weight.kol", 1, "weight", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default: 1 means no preference")},
    {"kind_weight.koc", 1, "weight", QT_TRANSLATE_NOOP("planner::AssumptionSource", "planner default: 1 means no preference")},
};

struct SeedRate
{
    const char *currency;
    double perUsd;
};

// Approximate rates of 2025; the marketer edits them (the program never goes online).
const SeedRate seedRates[] = {
    {"USD", 1.0},
    {"VND", 26000.0},
    {"IDR", 16300.0},
    {"IRR", 1000000.0},
};

QString sqlText(const char *text)
{
    return QLatin1Char('\'') + QString::fromUtf8(text).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

QString sqlNumber(double value)
{
    return QString::number(value, 'g', 17);
}

QStringList versionTwo()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE assumptions ("
                       " key TEXT PRIMARY KEY,"
                       " value REAL NOT NULL,"
                       " default_value REAL NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " source TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE exchange_rates ("
                       " currency TEXT PRIMARY KEY CHECK (length(currency) = 3),"
                       " per_usd REAL NOT NULL CHECK (per_usd > 0),"
                       " updated TEXT,"
                       " source TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE campaigns ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                       " goal TEXT NOT NULL CHECK (goal IN ('awareness', 'niche_trust')),"
                       " budget_minor INTEGER NOT NULL CHECK (budget_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " niches TEXT NOT NULL DEFAULT '',"
                       " regions TEXT NOT NULL DEFAULT '',"
                       " start_date TEXT,"
                       " end_date TEXT,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        // An entry names its channel by platform, not by channels.id: editing a candidate
        // replaces its channel rows (see ShortlistEntry).
        QStringLiteral("CREATE TABLE shortlist_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " platform TEXT NOT NULL,"
                       " format TEXT NOT NULL CHECK (format IN ('post', 'story', 'video', 'live', 'appearance')),"
                       " deliverables INTEGER NOT NULL CHECK (deliverables > 0),"
                       " agreed_fee_minor INTEGER CHECK (agreed_fee_minor >= 0),"
                       " agreed_currency TEXT,"
                       " status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN"
                       " ('prospect', 'contacted', 'negotiating', 'confirmed', 'declined')),"
                       " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " CHECK ((agreed_fee_minor IS NULL) = (agreed_currency IS NULL)),"
                       " UNIQUE (campaign_id, candidate_id, platform, format))"),
        QStringLiteral("CREATE INDEX shortlist_by_candidate ON shortlist_entries (candidate_id)"),
    };
    for (const SeedAssumption &seed : seedAssumptions) {
        statements << QStringLiteral("INSERT INTO assumptions (key, value, default_value, unit, source)"
                                     " VALUES (%1, %2, %2, %3, %4)")
                          .arg(sqlText(seed.key), sqlNumber(seed.value), sqlText(seed.unit),
                               sqlText(seed.source));
    }
    for (const SeedRate &seed : seedRates) {
        statements << QStringLiteral("INSERT INTO exchange_rates (currency, per_usd, source)"
                                     " VALUES (%1, %2, %3)")
                          .arg(sqlText(seed.currency), sqlNumber(seed.perUsd),
                               sqlText("planner default, edit to today's rate"));
    }
    return statements;
}

// The search terms become a table without rowid: the (term, candidate) key is the table
// itself, one B-tree less to write for each of the six or so terms of every candidate.
QStringList versionThree()
{
    return {
        QStringLiteral("CREATE TABLE candidate_search_terms_v3 ("
                       " term TEXT NOT NULL,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (term, candidate_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO candidate_search_terms_v3 (term, candidate_id)"
                       " SELECT term, candidate_id FROM candidate_search_terms ORDER BY term, candidate_id"),
        QStringLiteral("DROP TABLE candidate_search_terms"),
        QStringLiteral("ALTER TABLE candidate_search_terms_v3 RENAME TO candidate_search_terms"),
        // The key's columns come with every entry of an index on a table without rowid.
        QStringLiteral("CREATE INDEX search_terms_by_candidate ON candidate_search_terms (candidate_id)"),
    };
}

// Every ISO 4217 currency keeps its own decimals (CurrencyTable): until schema 3 every code
// but VND, IDR, IRR, JPY and KRW kept two, so amounts stored in the others are rescaled:
// 100.00 KWD (10000) becomes 100000 thousandths, 123.45 CLP (12345) 123 whole pesos (a
// fraction of a unit the currency has not is rounded, half up).
QStringList versionFour()
{
    QStringList statements;
    const std::pair<const char *, const char *> amounts[] = {
        {"channels", "fee_minor, currency"},
        {"campaigns", "budget_minor, currency"},
        {"shortlist_entries", "agreed_fee_minor, agreed_currency"}};
    for (int digits = 0; digits <= 4; ++digits) {
        QStringList codes;
        for (const QString &code : CurrencyTable::codesWithDigits(digits)) {
            if (code != QLatin1String("VND") && code != QLatin1String("IDR") && code != QLatin1String("IRR")
                && code != QLatin1String("JPY") && code != QLatin1String("KRW"))
                codes << QLatin1Char('\'') + code + QLatin1Char('\'');
        }
        if (digits == 2 || codes.isEmpty())
            continue;
        for (const auto &[table, columns] : amounts) {
            const QStringList pair = QString::fromLatin1(columns).split(QStringLiteral(", "));
            const QString amount = pair.at(0);
            const qint64 scale = qint64(std::pow(10, std::abs(digits - 2)));
            const QString rescaled = digits > 2 ? QStringLiteral("%1 * %2").arg(amount).arg(scale)
                                                : QStringLiteral("(%1 + %2) / %3").arg(amount).arg(scale / 2).arg(scale);
            statements << QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NOT NULL AND %4 IN (%5)")
                              .arg(QString::fromLatin1(table), amount, rescaled, pair.at(1),
                                   codes.join(QLatin1Char(',')));
        }
    }
    // A step has statements even when ICU lists no such currency.
    statements << QStringLiteral("SELECT 1");
    return statements;
}

// A follower count may be unknown (an imported list without it): channels.followers
// becomes nullable. SQLite cannot drop NOT NULL in place, so the table is built anew under
// the same name, ids kept, with every index of version one on it. Nothing refers to a
// channel's id (shortlist entries name the platform), and the search terms are per candidate.
QStringList versionFive()
{
    return QStringList{
        channelsTable(QStringLiteral("channels_v5"), QString()),
        QStringLiteral("INSERT INTO channels_v5 (id, candidate_id, platform, handle, followers,"
                       " engagement_rate_pct, avg_views, fee_minor, currency, authenticity_pct)"
                       " SELECT id, candidate_id, platform, handle, followers, engagement_rate_pct,"
                       " avg_views, fee_minor, currency, authenticity_pct FROM channels ORDER BY id"),
        QStringLiteral("DROP TABLE channels"),
        QStringLiteral("ALTER TABLE channels_v5 RENAME TO channels"),
    } + channelIndexes();
}

// Saved views of the candidate list: a named filter, sort and column set, kept in the file
// so a colleague opening it sees them. The views that come with a file have a seed key and
// no name: their name is shown in the interface's language (SavedViewStore::displayName).
// Goal fit times 1 + weight x (rating - 3): a 5 adds 20 %, a 0 takes 30 % off.
const char *const brandFitSource = QT_TRANSLATE_NOOP(
    "planner::AssumptionSource",
    "planner default after the seed articles: a creator who uses the product and shares the"
    " brand's values beats a bigger one; 10% of goal fit per star above or below 3");

QStringList versionSix()
{
    return {
        QStringLiteral("CREATE TABLE saved_views ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " seed_key TEXT NOT NULL DEFAULT '',"
                       " filter TEXT NOT NULL DEFAULT '{}',"
                       " sort_key TEXT NOT NULL DEFAULT 'name',"
                       " descending INTEGER NOT NULL DEFAULT 0 CHECK (descending IN (0, 1)),"
                       " columns TEXT NOT NULL DEFAULT '',"
                       " CHECK ((length(trim(name)) > 0) <> (length(seed_key) > 0)))"),
        QStringLiteral("CREATE UNIQUE INDEX saved_views_by_name ON saved_views (name) WHERE name <> ''"),
        QStringLiteral("INSERT INTO saved_views (seed_key, filter, sort_key, descending) VALUES"
                       " ('small_engaged', '{\"max_followers\":99999,\"min_engagement\":3}', 'engagement', 1),"
                       " ('real_audience', '{\"min_authenticity\":80}', 'authenticity', 1),"
                       " ('best_fit', '{}', 'goal_fit', 1),"
                       " ('large_reach', '{\"min_followers\":100000}', 'followers', 1)"),
        // Brand fit per campaign and candidate: a rating 0-5, reasons (keys, '|'), a note.
        QStringLiteral("CREATE TABLE brand_fit ("
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
                       " rating INTEGER CHECK (rating BETWEEN 0 AND 5),"
                       " reasons TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (campaign_id, candidate_id))"),
        QStringLiteral("CREATE INDEX brand_fit_by_candidate ON brand_fit (candidate_id)"),
        QStringLiteral("INSERT INTO assumptions (key, value, default_value, unit, source) VALUES"
                       " ('brand_fit_weight', 0.1, 0.1, 'share per star', %1)")
            .arg(sqlText(brandFitSource)),
    };
}

// After the campaign: what each delivered piece of a shortlist entry really did, and when a
// campaign was marked completed (only completed campaigns teach the assumptions). An
// assumption adopted from that history names it as its source; its seeded source is kept
// so that restoring the default restores the source too.
QStringList versionSeven()
{
    return {
        QStringLiteral("CREATE TABLE delivery_results ("
                       " id INTEGER PRIMARY KEY,"
                       " entry_id INTEGER NOT NULL REFERENCES shortlist_entries (id) ON DELETE CASCADE,"
                       " delivered_on TEXT NOT NULL,"
                       " reach INTEGER CHECK (reach >= 0),"
                       " impressions INTEGER CHECK (impressions >= 0),"
                       " views INTEGER CHECK (views >= 0),"
                       " likes INTEGER CHECK (likes >= 0),"
                       " comments INTEGER CHECK (comments >= 0),"
                       " shares INTEGER CHECK (shares >= 0),"
                       " saves INTEGER CHECK (saves >= 0),"
                       " clicks INTEGER CHECK (clicks >= 0),"
                       " fee_paid_minor INTEGER CHECK (fee_paid_minor >= 0),"
                       " fee_currency TEXT,"
                       " CHECK ((fee_paid_minor IS NULL) = (fee_currency IS NULL)))"),
        QStringLiteral("CREATE INDEX results_by_entry ON delivery_results (entry_id)"),
        QStringLiteral("CREATE TABLE campaign_completions ("
                       " campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,"
                       " completed_on TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE assumptions ADD COLUMN seeded_source TEXT"),
        QStringLiteral("UPDATE assumptions SET seeded_source = source"),
    };
}

// Languages: each channel's (the ones it posts in) and each campaign's targets, ISO 639
// codes joined by '|' ('' when unknown / any), and the weight a channel posting only in
// other languages loses in goal fit (LanguageMatch::factor).
const char *const languageMismatchSource = QT_TRANSLATE_NOOP(
    "planner::AssumptionSource",
    "planner default after the seed articles (the audience must match the brand's): a channel"
    " that posts in none of the campaign's languages counts this share less");

QStringList versionEight()
{
    return {
        QStringLiteral("ALTER TABLE channels ADD COLUMN languages TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN languages TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("INSERT INTO assumptions (key, value, default_value, unit, source, seeded_source) VALUES"
                       " ('language_mismatch_weight', 0.5, 0.5, 'share of goal fit', %1, %1)")
            .arg(sqlText(languageMismatchSource)),
    };
}

// How the full-text index splits its terms and which prefixes it keeps (schemas 9 and 10).
const QLatin1String searchIndexOptions("tokenize = \"ascii tokenchars '!\"\"#$%&''()*+,-./:;<=>?@[\\]^_`{|}~'\","
                                       " prefix = '1 2'");

// Search and sort for a million candidates (issue 14). The search-term table (a B-tree row
// per word) and an index per sortable column made a 1 M import 27 times the sqlite3 shell's
// and the file 6 times the CSV. The folded words move into an FTS5 index (the rowid is the
// candidate's id), filled from the folded terms already stored so no word is folded twice;
// the sort indexes go but for names (the list's first order, and the import's look-up of a
// candidate without handle) and handles (the import finds a channel again by it); a trigger
// keeps the index free of deleted candidates.
QStringList versionNine()
{
    QStringList statements{
        // The terms are folded (SearchTerms::fold) and spaced before they are stored, so the
        // index must split at spaces only: every other ASCII mark is part of a term ("100%",
        // "lan.beauty"), other letters are too. One- and two-letter prefixes get an index of
        // their own: the first keystroke of a search reads one list, not every term. (Without
        // positions, detail = none, the file is 35 MB smaller, but a word that begins many
        // terms is merged again for every row checked: SearchScaleTest took minutes.)
        QStringLiteral("CREATE VIRTUAL TABLE candidate_search USING fts5(terms, %1)").arg(searchIndexOptions),
        QStringLiteral("INSERT INTO candidate_search (rowid, terms)"
                       " SELECT candidate_id, group_concat(term, ' ') FROM candidate_search_terms"
                       " GROUP BY candidate_id"),
        QStringLiteral("DROP TABLE candidate_search_terms"),
        QStringLiteral("CREATE TRIGGER candidate_search_forget AFTER DELETE ON candidates"
                       " BEGIN DELETE FROM candidate_search WHERE rowid = old.id; END"),
    };
    for (const char *index : {"channels_by_followers", "channels_by_platform", "channels_by_engagement",
                              "channels_by_views", "channels_by_fee", "channels_by_authenticity",
                              "candidates_by_kind", "candidates_by_niches",
                              "candidates_by_regions"})
        statements << QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index);
    return statements;
}

// The full-text index built again under its own name with other options (FTS5 keeps its
// options for life): one pass over its stored terms; the trigger naming it is dropped and
// made again around the rename. A server keeps its terms in a plain table: there every
// statement is a no-op (SqlDialect::sqliteOnly).
QStringList searchIndexRebuilt(int version, const QString &options)
{
    const QString next = QStringLiteral("candidate_search_v%1").arg(version);
    const QStringList statements{
        QStringLiteral("DROP TRIGGER candidate_search_forget"),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(terms, %2, %3)").arg(next, searchIndexOptions, options),
        QStringLiteral("INSERT INTO %1 (rowid, terms) SELECT rowid, terms FROM candidate_search").arg(next),
        QStringLiteral("DROP TABLE candidate_search"),
        QStringLiteral("ALTER TABLE %1 RENAME TO candidate_search").arg(next),
        QStringLiteral("CREATE TRIGGER candidate_search_forget AFTER DELETE ON candidates"
                       " BEGIN DELETE FROM candidate_search WHERE rowid = old.id; END"),
    };
    QStringList marked;
    for (const QString &statement : statements)
        marked << SqlDialect::sqliteOnly(statement);
    return marked;
}

// The full-text index without its per-row sizes (columnsize = 0): nothing ranks matches, and
// the sizes were 9.6 MB of a 1 M file.
QStringList versionTen()
{
    return searchIndexRebuilt(10, QStringLiteral("columnsize = 0"));
}

// Two people at once (issue 15): each candidate, campaign and shortlist entry row carries its
// version, who changed it last and when (RowVersion); an update claims the version it read.
QStringList versionEleven()
{
    QStringList statements;
    for (const char *table : {"candidates", "campaigns", "shortlist_entries"}) {
        const QString name = QLatin1String(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''").arg(name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''").arg(name);
    }
    return statements;
}

// Changes by others show up without a restart (issue 15): on a server every write to a table
// the window shows sends a notification on the channel campaign_planner naming the schema and
// the table ("team.candidates"), which the window listens to (ChangeListener). Statement-level
// triggers: an import of a million rows (one COPY) sends one notification, not a million, and
// the server folds the same payload sent twice in a transaction into one. The schema is named
// because one server database may hold several teams' schemas (the tests' do), all sharing the
// channel. A file has no second writer to hear from: on SQLite the step is SELECT 1.
QStringList versionTwelve()
{
    QStringList statements{SqlDialect::serverOnly(QStringLiteral(
        "CREATE OR REPLACE FUNCTION planner_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$"
        " BEGIN PERFORM pg_notify('campaign_planner', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);"
        " RETURN NULL; END $body$"))};
    for (const char *table : {"candidates", "channels", "campaigns", "shortlist_entries", "brand_fit",
                              "assumptions", "tier_thresholds", "exchange_rates", "delivery_results",
                              "campaign_completions", "saved_views"}) {
        statements << SqlDialect::serverOnly(
            QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1"
                           " FOR EACH STATEMENT EXECUTE FUNCTION planner_notify_change()")
                .arg(QLatin1String(table)));
    }
    return statements;
}

// The import over COPY (issue 15) takes every id from the sequences itself and says so with
// planner.bulk_load (CandidateCopyWriter); the row-id trigger let such rows pass, but calling
// it at all cost about 3 µs a row, a quarter of the server's time for a million candidates.
// On the two tables an import fills, the trigger now asks in its WHEN clause, which the server
// answers without calling it. Every other insert still gets its id from the trigger. (The
// channels' trigger kept the name of schema 5's channels_v5 table; it gets the table's.)
// A file has no such trigger: on SQLite the step is SELECT 1.
QStringList versionThirteen()
{
    QStringList statements;
    for (const auto &[table, trigger] : {std::pair{"candidates", "candidates_row_id"},
                                         std::pair{"channels", "channels_v5_row_id"}}) {
        // Without IF EXISTS: the server would print a notice for the name that is not there.
        statements << SqlDialect::serverOnly(QStringLiteral("DROP TRIGGER %1 ON %2")
                                                 .arg(QLatin1String(trigger), QLatin1String(table)))
                   << SqlDialect::serverOnly(
                          QStringLiteral("CREATE TRIGGER %1_row_id BEFORE INSERT ON %1 FOR EACH ROW"
                                         " WHEN (current_setting('planner.bulk_load', true) IS DISTINCT FROM 'on')"
                                         " EXECUTE FUNCTION planner_row_id()")
                              .arg(QLatin1String(table)));
    }
    return statements;
}

// The full-text index without positions (detail = none): a search asks for terms beginning
// with each typed word, one token each (queryWords splits at every mark the index does), and
// reads the index once (SearchMatches; SQL's IN over it), so no phrase or NEAR needs them.
// They were half the index, 28 MB of a 1 M file, and a third of an import's index writes
// (issue 14). (Schema 9 kept them while a search still ran a MATCH per row checked.)
QStringList versionFourteen()
{
    return searchIndexRebuilt(14, QStringLiteral("columnsize = 0, detail = none"));
}

// The search on a server (issue 15): a keystroke read every row of candidate_search through
// its LIKE (SqlDialect::searchCondition). A trigram index (pg_trgm, a trusted extension a
// database owner may create, shipped with PostgreSQL) on " terms" answers the LIKE of the
// search's longest word; the LIKE ALL still checks every word on the rows it gives. The
// extension goes into public, where it serves every team's schema of the database (one
// install per database; found wherever it already is); where it cannot be had (not
// installed on the server, no right to create it) the step still succeeds, without the
// index: the search is the same, only slower. A file has FTS5: on SQLite the step is SELECT 1.
QStringList versionFifteen()
{
    return {SqlDialect::serverOnly(QStringLiteral(R"(DO $step$
DECLARE
    trigram_schema name;
BEGIN
    SELECT n.nspname INTO trigram_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    IF trigram_schema IS NULL AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            -- No public schema, no right to create in it, or made by another client meanwhile.
            NULL;
        END;
        SELECT n.nspname INTO trigram_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_trgm';
    END IF;
    IF trigram_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX candidate_search_by_words ON candidate_search'
                       ' USING gin ((%L || terms) %I.gin_trgm_ops)', ' ', trigram_schema);
    END IF;
END
$step$)"))};
}

} // namespace

QStringList Schema::migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1: return versionOne();
    case 2: return versionTwo();
    case 3: return versionThree();
    case 4: return versionFour();
    case 5: return versionFive();
    case 6: return versionSix();
    case 7: return versionSeven();
    case 8: return versionEight();
    case 9: return versionNine();
    case 10: return versionTen();
    case 11: return versionEleven();
    case 12: return versionTwelve();
    case 13: return versionThirteen();
    case 14: return versionFourteen();
    case 15: return versionFifteen();
    default: return {};
    }
}

} // namespace planner
