#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace planner {

// The parts of a one-sheet .xlsx workbook besides its rows and strings (ECMA-376 Part 1,
// SpreadsheetML), as XlsxWorkbookWriter lays them out: content types, relationships, the
// workbook with its defined names, the styles and the sheet's head and tail around its rows.
class XlsxParts
{
public:
    // The paths of the parts in the package.
    static constexpr const char *workbookPath = "xl/workbook.xml";
    static constexpr const char *sheetPath = "xl/worksheets/sheet1.xml";
    static constexpr const char *stylesPath = "xl/styles.xml";
    static constexpr const char *sharedStringsPath = "xl/sharedStrings.xml";

    // The style (cell format) of a header cell, and of the first number format given to
    // styles(); the others follow it.
    static constexpr int headerStyle = 1;
    static constexpr int firstNumberStyle = 2;

    static std::string contentTypes();
    static std::string packageRelationships();
    static std::string workbookRelationships();
    // The workbook of one sheet; with a range (like "$A$1:$N$20"), its autofilter's hidden
    // name, and the first row printed on every page.
    static std::string workbook(const QString &sheetName, const std::string &filterRange);
    // Bold header cells with a thin bottom border, wrapped and at the top; then one cell
    // format per number format code, in order.
    static std::string styles(const QStringList &numberFormats);

    struct SheetLayout
    {
        std::string dimension; // the used range, "A1:N20"
        QList<int> widths;     // characters, per column from A
        bool rightToLeft = false;
        bool frozenHeader = false;
    };
    // The sheet up to its first row: view, column widths, then <sheetData>.
    static std::string sheetHead(const SheetLayout &layout);
    // After the last row: the autofilter over range (none when empty) and the page setup
    // (landscape, one page wide).
    static std::string sheetTail(const std::string &filterRange);
};

} // namespace planner
