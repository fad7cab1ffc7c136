#pragma once

#include "domain/costfilterinputs.h"
#include "domain/rangefilter.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace planner {

// The figures the range filters ("More filters") test, one compact column per figure with a
// slot per channel id, read from the file once on a worker (issue 19: a range typed on a
// million candidates is then tested in memory, never by SQL row by row). Only the columns a
// filter bounds are read (and each channel's candidate); a column already read is kept by the next snapshot. The projected
// CPM and CPE are the values of CostFilterSql's expressions (the same SQL the CLI filters
// with), read once per campaign's cost inputs. Never edited: a changed file needs a new one.
class ChannelFigures
{
public:
    enum Column { Followers, Engagement, Views, Authenticity, Fee, Languages, Cpm, Cpe, ColumnCount };

    // The columns ranges bound, taken from previous where it has them (same cost inputs for
    // CPM and CPE), the rest read from db; null when the file could not be read. Ranges
    // without cost inputs keep previous's CPM and CPE columns (for the next cost bound).
    static std::shared_ptr<const ChannelFigures> load(const QSqlDatabase &db, const RangeFilter &ranges,
                                                      const ChannelFigures *previous);
    // The columns a filter needs.
    static std::vector<Column> columnsOf(const RangeFilter &ranges);

    bool has(Column column) const;
    // Whether the CPM and CPE columns were read for these cost inputs.
    bool costsFor(const std::optional<CostFilterInputs> &inputs) const { return m_costInputs == inputs; }
    // The largest channel id with a slot (channels added later have none).
    qint64 largestChannel() const { return m_largest; }

    // How many channel ids have a candidate (the rows of a list without a filter).
    qint64 listedChannels() const { return m_listed; }
    // The candidate of a channel id, -1 for an id no channel has.
    qint64 candidateOf(qint64 channelId) const { return (*m_candidates)[size_t(channelId)]; }
    // A figure of a channel; NaN when unknown.
    double value(Column column, qint64 channelId) const { return (*m_numbers[column])[size_t(channelId)]; }
    qint64 feeMinor(qint64 channelId) const { return m_fees->minor[size_t(channelId)]; }
    // Index into currencies(), -1 for no fee or no currency.
    int currencyIndex(qint64 channelId) const { return m_fees->index[size_t(channelId)]; }
    const QStringList &currencies() const { return m_fees->names; }
    // Index into languageLists() ("vi|en" as stored), -1 for NULL.
    int languagesIndex(qint64 channelId) const { return m_languages->index[size_t(channelId)]; }
    const QStringList &languageLists() const { return m_languages->names; }
    // The same columns as contiguous arrays of largestChannel() + 1 slots, for a test that
    // streams through a column (RangeMatcher::judge); each only where has() it.
    const qint64 *candidates() const { return m_candidates->data(); }
    const double *values(Column column) const { return m_numbers[column]->data(); }
    const qint64 *feeMinors() const { return m_fees->minor.data(); }
    const qint32 *currencyIndexes() const { return m_fees->index.data(); }
    const qint32 *languagesIndexes() const { return m_languages->index.data(); }
    // Whether other is a snapshot of the same unchanged SQLite file (PRAGMA data_version and
    // size unchanged on the same connection); false on a server, where no such count exists.
    bool sameFileAs(const ChannelFigures &other) const
    {
        return m_dataVersion >= 0 && m_dataVersion == other.m_dataVersion && m_largest == other.m_largest
            && m_channels == other.m_channels;
    }

private:
    // A text column kept as an index per channel into its distinct values.
    struct Interned
    {
        std::vector<qint64> minor; // the fee in minor units (Fee only)
        std::vector<qint32> index; // into names, -1 for none
        QStringList names;
    };

    bool read(const QSqlDatabase &db, Column column, const RangeFilter &ranges);
    bool readNumbers(const QSqlDatabase &db, Column column, const QString &expression,
                     const QVariantList &values);
    std::shared_ptr<const Interned> readInterned(const QSqlDatabase &db, const QString &columns) const;
    bool readSize(const QSqlDatabase &db, const ChannelFigures *previous);
    bool readCandidates(const QSqlDatabase &db);

    qint64 m_largest = -1;
    qint64 m_channels = 0;
    qint64 m_dataVersion = -1; // SQLite's PRAGMA data_version when read; -1 elsewhere
    // Shared with the snapshots made after this one (a column is read once).
    std::shared_ptr<const std::vector<double>> m_numbers[ColumnCount]; // not Fee, Languages
    std::shared_ptr<const std::vector<qint64>> m_candidates;
    qint64 m_listed = 0; // slots of m_candidates with a candidate
    std::shared_ptr<const Interned> m_fees;
    std::shared_ptr<const Interned> m_languages;
    std::optional<CostFilterInputs> m_costInputs;
};

} // namespace planner
