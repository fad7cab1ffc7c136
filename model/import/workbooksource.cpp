#include "import/workbooksource.h"

#include "csv/csvwriter.h"
#include "import/candidateimport.h"
#include "import/headermapping.h"
#include "import/workbookreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

// Rows looked at for the header: a title and a few notes may stand above it.
constexpr int headerSearchRows = 10;

QString plainNumber(double value, DecimalMark mark)
{
    QString text = std::abs(value) < 1e15 && value == std::floor(value)
        ? QString::number(qint64(value))
        : CsvWriter::number(value);
    if (mark == DecimalMark::Comma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString cellText(const WorkbookCell &cell, DecimalMark mark)
{
    switch (cell.type) {
    case WorkbookCell::Type::Text: return cell.text;
    case WorkbookCell::Type::Number: return plainNumber(cell.number, mark);
    case WorkbookCell::Type::Percent:
        return plainNumber(std::round(cell.number * 1e8) / 1e6, mark) + QLatin1Char('%');
    case WorkbookCell::Type::Date: return cell.date.toString(Qt::ISODate);
    case WorkbookCell::Type::Boolean:
        return cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case WorkbookCell::Type::Empty: break;
    }
    return QString();
}

} // namespace

WorkbookSource::WorkbookSource() = default;
WorkbookSource::~WorkbookSource() = default;

QString WorkbookSource::fail(const QString &reason) const
{
    //: %1 a file name, %2 why it could not be read
    return tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

int WorkbookSource::chooseSheet(const WorkbookReader &reader, const QString &choice, Error *error) const
{
    QStringList quoted;
    for (const QString &name : m_sheetNames)
        quoted << QStringLiteral("“%1”").arg(name);
    if (!choice.trimmed().isEmpty()) {
        const int found = reader.findSheet(choice);
        if (found < 0 && error)
            //: %1 the sheet asked for, %2 the workbook's sheets
            error->message = fail(tr("it has no sheet “%1”; its sheets are %2")
                                      .arg(choice, quoted.join(QLatin1String(", "))));
        return found;
    }
    QList<int> filled;
    for (int i = 0; i < m_sheetNames.size(); ++i) {
        if (reader.hasCells(i))
            filled << i;
    }
    if (filled.size() <= 1)
        return filled.value(0, 0);
    if (error)
        //: %1 the workbook's sheets
        error->message = fail(tr("it has several sheets (%1); choose the one to import")
                                  .arg(quoted.join(QLatin1String(", "))));
    return -1;
}

int WorkbookSource::headerRow(const WorkbookTable &table) const
{
    int best = 0;
    int bestScore = 0;
    for (int r = 0; r < std::min<int>(headerSearchRows, table.rows.size()); ++r) {
        int score = 0;
        for (const WorkbookCell &cell : table.rows.at(r)) {
            if (cell.type == WorkbookCell::Type::Text
                && HeaderMapping::recognise(cell.text) != ImportField::Ignored)
                ++score;
        }
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
    }
    return best;
}

QStringList WorkbookSource::headerTexts(const WorkbookReader &reader, int sheet,
                                        const WorkbookTable &table, int row) const
{
    QStringList texts;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        WorkbookCell cell = table.rows.at(row).at(c);
        // A header merged over several columns or rows names each of its cells.
        if (cell.type == WorkbookCell::Type::Empty)
            cell = reader.mergeOrigin(sheet, cell.row, cell.column);
        texts << cellText(cell, DecimalMark::Point).trimmed();
    }
    return texts;
}

bool WorkbookSource::prepare(const QString &path, const QString &sheetChoice,
                             const ImportSettings &settings, Error *error)
{
    m_path = path;
    m_needsSheet = false;
    WorkbookReader reader;
    if (!reader.open(path, error))
        return false;
    m_sheetNames = reader.sheetNames();
    const int sheet = chooseSheet(reader, sheetChoice, error);
    if (sheet < 0) {
        m_needsSheet = sheetChoice.trimmed().isEmpty();
        return false;
    }
    m_sheet = m_sheetNames.value(sheet);
    const WorkbookTable table = reader.table(sheet);
    if (table.rows.isEmpty())
        return write(table, -1, {}, settings, error);
    const int header = headerRow(table);
    return write(table, header, headerTexts(reader, sheet, table, header), settings, error);
}

bool WorkbookSource::write(const WorkbookTable &table, int header, const QStringList &headers,
                           const ImportSettings &settings, Error *error)
{
    m_mark = CandidateImport::decimalMark(settings, HeaderMapping(headers));
    m_bytes.clear();
    m_fieldOffsets.clear();
    m_fieldCells.clear();
    m_records.clear();
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvPreset::plain());
    qint64 line = 1;
    const auto addRecord = [&](const QStringList &texts, const QList<WorkbookCell> &cells) {
        const qint64 start = m_bytes.size();
        m_records << Record{line, m_fieldOffsets.size()};
        for (qsizetype c = 0; c < texts.size(); ++c) {
            writer.flush();
            m_fieldOffsets << m_bytes.size() + (c > 0 ? 1 : 0);
            m_fieldCells << qMakePair(cells.at(c).row, cells.at(c).column);
            writer.addText(texts.at(c));
        }
        writer.endRow();
        writer.flush();
        line += std::count(m_bytes.constBegin() + start, m_bytes.constEnd(), '\n');
    };
    if (header >= 0) {
        addRecord(headers, table.rows.at(header));
        for (qsizetype r = header + 1; r < table.rows.size(); ++r) {
            QStringList texts;
            for (const WorkbookCell &cell : table.rows.at(r))
                texts << cellText(cell, m_mark);
            addRecord(texts, table.rows.at(r));
        }
    }
    QFile file(csvPath());
    if (!m_folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()) {
        if (error)
            error->message = fail(m_folder.isValid() ? file.errorString() : m_folder.errorString());
        return false;
    }
    return true;
}

QString WorkbookSource::csvPath() const
{
    return m_folder.filePath(QStringLiteral("sheet.csv"));
}

ImportSettings WorkbookSource::csvSettings(const ImportSettings &settings) const
{
    ImportSettings csv = settings;
    csv.dialect.delimiter = QLatin1Char(',');
    csv.dialect.encoding = CsvDialect::Encoding::Utf8;
    csv.decimalMark = m_mark;
    return csv;
}

QString WorkbookSource::cellAt(qint64 line, qint64 column) const
{
    if (m_records.isEmpty())
        return QString();
    // The record the line lies in, then the last field starting at or before the column.
    auto record = std::upper_bound(m_records.cbegin(), m_records.cend(), line,
                                   [](qint64 l, const Record &r) { return l < r.line; });
    if (record != m_records.cbegin())
        --record;
    const qsizetype first = record->firstField;
    const qsizetype end = record + 1 == m_records.cend() ? m_fieldOffsets.size() : (record + 1)->firstField;
    qsizetype chosen = first;
    qint64 atLine = record->line;
    qint64 atColumn = 1;
    for (qsizetype f = first; f < end; ++f) {
        if (f > first) {
            const QString between = QString::fromUtf8(
                m_bytes.mid(m_fieldOffsets.at(f - 1), m_fieldOffsets.at(f) - m_fieldOffsets.at(f - 1)));
            const qsizetype lastBreak = between.lastIndexOf(QLatin1Char('\n'));
            atLine += between.count(QLatin1Char('\n'));
            atColumn = lastBreak >= 0 ? between.size() - lastBreak : atColumn + between.size();
        }
        if (atLine < line || (atLine == line && atColumn <= column))
            chosen = f;
    }
    if (chosen >= end)
        return QString();
    const QPair<int, int> cell = m_fieldCells.at(chosen);
    return WorkbookReader::cellReference(m_sheet, cell.first, cell.second);
}

ImportRejection WorkbookSource::translated(const ImportRejection &rejection) const
{
    ImportRejection said = rejection;
    said.file = m_path;
    said.sheetCell = cellAt(rejection.line, rejection.column);
    return said;
}

ImportReport WorkbookSource::translated(ImportReport report) const
{
    for (ImportRejection &rejection : report.rejections)
        rejection = translated(rejection);
    for (ImportRejection &warning : report.warnings)
        warning = translated(warning);
    report.error.message.replace(QDir::toNativeSeparators(csvPath()),
                                 QDir::toNativeSeparators(m_path));
    return report;
}

} // namespace planner
