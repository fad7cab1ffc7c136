// The candidate list's rows a page at a time (CandidateRowCursor on a file, KeysetRowCursor on
// a server): every row once and in order, while other queries run between the pages.
#include "modeltestsupport.h"

#include "storage/candidaterowcursor.h"

#include <QSet>

namespace planner::test {
namespace {

using CandidatePagingTest = OnBothBackends<StoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidatePagingTest);

constexpr int candidates = 700;

// 700 candidates with one or two channels: 37 names, four kinds, an engagement rate of seven
// values or none, a fee of five values or none: ties and unknown values in every sort.
void addTiedCandidates(CandidateStore &store)
{
    int i = 0;
    Error error;
    const auto added = store.addMany([&i](Candidate &candidate) {
        if (i == candidates)
            return false;
        QList<Channel> channels;
        for (int c = 0; c < 1 + i % 2; ++c) {
            Channel channel = makeChannel(c == 0 ? Platform::Instagram : Platform::TikTok,
                                          QStringLiteral("@h%1_%2").arg(i).arg(c), 1000 + i % 11);
            if ((i + c) % 5 != 0)
                channel.engagementRatePct = ((i + c) % 7) * 0.5;
            if ((i + c) % 3 != 0)
                channel.fee = Money(100000 * ((i + c) % 5), QStringLiteral("USD"));
            channels << channel;
        }
        const CandidateKind kinds[] = {CandidateKind::Influencer, CandidateKind::Kol, CandidateKind::Creator,
                                       CandidateKind::Influencer};
        candidate = makeCandidate(QStringLiteral("n%1").arg(i % 37, 2, 10, QLatin1Char('0')), kinds[i % 4], channels);
        ++i;
        return true;
    }, &error);
    ASSERT_TRUE(added) << error.text().toStdString();
}

// -1, 0, 1 as a comes before, ties with, comes after b; an unknown value (nullopt) where
// the list puts it: first ascending, last descending.
template <typename T>
int compareKnown(const std::optional<T> &a, const std::optional<T> &b, bool descending)
{
    if (!a && !b)
        return 0;
    if (!a || !b)
        return (!a) == !descending ? -1 : 1;
    const int ascending = *a < *b ? -1 : (*b < *a ? 1 : 0);
    return descending ? -ascending : ascending;
}

std::optional<qint64> feeOf(const CandidateRow &row)
{
    return row.channel.fee ? std::optional<qint64>(row.channel.fee->minorUnits()) : std::nullopt;
}

int compareIds(qint64 a, qint64 b, bool descending)
{
    return compareKnown<qint64>(a, b, descending);
}

// Whether a comes strictly before b in the sort (ties as CandidateSql::orderBy breaks them).
bool before(const CandidateRow &a, const CandidateRow &b, const CandidateSort &sort)
{
    const bool d = sort.descending;
    int order = 0;
    switch (sort.key) {
    case CandidateSortKey::EngagementRate:
        order = compareKnown(a.channel.engagementRatePct, b.channel.engagementRatePct, d);
        break;
    case CandidateSortKey::Fee: order = compareKnown(feeOf(a), feeOf(b), d); break;
    case CandidateSortKey::Name:
        order = compareKnown<QString>(a.name, b.name, d);
        if (order == 0)
            order = compareIds(a.candidateId, b.candidateId, d);
        break;
    case CandidateSortKey::Kind:
        order = compareKnown<QString>(kindKey(a.kind), kindKey(b.kind), d);
        if (order == 0)
            order = compareKnown<QString>(a.name, b.name, d);
        if (order == 0)
            order = compareIds(a.candidateId, b.candidateId, d);
        break;
    default: ADD_FAILURE() << "sort not covered";
    }
    if (order == 0)
        order = compareIds(a.channel.id, b.channel.id, d);
    return order < 0;
}

TEST_P(CandidatePagingTest, EveryRowArrivesOnceInOrderWhileOtherQueriesRunBetweenPages)
{
    addTiedCandidates(*m_store);
    const qint64 channels = count(QStringLiteral("channels"));
    ASSERT_GT(channels, 1000);
    const CandidateSort sorts[] = {
        {CandidateSortKey::EngagementRate, false}, {CandidateSortKey::EngagementRate, true},
        {CandidateSortKey::Fee, false},            {CandidateSortKey::Fee, true},
        {CandidateSortKey::Name, false},           {CandidateSortKey::Name, true},
        {CandidateSortKey::Kind, true},
    };
    for (const CandidateSort &sort : sorts) {
        SCOPED_TRACE(testing::Message() << "sort " << int(sort.key) << (sort.descending ? " descending" : ""));
        const auto cursor = m_store->rows(CandidateFilter(), sort);
        QList<CandidateRow> rows;
        int pages = 0;
        while (!cursor->atEnd()) {
            rows += cursor->fetch(97);
            ++pages;
            // What the table asks between its pages: counts, and another list's first rows.
            EXPECT_EQ(m_store->candidateCount(), candidates);
            EXPECT_EQ(count(QStringLiteral("channels")), channels);
            EXPECT_EQ(m_store->rows(CandidateFilter(), CandidateSort{CandidateSortKey::Handle, false})->fetch(5).size(), 5);
            ASSERT_LT(pages, 100);
        }
        ASSERT_FALSE(cursor->failed()) << cursor->error().text().toStdString();
        EXPECT_GT(pages, 10);
        ASSERT_EQ(rows.size(), channels);
        QSet<qint64> seen;
        for (const CandidateRow &row : std::as_const(rows))
            seen.insert(row.channel.id);
        EXPECT_EQ(seen.size(), channels);
        bool unknownSeen = false;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            ASSERT_TRUE(before(rows[i - 1], rows[i], sort)) << "rows " << i - 1 << " and " << i;
            unknownSeen = unknownSeen || !rows[i].channel.engagementRatePct || !rows[i].channel.fee;
        }
        EXPECT_TRUE(unknownSeen);
    }
}

TEST_P(CandidatePagingTest, AFilteredListPagesOnlyItsRows)
{
    addTiedCandidates(*m_store);
    CandidateFilter filter;
    filter.platform = Platform::TikTok;
    const auto cursor = m_store->rows(filter, CandidateSort{CandidateSortKey::EngagementRate, true});
    QList<CandidateRow> rows;
    while (!cursor->atEnd()) {
        rows += cursor->fetch(40);
        EXPECT_EQ(m_store->candidateCount(), candidates);
    }
    ASSERT_FALSE(cursor->failed());
    EXPECT_EQ(rows.size(), candidates / 2);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].channel.platform, Platform::TikTok);
        if (i > 0)
            ASSERT_TRUE(before(rows[i - 1], rows[i], CandidateSort{CandidateSortKey::EngagementRate, true}));
    }
}

} // namespace
} // namespace planner::test
