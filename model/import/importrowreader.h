#pragma once

#include "domain/candidate.h"
#include "csv/csvrecord.h"
#include "import/headermapping.h"
#include "import/importsettings.h"
#include "import/valueparser.h"

#include <QCoreApplication>
#include <array>

namespace planner {

// Why a row was refused, or a cell of it left empty: the column at fault (-1 for the row
// as a whole), its field name and the reason, both translated.
struct RowFault
{
    qsizetype column = -1;
    QString field;
    QString reason;
};

// One data row read into a candidate with one channel, with which values the row gave (an
// update of a stored candidate changes only those).
struct ImportedRow
{
    Candidate candidate;
    QString groupKey; // the candidate key column's value, else the folded name
    bool keyed = false;
    bool nameGiven = false;
    bool kindGiven = false;
    bool followersGiven = false;
    bool nichesGiven = false;
    bool regionsGiven = false;
    bool notesGiven = false;
    // Cells left empty (or read another way) and why: the row goes in, each is reported.
    QList<RowFault> warnings;
};


// Reads the cells of a data row into a candidate through the mapping and the value parsers,
// and checks it as the candidate editor would.
class ImportRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowReader)

public:
    // settings must outlive the reader.
    ImportRowReader(const HeaderMapping &mapping, const ImportSettings &settings, DecimalMark mark,
                    const std::optional<CurrencyUnit> &fallbackCurrency);

    // Reads a row; false (with the fault) only when its name or handle or platform cannot be
    // read, its follower count is given but cannot be read, or the row ends before its follower
    // count. Every other bad cell is left empty with a warning; a missing follower count (an
    // empty cell, NULL, N/A) is stored as unknown, with a warning too.
    bool read(const CsvRecord &record, ImportedRow *row, RowFault *fault);

private:
    QString cell(const CsvRecord &record, ImportField field) const;
    QStringView text(const CsvRecord &record, ImportField field) const;
    bool readIdentity(const CsvRecord &record, ImportedRow *row, RowFault *fault);
    bool readPlatform(const CsvRecord &record, const std::optional<Platform> &urlPlatform, ImportedRow *row,
                      RowFault *fault);
    void readKind(const CsvRecord &record, ImportedRow *row);
    bool readFollowers(const CsvRecord &record, ImportedRow *row, RowFault *fault) const;
    void readLanguages(const CsvRecord &record, ImportedRow *row) const;
    void readFigures(const CsvRecord &record, ImportedRow *row) const;
    void readRate(const CsvRecord &record, ImportField field, ImportedRow *row) const;
    void readFee(const CsvRecord &record, ImportedRow *row) const;
    void readLists(const CsvRecord &record, ImportedRow *row);
    void checkChannel(ImportedRow *row) const;
    bool refuse(RowFault *fault, ImportField field, const QString &reason) const;
    void warn(ImportedRow *row, ImportField field, const QString &reason) const;

    const ImportSettings &m_settings;
    ValueParser m_parser;
    std::optional<CurrencyUnit> m_fallbackCurrency;
    std::array<qsizetype, 17> m_columns{}; // column of each ImportField, -1 when none
    QList<qsizetype> m_extraNiches;
    std::optional<Platform> m_headerPlatform;
    ValueParser::PercentUnit m_engagementUnit = ValueParser::PercentUnit::Auto;
    ValueParser::PercentUnit m_authenticityUnit = ValueParser::PercentUnit::Auto;
    bool m_engagementCounts = false;  // engagements per post: made a rate with the followers
    bool m_engagementShares = false;  // the sample's rates were shares of one
    bool m_authenticityShares = false;
    bool m_sampled[2] = {false, false}; // engagement, authenticity: their column's pattern is known

    // What the distinct cells of a column that repeats a few values (platforms, kinds,
    // niches, countries) gave, so that each is looked up once, not once per row.
    template<typename Value>
    class Recent
    {
    public:
        const Value *find(QStringView text) const
        {
            for (const auto &[seen, value] : m_entries) {
                if (seen == text)
                    return &value;
            }
            return nullptr;
        }
        const Value &add(QStringView text, Value value)
        {
            // A column of mostly distinct cells (free text) is not worth remembering.
            if (m_entries.size() >= 64)
                m_entries.removeFirst();
            m_entries.append({text.toString(), std::move(value)});
            return m_entries.last().second;
        }

    private:
        QList<std::pair<QString, Value>> m_entries;
    };
    Recent<std::optional<Platform>> m_platforms;
    Recent<std::optional<CandidateKind>> m_kinds;
    Recent<QStringList> m_niches;
    Recent<QStringList> m_regions;
};

} // namespace planner
