#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

class QXmlStreamReader;

namespace planner {

// What liborcus 0.17 leaves out when it reads an .ods, taken from the file's content.xml
// (unzipped by liborcus, read with QXmlStreamReader): cells typed as percentages (liborcus
// drops them) and dates, hidden columns and merged cells, by sheet. WorkbookReader adds
// them to what liborcus read.
class OdsCellTypes
{
public:
    struct Merge
    {
        int row = 0;
        int column = 0;
        int rows = 1;
        int columns = 1;
    };

    // Reads the workbook's bytes; false when content.xml cannot be read (nothing is added).
    bool read(const QByteArray &workbook);

    std::optional<double> percent(int sheet, int row, int column) const;
    std::optional<QDate> date(int sheet, int row, int column) const;
    bool isHidden(int sheet, int column) const;
    // The merged range the cell lies in, if any.
    std::optional<Merge> mergeAt(int sheet, int row, int column) const;
    // The last row and column that hold a percentage or a date (-1 when none).
    int lastRow(int sheet) const;
    int lastColumn(int sheet) const;

private:
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    struct Sheet
    {
        QHash<quint64, double> percents;
        QHash<quint64, QDate> dates;
        QSet<int> hidden;
        QList<Merge> merges;
        int lastRow = -1;
        int lastColumn = -1;
    };
    void readTable(QXmlStreamReader &xml, Sheet &sheet);
    QList<Sheet> m_sheets;
};

} // namespace planner
