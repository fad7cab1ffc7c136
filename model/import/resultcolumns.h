#pragma once

#include "import/importvocabulary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <optional>

namespace planner {

// What a column of a post-insights export holds for the results import.
enum class ResultColumn {
    Ignored, Name, Handle, Platform, Format, Date,
    Reach, Impressions, Views, Likes, Comments, Shares, Saves, Clicks, Fee, Currency,
};

// Which column of a post-insights export (Instagram, TikTok, YouTube or a hand-made sheet)
// holds which figure, recognised from the headers in English, Vietnamese, Indonesian and
// Persian the way HeaderMapping recognises candidate columns: case, accents, spaces and
// punctuation ignored, an exact name before a name inside a longer header.
class ResultColumns
{
    Q_DECLARE_TR_FUNCTIONS(ResultColumns)

public:
    ResultColumns() = default;
    explicit ResultColumns(const QStringList &headers);

    const QStringList &headers() const { return m_headers; }
    // The column holding what, or -1.
    qsizetype column(ResultColumn what) const;
    bool has(ResultColumn what) const { return column(what) >= 0; }
    // The language most recognised headers are written in; AnyLanguage when none or a tie.
    QLocale::Language language() const { return m_language; }
    // A currency in brackets in the fee column's header: "Chi phí (VNĐ)", "Fee [USD]".
    std::optional<CurrencyUnit> headerCurrency() const;
    // Empty when rows can be read (a name or handle column, a date column and a figure);
    // else the reason, said for the marketer.
    QString missing() const;
    // The name of a column's figure for messages ("Reach", "Fee paid").
    static QString name(ResultColumn what);

    static ResultColumn recognise(const QString &header, QLocale::Language *language = nullptr);

private:
    QStringList m_headers;
    QList<ResultColumn> m_columns;
    QLocale::Language m_language = QLocale::AnyLanguage;
};

} // namespace planner
