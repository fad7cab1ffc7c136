#pragma once
// Workbooks made at test time with libxlsxwriter, as a marketer's spreadsheet would hold a
// roster: a title row above the header, typed numbers, a percentage, a date, a formula with
// its saved result, a hidden column, an empty row, Vietnamese and Persian text, a second sheet.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <xlsxwriter.h>

namespace planner::test {

inline QByteArray workbookName(const QString &path)
{
    return QFile::encodeName(path);
}

// Sheet "Danh sách" (and a sheet "Ghi chú" with a note unless oneSheet):
//   A1:G1  title "Danh sách KOL Tết 2025" (merged)
//   A3:H3  Tên | Nền tảng | Tài khoản | Người theo dõi | Tỷ lệ tương tác | Giá (VNĐ) | (hidden) Nội bộ | Ngày
//   row 4  Nguyễn Thu Hà, Instagram, @thuha.skin, 1200000, 3.5 %, 15000000, secret, 2025-01-28
//   row 5  (empty)
//   row 6  سارا محمدی, Instagram, @سارا, =D4/15 (saved 80000), 4.25 %, 2500000, x, 2025-02-01
//   row 7  Trần Minh, TikTok, @minh.tt, "nhiều" (text: rejected at D7), 2 %, 900000
//   row 8  =HYPERLINK("x") as text, YouTube, -5, 5000, 1 %, 100000
inline bool writeRoster(const QString &path, bool oneSheet = false)
{
    lxw_workbook *book = workbook_new(workbookName(path).constData());
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Danh sách");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.00%");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0 \"₫\"");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_merge_range(sheet, 0, 0, 0, 6, "Danh sách KOL Tết 2025", bold);
    const char *headers[] = {"Tên", "Nền tảng", "Tài khoản", "Người theo dõi", "Tỷ lệ tương tác",
                             "Giá (VNĐ)", "Nội bộ", "Ngày"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 2, lxw_col_t(c), headers[c], bold);
    lxw_row_col_options hidden{};
    hidden.hidden = LXW_TRUE;
    worksheet_set_column_opt(sheet, 6, 6, 10, nullptr, &hidden);

    worksheet_write_string(sheet, 3, 0, "Nguyễn Thu Hà", nullptr);
    worksheet_write_string(sheet, 3, 1, "Instagram", nullptr);
    worksheet_write_string(sheet, 3, 2, "@thuha.skin", nullptr);
    worksheet_write_number(sheet, 3, 3, 1200000, nullptr);
    worksheet_write_number(sheet, 3, 4, 0.035, percent);
    worksheet_write_number(sheet, 3, 5, 15000000, money);
    worksheet_write_string(sheet, 3, 6, "secret", nullptr);
    lxw_datetime tet{2025, 1, 28, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 7, &tet, date);

    worksheet_write_string(sheet, 5, 0, "سارا محمدی", nullptr);
    worksheet_write_string(sheet, 5, 1, "Instagram", nullptr);
    worksheet_write_string(sheet, 5, 2, "@سارا", nullptr);
    worksheet_write_formula_num(sheet, 5, 3, "=D4/15", nullptr, 80000);
    worksheet_write_number(sheet, 5, 4, 0.0425, percent);
    worksheet_write_number(sheet, 5, 5, 2500000, money);
    worksheet_write_string(sheet, 5, 6, "x", nullptr);
    lxw_datetime later{2025, 2, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 5, 7, &later, date);

    worksheet_write_string(sheet, 6, 0, "Trần Minh", nullptr);
    worksheet_write_string(sheet, 6, 1, "TikTok", nullptr);
    worksheet_write_string(sheet, 6, 2, "@minh.tt", nullptr);
    worksheet_write_string(sheet, 6, 3, "nhiều", nullptr);
    worksheet_write_number(sheet, 6, 4, 0.02, percent);
    worksheet_write_number(sheet, 6, 5, 900000, money);

    worksheet_write_string(sheet, 7, 0, "=HYPERLINK(\"x\")", nullptr);
    worksheet_write_string(sheet, 7, 1, "YouTube", nullptr);
    worksheet_write_string(sheet, 7, 2, "-5", nullptr);
    worksheet_write_number(sheet, 7, 3, 5000, nullptr);
    worksheet_write_number(sheet, 7, 4, 0.01, percent);
    worksheet_write_number(sheet, 7, 5, 100000, money);

    if (!oneSheet) {
        lxw_worksheet *notes = workbook_add_worksheet(book, "Ghi chú");
        worksheet_write_string(notes, 0, 0, "Gửi báo giá trước 20/1", nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

// One sheet of rows people: the same columns as a CSV of the same people (see the
// benchmark), numbers typed.
inline bool writeLargeRoster(const QString &path, int people)
{
    lxw_workbook *book = workbook_new(workbookName(path).constData());
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Roster");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.00%");
    const char *headers[] = {"name", "platform", "handle", "followers", "engagement_rate_pct",
                             "fee", "currency"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    for (int i = 0; i < people; ++i) {
        const lxw_row_t row = lxw_row_t(i + 1);
        const QByteArray name = "Nguyễn Văn " + QByteArray::number(i);
        const QByteArray handle = "@nv_" + QByteArray::number(i);
        worksheet_write_string(sheet, row, 0, name.constData(), nullptr);
        worksheet_write_string(sheet, row, 1, i % 2 ? "tiktok" : "instagram", nullptr);
        worksheet_write_string(sheet, row, 2, handle.constData(), nullptr);
        worksheet_write_number(sheet, row, 3, 1000 + i, nullptr);
        worksheet_write_number(sheet, row, 4, 0.01 + (i % 50) / 1000.0, percent);
        worksheet_write_number(sheet, row, 5, 1000000 + 1000 * (i % 300), nullptr);
        worksheet_write_string(sheet, row, 6, "VND", nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

} // namespace planner::test
