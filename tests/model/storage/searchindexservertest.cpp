// The search on a server through schema 15's trigram index (issue 15). From a real database
// of schema 13 (the steps up to 13, its candidates, search terms and a shortlist) the server
// gets pg_trgm and the index on " terms", keeping every row; a file is unchanged. The
// index-backed search finds exactly the candidates the words begin a term of, as the search
// without the index did: diacritics, Persian, Vietnamese and punctuation included.
#include "modeltestsupport.h"
#include "schemafilesupport.h"

#include "storage/campaignfile.h"
#include "storage/searchmatches.h"
#include "storage/searchterms.h"

#include <QSet>

#include <algorithm>

namespace planner::test {
namespace {

using SchemaFifteenTest = OnBothBackends<SchemaUpgradeFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(SchemaFifteenTest);

CandidateFilter searchFor(const QString &text)
{
    CandidateFilter filter;
    filter.search = text;
    return filter;
}

QSet<qint64> candidatesOf(const QList<CandidateRow> &rows)
{
    QSet<qint64> ids;
    for (const CandidateRow &row : rows)
        ids.insert(row.candidateId);
    return ids;
}

TEST_P(SchemaFifteenTest, ADatabaseOfSchemaThirteenGetsTheTrigramIndexAndKeepsItsRows)
{
    const QString address = m_place.create(m_backend, m_dir, QStringLiteral("v13.sqlite"));
    ASSERT_FALSE(address.isEmpty());
    const QStringList rows{
        QStringLiteral("INSERT INTO candidates (id, name, kind, notes) VALUES (1, 'Nguyễn Thu Hà', 'kol', 'đã liên hệ')"),
        QStringLiteral("INSERT INTO candidates (id, name, kind, notes) VALUES (2, 'سارا احمدی', 'influencer', '')"),
        QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                       " VALUES (10, 1, 'tiktok', '@thuha', 1200000)"),
        QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                       " VALUES (11, 2, 'instagram', '@sara.food', 88000)"),
        QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (1, 'nguyen thu ha thuha')"),
        QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (2, 'سارا احمدی sara food')"),
        QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                       " VALUES (7, 'Tết', 'awareness', 100000000000, 'VND')"),
        QStringLiteral("INSERT INTO shortlist_entries (id, campaign_id, candidate_id, platform, format, deliverables)"
                       " VALUES (3, 7, 1, 'tiktok', 'video', 2)")};
    ASSERT_TRUE(makeDatabaseOfSchema(address, m_backend, 13, rows));

    Error error;
    auto file = CampaignFile::open(address, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    const QSqlDatabase db = file->database().connection();
    EXPECT_EQ(queryValue(db, dialect().versionQuery()).toInt(), Database::currentSchemaVersion);
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM shortlist_entries WHERE campaign_id = 7"
                                            " AND candidate_id = 1")).toInt(), 1);
    const QString indexes = m_backend == Backend::PostgreSQL
        ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                         " AND indexname = 'candidate_search_by_words'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'candidate_search_by_words'");
    EXPECT_EQ(queryValue(db, indexes).toInt(), m_backend == Backend::PostgreSQL ? 1 : 0);
    if (m_backend == Backend::PostgreSQL) {
        const QString definition = queryValue(db, QStringLiteral("SELECT indexdef FROM pg_indexes"
                                                                 " WHERE schemaname = current_schema()"
                                                                 " AND indexname = 'candidate_search_by_words'"))
                                       .toString();
        EXPECT_TRUE(definition.contains(QLatin1String("gin_trgm_ops"))) << definition.toStdString();
    }
    // The old rows are found by their words, on either engine.
    const CandidateStore &store = file->candidates();
    EXPECT_EQ(candidatesOf(allRows(store, searchFor(QStringLiteral("thu ngu")))), QSet<qint64>{1});
    EXPECT_EQ(candidatesOf(allRows(store, searchFor(QStringLiteral("سار")))), QSet<qint64>{2});
    EXPECT_EQ(candidatesOf(allRows(store, searchFor(QStringLiteral("Nguyễn sara")))), QSet<qint64>{});
    // A candidate added after the upgrade is found too (the index takes new rows).
    const std::optional<qint64> lan = file->candidates().add(
        makeCandidate(QStringLiteral("Lê Ngọc Lan"), CandidateKind::Creator,
                      {makeChannel(Platform::Facebook, QStringLiteral("@ngoc.lan"), 5000)}),
        &error);
    ASSERT_TRUE(lan) << error.text().toStdString();
    EXPECT_EQ(candidatesOf(allRows(store, searchFor(QStringLiteral("ng")))), (QSet<qint64>{1, *lan}));
    file.reset();
}

// The candidates of many scripts; each search is compared with the words' own rule (every
// typed word begins a term of the candidate), on both engines, and on a server also with
// the index made to serve (no sequential scan) and made not to (no index at all).
class SearchIndexTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        const QList<Candidate> candidates{
            makeCandidate(QStringLiteral("Nguyễn Thị Thuỷ"), CandidateKind::Kol,
                          {makeChannel(Platform::TikTok, QStringLiteral("@thuy.nguyen"), 250000)}),
            makeCandidate(QStringLiteral("Đặng Văn Đức"), CandidateKind::Koc,
                          {makeChannel(Platform::Facebook, QStringLiteral("@duc_dang"), 9000)}),
            makeCandidate(QStringLiteral("Trần Thu Hà"), CandidateKind::Influencer,
                          {makeChannel(Platform::Instagram, QStringLiteral("@thuha"), 120000),
                           makeChannel(Platform::YouTube, QStringLiteral("thu-ha-official"), 40000)}),
            makeCandidate(QStringLiteral("سارا احمدی"), CandidateKind::Influencer,
                          {makeChannel(Platform::Instagram, QStringLiteral("@sara.food"), 10000)}),
            makeCandidate(QStringLiteral("علی رضایی"), CandidateKind::Creator,
                          {makeChannel(Platform::X, QStringLiteral("@ali"), 1000001)}),
            makeCandidate(QStringLiteral("كريم يوسفي"), CandidateKind::Creator, // Arabic kaf and yeh
                          {makeChannel(Platform::Blog, QStringLiteral("karim"), 300)}),
            makeCandidate(QStringLiteral("Budi 100% Real"), CandidateKind::Koc,
                          {makeChannel(Platform::YouTube, QStringLiteral("@budi_tech"), 99999)}),
            makeCandidate(QStringLiteral("O'Brien & Co!"), CandidateKind::Creator,
                          {makeChannel(Platform::Podcast, QStringLiteral("o'brien\\talks"), 42)}),
            makeCandidate(QStringLiteral("Zoë Ünal"), CandidateKind::Creator,
                          {makeChannel(Platform::Instagram, QStringLiteral("@zoe+unal"), 777)}),
            makeCandidate(QStringLiteral("Dewi Lestari"), CandidateKind::Kol,
                          {makeChannel(Platform::TikTok, QStringLiteral("@dewi_l"), 55000)}),
        };
        for (const Candidate &candidate : candidates) {
            Error error;
            const auto id = m_store->add(candidate, &error);
            ASSERT_TRUE(id) << error.text().toStdString();
            m_stored << m_store->find(*id).value_or(Candidate());
        }
    }

    QSet<qint64> expected(const QString &typed) const
    {
        const QStringList words = SearchTerms::queryWords(typed);
        QSet<qint64> found;
        for (const Candidate &candidate : m_stored) {
            const QStringList terms = SearchTerms::forCandidate(candidate);
            if (std::all_of(words.begin(), words.end(), [&](const QString &word) {
                    return std::any_of(terms.begin(), terms.end(),
                                       [&](const QString &term) { return term.startsWith(word); });
                }))
                found.insert(candidate.id);
        }
        return found;
    }

    // The candidates the search finds, through the table's SQL and through the index's set.
    void expectFound(const QString &typed, const QSet<qint64> &expected)
    {
        SCOPED_TRACE(typed.toStdString());
        EXPECT_EQ(candidatesOf(allRows(*m_store, searchFor(typed))), expected);
        if (SearchTerms::queryWords(typed).isEmpty())
            return; // no word ("_" is a mark words part at): no search, every row (above)
        const auto matches = SearchMatches::find(connection(), SearchTerms::queryWords(typed));
        ASSERT_TRUE(matches);
        EXPECT_EQ(matches->count(), expected.size());
        for (const qint64 id : expected)
            EXPECT_TRUE(matches->contains(id)) << id;
    }

    void setPlanner(const QString &setting)
    {
        QSqlQuery query(connection());
        ASSERT_TRUE(query.exec(setting)) << query.lastError().text().toStdString();
    }

    QList<Candidate> m_stored;
};

using SearchIndexBothTest = OnBothBackends<SearchIndexTest>;
INSTANTIATE_ON_BOTH_BACKENDS(SearchIndexBothTest);

TEST_P(SearchIndexBothTest, PrefixesOfEveryScriptFindTheSameCandidatesWithAndWithoutTheIndex)
{
    const QStringList searches{
        QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("nguy"), QStringLiteral("Nguyễn"),
        QStringLiteral("thuỷ"), QStringLiteral("thuy"), QStringLiteral("THU"), QStringLiteral("thu ha"),
        QStringLiteral("ha thu"), QStringLiteral("đ"), QStringLiteral("Đức"), QStringLiteral("duc dang"),
        QStringLiteral("س"), QStringLiteral("سار"), QStringLiteral("سارا احمدی"), QStringLiteral("رض"),
        QStringLiteral("علی"), QStringLiteral("کریم"), QStringLiteral("يوسف"), QStringLiteral("100%"),
        QStringLiteral("100"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("o'b"),
        QStringLiteral("o'brien\\t"), QStringLiteral("\\"), QStringLiteral("&"), QStringLiteral("co!"),
        QStringLiteral("zoe"), QStringLiteral("Zoë ün"), QStringLiteral("zoe+"), QStringLiteral("budi tech"),
        QStringLiteral("dewi l"), QStringLiteral("ewi"), QStringLiteral("nowhere"), QStringLiteral("real 100% budi"),
    };
    // At least one of them finds something in each script (the rule is not empty).
    EXPECT_EQ(expected(QStringLiteral("Nguyễn")).size(), 1);
    EXPECT_EQ(expected(QStringLiteral("سار")).size(), 1);
    EXPECT_EQ(expected(QStringLiteral("کریم")).size(), 1);
    EXPECT_EQ(expected(QStringLiteral("thu")).size(), 2);
    EXPECT_EQ(expected(QStringLiteral("ewi")).size(), 0);
    for (const QString &typed : searches)
        expectFound(typed, expected(typed));
    if (m_backend != Backend::PostgreSQL)
        return;
    // The index serves the search's query (no sequential scan): the same candidates.
    setPlanner(QStringLiteral("SET enable_seqscan = off"));
    const QStringList words = SearchTerms::fewestWords(SearchTerms::queryWords(QStringLiteral("thu ha")));
    const SqlDialect &dialect = SqlDialect::of(connection());
    // (EXPLAIN cannot be prepared: the values are written in, none holds a quote.)
    QString statement = QStringLiteral("EXPLAIN ") + dialect.searchIdsQuery();
    for (const QVariant &value : dialect.searchValues(words))
        statement.replace(statement.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
    QSqlQuery explain(connection());
    ASSERT_TRUE(explain.exec(statement)) << explain.lastError().text().toStdString();
    QString plan;
    while (explain.next())
        plan += explain.value(0).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QLatin1String("candidate_search_by_words"))) << plan.toStdString();
    for (const QString &typed : searches)
        expectFound(typed, expected(typed));
    // And without it, as before schema 15.
    setPlanner(QStringLiteral("SET enable_seqscan = on"));
    setPlanner(QStringLiteral("DROP INDEX candidate_search_by_words"));
    for (const QString &typed : searches)
        expectFound(typed, expected(typed));
}

} // namespace
} // namespace planner::test
