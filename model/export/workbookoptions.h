#pragma once

#include <QString>

namespace planner {

// How an export lays out its .xlsx workbook (see XlsxWorkbookWriter).
struct WorkbookOptions
{
    // The sheet's tab; cut to what a spreadsheet allows (31 characters, none of []:*?/\).
    QString sheetName;
    // The header row in the interface language instead of the stable English keys.
    bool localizedHeaders = false;
    // The sheet laid out right to left (Persian): column A on the right.
    bool rightToLeft = false;
};

} // namespace planner
