// Storage that fails under the stores: a full disk (SQLite's max_page_count stands in), a
// file cut short, a damaged table. Each write rolls back and says which file and why, and
// the file stays as it was; a read that fails says so instead of showing too few rows.
// And texts that try to be SQL, through every text field, on both engines.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"
#include "storage/savedviewstore.h"
#include "storage/searchmatches.h"
#include "storage/searchterms.h"
#include "itemmodels/candidatetablemodel.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <algorithm>

namespace planner::test {
namespace {

Candidate sampleCandidate(int i)
{
    Candidate candidate = makeCandidate(QStringLiteral("Nguyễn Thu Hà %1").arg(i), CandidateKind::Kol,
                                        {makeChannel(Platform::TikTok, QStringLiteral("@thuha%1").arg(i), 1000 + i),
                                         makeChannel(Platform::Instagram, QStringLiteral("@ha%1").arg(i), 500 + i)});
    candidate.notes = QStringLiteral("Prefers Zalo");
    return candidate;
}

class HostileStorageTest : public TempDirTest
{
protected:
    QString path() const { return filePath(QStringLiteral("campaign.sqlite")); }

    std::unique_ptr<Database> open() const
    {
        Error error;
        auto database = Database::open(path(), Database::OpenMode::ExistingOnly, &error);
        EXPECT_TRUE(database) << error.text().toStdString();
        return database;
    }

    // A file with candidates and a campaign, closed (so it is all in the main file).
    void makeFile(int candidates)
    {
        Error error;
        auto database = Database::open(path(), Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(database) << error.text().toStdString();
        CandidateStore store(*database);
        int next = 0;
        ASSERT_TRUE(store.addMany(
            [&](Candidate &candidate) {
                if (next == candidates)
                    return false;
                candidate = sampleCandidate(next++);
                return true;
            },
            &error))
            << error.text().toStdString();
        Campaign campaign;
        campaign.name = QStringLiteral("Tết skincare");
        campaign.budget = Money(150000000, QStringLiteral("VND"));
        ASSERT_TRUE(CampaignStore(*database).create(campaign, &error)) << error.text().toStdString();
    }

    // A full disk: the file may not grow by a single page on this connection.
    static void fillDisk(const Database &database)
    {
        const qint64 pages = queryValue(database.connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
        queryValue(database.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    }

    void expectFullDiskMessage(const Error &error) const
    {
        EXPECT_TRUE(error.text().contains(QDir::toNativeSeparators(path()))) << error.text().toStdString();
        EXPECT_TRUE(error.text().contains(QStringLiteral("full"))) << error.text().toStdString();
    }
};

TEST_F(HostileStorageTest, EditsOnAFullDiskRollBackSayWhyAndLeaveTheFileAsItWas)
{
    makeFile(20);
    const QByteArray before = fileBytes(path());
    const QString big(10000, QChar(u'ễ'));
    {
        const auto database = open();
        ASSERT_TRUE(database);
        CandidateStore candidates(*database);
        CampaignStore campaigns(*database);
        const QList<Candidate> stored = candidates.allCandidates();
        const QList<Campaign> storedCampaigns = campaigns.campaigns();
        ASSERT_EQ(stored.size(), 20);
        fillDisk(*database);

        Candidate added = sampleCandidate(100);
        added.notes = big;
        Error error;
        EXPECT_FALSE(candidates.add(added, &error));
        expectFullDiskMessage(error);

        Candidate changed = stored.at(3);
        changed.notes = big;
        changed.channels.append(makeChannel(Platform::YouTube, QStringLiteral("@new"), 5));
        error = Error();
        EXPECT_FALSE(candidates.update(changed, &error));
        expectFullDiskMessage(error);

        int next = 0;
        error = Error();
        EXPECT_FALSE(candidates.addMany(
            [&](Candidate &candidate) {
                if (next == 2000)
                    return false;
                candidate = sampleCandidate(1000 + next++);
                return true;
            },
            &error));
        expectFullDiskMessage(error);

        Campaign campaign = storedCampaigns.first();
        campaign.notes = big;
        error = Error();
        EXPECT_FALSE(campaigns.update(campaign, &error));
        expectFullDiskMessage(error);

        // Nothing of the four edits is there, and what was there is whole.
        EXPECT_EQ(candidates.allCandidates(), stored);
        EXPECT_EQ(campaigns.campaigns(), storedCampaigns);
        EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
    }
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_F(HostileStorageTest, AFileCutShortIsRefusedAndLeftAsItWas)
{
    makeFile(3000);
    const QByteArray whole = fileBytes(path());
    ASSERT_GT(whole.size(), 100000);
    for (const qsizetype length : {whole.size() * 3 / 5, qsizetype(4096), qsizetype(60)}) {
        SCOPED_TRACE(length);
        const QByteArray cut = whole.left(length);
        ASSERT_TRUE(writeBytes(path(), cut));
        Error error;
        EXPECT_FALSE(Database::open(path(), Database::OpenMode::ExistingOnly, &error));
        EXPECT_TRUE(error.text().contains(QDir::toNativeSeparators(path()))) << error.text().toStdString();
        EXPECT_TRUE(error.text().contains(QStringLiteral("damaged"))) << error.text().toStdString();
        EXPECT_EQ(fileBytes(path()), cut);
        EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    }
}

TEST_F(HostileStorageTest, ARowsQueryThatFailsSaysWhyInsteadOfEndingQuietly)
{
    makeFile(5);
    // A damaged file stands in: the table of search words is gone.
    ASSERT_TRUE(runSqlOnFile(path(), {QStringLiteral("DROP TABLE candidate_search")}));
    const auto database = open();
    ASSERT_TRUE(database);
    CandidateStore store(*database);
    CandidateFilter filter;
    filter.search = QStringLiteral("thu");
    const auto cursor = store.rows(filter, CandidateSort());
    EXPECT_TRUE(cursor->fetch(100).isEmpty());
    EXPECT_TRUE(cursor->atEnd());
    ASSERT_TRUE(cursor->failed());
    EXPECT_TRUE(cursor->error().text().contains(QDir::toNativeSeparators(path())))
        << cursor->error().text().toStdString();
    EXPECT_TRUE(cursor->error().text().contains(QStringLiteral("candidate_search")))
        << cursor->error().text().toStdString();

    // Without a search the rows read as before, and no failure is claimed.
    const auto plain = store.rows(CandidateFilter(), CandidateSort());
    EXPECT_EQ(plain->fetch(100).size(), 10);
    EXPECT_FALSE(plain->failed());

    // The table the window shows passes the reason on.
    CandidateTableModel model(&store);
    QSignalSpy failures(&model, &CandidateTableModel::readFailed);
    model.setFilter(filter);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().first().toString().contains(QStringLiteral("candidate_search")));
    EXPECT_EQ(model.rowCount(), 0);
}

// A pasted biography as a name: 570 words, about 3,600 characters, each word a search term
// of its own and each with a mark SQL, LIKE or COPY reads as syntax.
QString longText()
{
    const QStringList pieces{QStringLiteral("o'brien"), QStringLiteral("100%"), QStringLiteral("x_y"),
                             QStringLiteral("back\\slash"), QStringLiteral("$$"), QStringLiteral("nguyễn"),
                             QStringLiteral("سارا"), QStringLiteral("🙂"), QStringLiteral("drop;--"),
                             QStringLiteral("\"q\"")};
    QStringList words;
    for (int i = 0; i < 570; ++i)
        words << pieces.at(i % pieces.size()) + QString::number(i);
    return words.join(QLatin1Char(' '));
}

// Texts written to break out of a quoted value, a LIKE pattern, a placeholder or a COPY row,
// in SQLite's and PostgreSQL's ways (dollar quoting, backslash escapes, $1 and ? placeholders,
// COPY's tab, newline and end-of-data "\."), control and direction characters, emoji,
// combining marks left uncomposed, and long text. None begins or ends with a space: names
// and handles are kept trimmed. None holds a '|', which lists refuse (tested apart).
QStringList injectionTexts()
{
    return {QStringLiteral("'); DROP TABLE candidates; --"),
            QStringLiteral("x' OR '1'='1"),
            QStringLiteral("O'Brien \"the\" `tick` ‘curly’ “double” ''"),
            QStringLiteral("Robert'); DELETE FROM campaigns WHERE ('1' = '1"),
            QStringLiteral("$$; DROP SCHEMA public CASCADE; $$"),
            QStringLiteral("$body$ $x$ $1"),
            QStringLiteral("\\"),
            QStringLiteral("\\'; SELECT pg_sleep(30); --"),
            QStringLiteral("back\\slash \\\\ \\' \\n \\t \\x27 \\N \\0 \\u0041"),
            QStringLiteral("100% _under_score_ %_% \\% \\_ %%"),
            QStringLiteral("$1 $2 ? ?1 :name @p0 %s %n {0}"),
            QStringLiteral("E'\\x27'; COPY candidates TO '/tmp/x'; --"),
            QStringLiteral("tab\there\tand\tthere"),
            QStringLiteral("two\nlines\r\nand\rreturns"),
            QStringLiteral("\\."),
            QStringLiteral("end\n\\.\nafter the end of COPY's data"),
            QStringLiteral("ctl\u0001\u0002\u0007\b\u000B\u000C\u001B\u001F\u007F\u0085end"),
            QStringLiteral("Nguyễn \u202Eevil\u202C Hà سارا \u200F\u2067x\u2069 \u061C\u200E"),
            QStringLiteral("🙂 👩‍👩‍👧‍👦 🏳️‍🌈 🇻🇳 😀😀"),
            QStringLiteral("Nguye\u0302\u0303n cafe\u0301 a\u0300\u0323 \uFB01"),
            QStringLiteral("NEAR(a b) terms:x a* OR b ^x -y AND NOT \"z"),
            QString(5000, QChar(u'ễ')),
            longText()};
}

// The rows of the table (its channels) a search for typed finds, by the rule SearchTerms
// states and independently of the SQL: each typed word begins a word of the name or of a
// handle (folded).
QSet<qint64> expectedMatches(const QList<Candidate> &candidates, const QString &typed)
{
    const QStringList words = SearchTerms::fold(typed).split(
        QRegularExpression(QStringLiteral("[\\s,;@./_\\-|()\\[\\]#\\x{01}-\\x{1F}\\x{7F}]+")), Qt::SkipEmptyParts);
    QSet<qint64> found;
    for (const Candidate &candidate : candidates) {
        const QStringList terms = SearchTerms::forCandidate(candidate);
        const bool all = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return std::any_of(terms.begin(), terms.end(), [&](const QString &term) { return term.startsWith(word); });
        });
        if (all) {
            for (const Channel &channel : candidate.channels)
                found.insert(channel.id);
        }
    }
    return found;
}

TEST(SearchWordsTest, ASearchAsksEachWordOnceAndNoneThatBeginsAnother)
{
    EXPECT_EQ(SearchTerms::fewestWords({QStringLiteral("thu"), QStringLiteral("thuy"), QStringLiteral("ha"),
                                        QStringLiteral("thu"), QStringLiteral("h"), QStringLiteral("nguyen")}),
              (QStringList{QStringLiteral("nguyen"), QStringLiteral("thuy"), QStringLiteral("ha")}));
    EXPECT_EQ(SearchTerms::fewestWords(SearchTerms::queryWords(QString(longText() + QLatin1Char(' ')).repeated(3))).size(),
              SearchTerms::fewestWords(SearchTerms::queryWords(longText())).size());
    // Control characters part words, as the file's index parts them.
    EXPECT_EQ(SearchTerms::queryWords(QStringLiteral("ctl\u0001end \u0002\u007F")),
              (QStringList{QStringLiteral("ctl"), QStringLiteral("end")}));
    EXPECT_TRUE(SearchTerms::fewestWords({}).isEmpty());
}

using InjectionStorageTest = OnBothBackends<StoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(InjectionStorageTest);

TEST_P(InjectionStorageTest, EveryTextFieldKeepsItExactlyAndNothingElseIsTouched)
{
    CampaignStore campaigns(*m_database);
    SavedViewStore views(*m_database);
    AssumptionStore assumptions(*m_database);
    BrandFitStore fits(*m_database);
    const QStringList texts = injectionTexts();
    QList<SavedView> saved;
    for (int i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i);
        SCOPED_TRACE(text.left(60).toStdString());
        const QString unique = text + QString::number(i);
        Channel tiktok = makeChannel(Platform::TikTok, unique, 1000 + i);
        tiktok.languages = {text.toLower()}; // codes are kept in lower case (LanguageMatch)
        tiktok.fee = Money(250000 + i, QStringLiteral("VND"));
        Candidate candidate = makeCandidate(unique, CandidateKind::Kol,
                                            {tiktok, makeChannel(Platform::YouTube, QLatin1Char('@') + unique, 5 + i)},
                                            {text}, {text});
        candidate.notes = text;
        Error error;
        const auto candidateId = m_store->add(candidate, &error);
        ASSERT_TRUE(candidateId) << error.text().toStdString();
        std::optional<Candidate> stored = m_store->find(*candidateId);
        ASSERT_TRUE(stored);
        EXPECT_EQ(withoutIds(*stored), candidate);
        // Changed to another hostile text, through the update's own statements.
        Candidate changed = *stored;
        changed.name = QStringLiteral("«") + unique + QStringLiteral("» ²");
        changed.notes = text + QLatin1Char('\n') + text;
        changed.niches = {text, QStringLiteral("beauty")};
        changed.channels.first().handle = unique + QStringLiteral("'2");
        changed.channels.first().languages = {text.toLower(), QStringLiteral("vi")};
        ASSERT_TRUE(m_store->update(changed, &error)) << error.text().toStdString();
        stored = m_store->find(*candidateId);
        ASSERT_TRUE(stored);
        EXPECT_EQ(withoutIds(*stored), withoutIds(changed));

        Campaign campaign;
        campaign.name = unique;
        campaign.notes = text;
        campaign.niches = {text};
        campaign.regions = {text};
        campaign.languages = {text.toLower()};
        campaign.budget = Money(100000 + i, QStringLiteral("USD"));
        const auto campaignId = campaigns.create(campaign, &error);
        ASSERT_TRUE(campaignId) << error.text().toStdString();
        campaign.id = *campaignId;
        std::optional<Campaign> storedCampaign = campaigns.findByName(unique, &error);
        ASSERT_TRUE(storedCampaign) << error.text().toStdString();
        EXPECT_EQ(*storedCampaign, campaign);
        campaign = *storedCampaign;
        campaign.notes = QStringLiteral("brief: ") + text;
        campaign.name = unique + QStringLiteral(" (2)");
        ASSERT_TRUE(campaigns.update(campaign, &error)) << error.text().toStdString();
        storedCampaign = campaigns.find(*campaignId, &error);
        ASSERT_TRUE(storedCampaign) << error.text().toStdString();
        EXPECT_EQ(*storedCampaign, campaign);

        ShortlistEntry entry;
        entry.campaignId = *campaignId;
        entry.candidateId = *candidateId;
        entry.platform = Platform::TikTok;
        entry.agreedFee = Money(990000, QStringLiteral("VND"));
        entry.notes = text;
        const auto entryId = campaigns.addEntry(entry, &error);
        ASSERT_TRUE(entryId) << error.text().toStdString();
        entry.id = *entryId;
        EXPECT_EQ(campaigns.findEntry(*entryId).value_or(ShortlistEntry()), entry);
        entry = campaigns.findEntry(*entryId).value_or(ShortlistEntry());
        entry.notes = text + QStringLiteral(" — ") + text;
        ASSERT_TRUE(campaigns.updateEntry(entry, &error)) << error.text().toStdString();
        EXPECT_EQ(campaigns.findEntry(*entryId).value_or(ShortlistEntry()).notes, entry.notes);

        SavedView view;
        view.name = unique;
        view.filter.search = text;
        view.filter.niche = text;
        view.filter.region = text;
        const auto viewId = views.save(view, &error);
        ASSERT_TRUE(viewId) << error.text().toStdString();
        view.id = *viewId;
        saved << view;

        BrandFit fit;
        fit.campaignId = *campaignId;
        fit.candidateId = *candidateId;
        fit.rating = 4;
        fit.reasons = BrandFit::allReasons();
        fit.note = text;
        ASSERT_TRUE(fits.save(fit, &error)) << error.text().toStdString();
        EXPECT_EQ(fits.find(*campaignId, *candidateId).value_or(BrandFit()), fit);

        ASSERT_TRUE(assumptions.adopt(Assumptions::benchmarkCpmKey(), 7.0 + i, text, &error))
            << error.text().toStdString();
        const auto adopted = assumptions.load().find(Assumptions::benchmarkCpmKey());
        ASSERT_TRUE(adopted);
        EXPECT_EQ(adopted->source, text);
    }
    // Every row is there, once, and every saved view reads back whole.
    EXPECT_EQ(m_store->candidateCount(), texts.size());
    EXPECT_EQ(count(QStringLiteral("channels")), 2 * texts.size());
    EXPECT_EQ(campaigns.campaigns().size(), texts.size());
    EXPECT_EQ(count(QStringLiteral("shortlist_entries")), texts.size());
    EXPECT_EQ(count(QStringLiteral("brand_fit")), texts.size());
    Error error;
    QList<SavedView> read;
    for (const SavedView &view : views.all(&error)) {
        if (view.seedKey.isEmpty())
            read << view;
    }
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
    ASSERT_EQ(read.size(), saved.size());
    for (const SavedView &view : saved) {
        SCOPED_TRACE(view.name.left(60).toStdString());
        const auto same = std::find_if(read.begin(), read.end(), [&](const SavedView &v) { return v.id == view.id; });
        ASSERT_NE(same, read.end());
        EXPECT_EQ(*same, view);
    }
}

// A currency is a three-letter code and a list item holds no '|' (lists are stored joined by
// it): a hostile one is refused wherever it can be given, saying which field, and nothing of
// the write is stored.
TEST_P(InjectionStorageTest, AHostileCurrencyOrListItemIsRefusedAndNothingIsStored)
{
    CampaignStore campaigns(*m_database);
    ExchangeRateStore rates(*m_database);
    ResultStore results(*m_database);
    Candidate lan = makeCandidate(QStringLiteral("Lan"), CandidateKind::Kol,
                                  {makeChannel(Platform::TikTok, QStringLiteral("@lan"), 1000)});
    const auto lanId = m_store->add(lan);
    ASSERT_TRUE(lanId);
    Campaign campaign;
    campaign.name = QStringLiteral("Tết");
    campaign.budget = Money(100000, QStringLiteral("VND"));
    const auto campaignId = campaigns.create(campaign);
    ASSERT_TRUE(campaignId);
    ShortlistEntry entry;
    entry.campaignId = *campaignId;
    entry.candidateId = *lanId;
    entry.platform = Platform::TikTok;
    const auto entryId = campaigns.addEntry(entry);
    ASSERT_TRUE(entryId);
    const QList<Candidate> candidatesBefore = m_store->allCandidates();
    const QList<Campaign> campaignsBefore = campaigns.campaigns();
    const ExchangeRates ratesBefore = rates.load();

    for (const QString &text : injectionTexts() + QStringList{QStringLiteral("VN'"), QStringLiteral("$$$")}) {
        SCOPED_TRACE(text.left(60).toStdString());
        Candidate candidate = lan;
        candidate.name = QStringLiteral("Hoa");
        candidate.channels.first().handle = QStringLiteral("@hoa");
        candidate.channels.first().fee = Money(1000, text);
        Error error;
        EXPECT_FALSE(m_store->add(candidate, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

        Campaign other = campaign;
        other.name = QStringLiteral("Other");
        other.budget = Money(1000, text);
        error = Error();
        EXPECT_FALSE(campaigns.create(other, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

        ShortlistEntry changed = campaigns.findEntry(*entryId).value_or(ShortlistEntry());
        changed.agreedFee = Money(1000, text);
        error = Error();
        EXPECT_FALSE(campaigns.updateEntry(changed, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

        error = Error();
        EXPECT_FALSE(rates.setRate(text, 2.0, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("currency"));

        DeliveryResult result;
        result.entryId = *entryId;
        result.date = QDate(2026, 2, 1);
        result.setFigure(ResultMeasure::Reach, 1000);
        result.feePaid = Money(1000, text);
        error = Error();
        EXPECT_FALSE(results.add(result, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("fee"));
    }
    for (const QString &item : {QStringLiteral("a|b"), QStringLiteral("'|'; DROP TABLE candidates; --")}) {
        Candidate candidate = makeCandidate(QStringLiteral("Hoa"), CandidateKind::Kol,
                                            {makeChannel(Platform::TikTok, QStringLiteral("@hoa"), 10)}, {item});
        Error error;
        EXPECT_FALSE(m_store->add(candidate, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("niches"));
        Campaign other = campaign;
        other.name = QStringLiteral("Other");
        other.regions = {item};
        error = Error();
        EXPECT_FALSE(campaigns.create(other, &error));
        EXPECT_EQ(error.fieldKey, QStringLiteral("regions"));
    }
    EXPECT_EQ(m_store->allCandidates(), candidatesBefore);
    EXPECT_EQ(campaigns.campaigns(), campaignsBefore);
    EXPECT_EQ(campaigns.findEntry(*entryId).value_or(ShortlistEntry()).agreedFee, std::nullopt);
    EXPECT_EQ(rates.load(), ratesBefore);
    EXPECT_EQ(count(QStringLiteral("delivery_results")), 0);
}

// A search for a hostile text finds exactly the rows whose words it begins, on both engines,
// and never fails: the text's quotes, LIKE wildcards, FTS5 operators and backslashes are
// plain letters. A name of 570 words (and a search for it) made the server's search hang:
// one LIKE subquery per typed word, 570 of them joined (SearchTerms::queryWords). This test
// has a ctest timeout of its own (tests/model/CMakeLists.txt), so a hang fails it.
TEST_P(InjectionStorageTest, HostileSearchFindsExactlyTheRowsItsWordsBegin)
{
    const QStringList texts = injectionTexts();
    QList<Candidate> stored;
    for (int i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i);
        Candidate candidate = makeCandidate(text, CandidateKind::Kol,
                                            {makeChannel(Platform::TikTok, text + QString::number(i), 1000 + i),
                                             makeChannel(Platform::YouTube, QStringLiteral("@c%1").arg(i), 10)});
        candidate.notes = text;
        Error error;
        const auto id = m_store->add(candidate, &error);
        ASSERT_TRUE(id) << error.text().toStdString();
        stored << m_store->find(*id).value_or(Candidate());
    }
    // Others whose names only look like parts of them.
    for (const QString &name : {QStringLiteral("Nguyen Van A"), QStringLiteral("Brien"), QStringLiteral("100 under"),
                                QStringLiteral("drop table"), QStringLiteral("slash back")}) {
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Influencer,
                                                   {makeChannel(Platform::Instagram, name, 77)}));
        ASSERT_TRUE(id);
        stored << m_store->find(*id).value_or(Candidate());
    }

    const QString words = longText();
    QStringList reversed = words.split(QLatin1Char(' '));
    std::reverse(reversed.begin(), reversed.end());
    QStringList searches = texts;
    searches << QStringLiteral("%") << QStringLiteral("_") << QStringLiteral("\\") << QStringLiteral("'")
             << QStringLiteral("\"") << QStringLiteral("$$") << QStringLiteral("*") << QStringLiteral("\\.")
             << QStringLiteral("ctl\u0001") << QStringLiteral("\u0001") << QStringLiteral("\u202E")
             << QStringLiteral("NEAR(") << QStringLiteral("nguyen") << QStringLiteral("brien")
             << QStringLiteral("o'b") << QStringLiteral("100%2") << QStringLiteral("'; DROP TABLE candidate_search; --")
             << words.left(40) << reversed.join(QLatin1Char(' '))
             << words + QStringLiteral(" nowhere") // one word more that no one has: no one
             << QString(words + QLatin1Char(' ')).repeated(4); // every word four times over
    for (const QString &typed : std::as_const(searches)) {
        SCOPED_TRACE(typed.left(60).toStdString());
        CandidateFilter filter;
        filter.search = typed;
        const auto cursor = m_store->rows(filter, CandidateSort());
        QSet<qint64> found;
        while (!cursor->atEnd()) {
            for (const CandidateRow &row : cursor->fetch(100))
                found.insert(row.channel.id);
        }
        ASSERT_FALSE(cursor->failed()) << cursor->error().text().toStdString();
        const QSet<qint64> expected = expectedMatches(stored, typed);
        EXPECT_EQ(found, expected);
        EXPECT_EQ(m_store->rowCount(filter), expected.size());
        // The window's search of a large list reads the index once: through SQLite itself in
        // a file, as one text of ids on a server.
        if (!SearchTerms::queryWords(typed).isEmpty()) {
            const auto matches = SearchMatches::find(connection(), SearchTerms::queryWords(typed));
            ASSERT_TRUE(matches);
            const auto candidates = std::count_if(stored.begin(), stored.end(), [&](const Candidate &candidate) {
                return expected.contains(candidate.channels.first().id);
            });
            EXPECT_EQ(matches->count(), candidates);
        }
    }
    // The long name is found by its own words (the test would be empty otherwise).
    CandidateFilter filter;
    filter.search = words;
    EXPECT_EQ(m_store->rowCount(filter), 2);
}

} // namespace
} // namespace planner::test
