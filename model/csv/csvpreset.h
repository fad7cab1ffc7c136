#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// How a CSV file is laid out for the program that opens it: "excel", the default for files
// handed to people, or "plain", for scripts and other programs. Only the layout differs;
// the fields, the quoting and the numbers are the same in both (see CsvWriter).
struct CsvPreset
{
    enum class Kind { Excel, Plain };

    Kind kind = Kind::Plain;
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false;
    bool crlf = false;
    // The header row in the interface language ("Engagement rate (%)", "Tỷ lệ tương tác
    // (%)") instead of the stable English keys ("engagement_rate_pct"). Keys are the
    // default: scripts and the import find columns by them.
    bool localizedHeaders = false;

    // UTF-8 with a byte order mark, CRLF, and ';' between fields where the interface
    // language writes decimals with anything but '.' (Vietnamese, Indonesian, Persian).
    //
    // Why: Excel reads a UTF-8 file without the mark in the Windows code page, which turns
    // Vietnamese and Persian names into mojibake; CRLF is what RFC 4180 and Windows expect.
    // Excel splits a CSV on the list separator of the regional settings, and Windows pairs a
    // decimal comma with ';' as that separator, so a comma-separated file would open as one
    // column there. Persian's decimal point is ٫ (U+066B), not '.': it counts as comma-like
    // because only '.'-decimal settings are known to split on ',', while ';' is what both
    // Excel and LibreOffice offer when ',' is not the separator. The numbers in the file keep
    // '.' whatever the delimiter, so ';' never clashes with them. The locale passed is the
    // interface language the marketer chose, the nearest thing to their spreadsheet's
    // settings the program knows; "plain" is there when the guess is wrong.
    //
    // No "sep=;" first line: Excel then ignores the byte order mark, and other readers take
    // the line for data.
    static CsvPreset excel(const QLocale &interfaceLocale);
    // UTF-8 without a byte order mark, LF, ','.
    static CsvPreset plain();

    // "excel" or "plain" (any case, surrounding space ignored); nullopt for anything else.
    static std::optional<CsvPreset> fromKey(const QString &key, const QLocale &interfaceLocale);
    // The keys fromKey() reads, default first.
    static QStringList keys();
    QString key() const;
    QString lineEnd() const;
};

} // namespace planner
