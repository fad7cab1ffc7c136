#pragma once

#include "candidate.h"
#include "csvrecord.h"
#include "headermapping.h"
#include "importsettings.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <array>

namespace planner {

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
};

// Why a row was refused: the column at fault (-1 for the row as a whole), its field name
// and the reason, both translated.
struct RowFault
{
    qsizetype column = -1;
    QString field;
    QString reason;
};

// Reads the cells of a data row into a candidate through the mapping and the value parsers,
// and checks it as the candidate editor would.
class ImportRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowReader)

public:
    // mapping and settings must outlive the reader.
    ImportRowReader(const HeaderMapping &mapping, const ImportSettings &settings, DecimalMark mark,
                    const std::optional<CurrencyUnit> &fallbackCurrency);

    bool read(const CsvRecord &record, ImportedRow *row, RowFault *fault);

private:
    QString cell(const CsvRecord &record, ImportField field) const;
    bool readIdentity(const CsvRecord &record, ImportedRow *row, RowFault *fault);
    bool readFigures(const CsvRecord &record, Channel *channel, RowFault *fault) const;
    bool readFee(const CsvRecord &record, Channel *channel, RowFault *fault) const;
    void readLists(const CsvRecord &record, ImportedRow *row);
    bool refuse(RowFault *fault, ImportField field, const QString &reason) const;

    const HeaderMapping &m_mapping;
    const ImportSettings &m_settings;
    ValueParser m_parser;
    std::optional<CurrencyUnit> m_fallbackCurrency;
    std::array<qsizetype, 15> m_columns{}; // column of each ImportField, -1 when none
    // The last distinct cell of the columns that repeat a few values, and what it gave.
    QString m_lastPlatformText;
    std::optional<Platform> m_lastPlatform;
    QString m_lastKindText;
    std::optional<CandidateKind> m_lastKind;
    QString m_lastNichesText;
    QStringList m_lastNiches;
    QString m_lastRegionsText;
    QStringList m_lastRegions;
};

} // namespace planner
