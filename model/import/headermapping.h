#pragma once

#include "import/importfield.h"
#include "import/importvocabulary.h"
#include "import/valueparser.h"
#include "domain/platform.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <optional>

namespace planner {

// Which field each column of an imported file holds, recognised from the header by meaning
// rather than spelling (case, accents, spaces and punctuation ignored): the names discovery
// platforms' exports use (Username, Full name, Followers, ER, Avg views, Price...) and their
// Vietnamese, Indonesian and Persian equivalents. The import dialog shows it and lets the
// marketer change it; each field is held by one column at most.
class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)

public:
    HeaderMapping() = default;
    // Recognises every header; where two columns mean one field, the closer match keeps it
    // (an exact name before a partial one, a longer one before a shorter, then the first).
    explicit HeaderMapping(const QStringList &headers);

    qsizetype columnCount() const { return m_headers.size(); }
    const QStringList &headers() const { return m_headers; }
    ImportField field(qsizetype column) const;
    // Gives a column a field; the column that held the field before is ignored from then on.
    void setField(qsizetype column, ImportField field);
    // The column holding field, or -1.
    qsizetype column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }

    // Percent when the field's header says so ("engagement_rate_pct", "ER (%)", "درصد").
    ValueParser::PercentUnit percentUnit(ImportField field) const;
    // A currency named in brackets in the field's header: "Giá (VNĐ)", "Fee [USD]", "قیمت (تومان)".
    std::optional<CurrencyUnit> headerCurrency(ImportField field) const;
    // The language most recognised headers are written in (Vietnamese, Indonesian, Persian,
    // English), AnyLanguage when none or a tie: a hint for the file's numbers and currency.
    QLocale::Language language() const { return m_language; }
    // The decimal mark the import settled on (CandidateImport::preview, from the file's own
    // values first), carried so that the import reads numbers as its preview did.
    std::optional<DecimalMark> decimalMark() const { return m_decimalMark; }
    void setDecimalMark(DecimalMark mark) { m_decimalMark = mark; }

    // Whether rows can be imported: a name or a handle column is needed, and a follower
    // count column. Empty when so, else the reason, said for the marketer.
    QString missing() const;

    // Further niche columns ("Category 2" beside "Category 1"): merged into the niches.
    const QList<qsizetype> &extraNicheColumns() const { return m_extraNiches; }
    // The platform the headers name ("Tiktoker name", "Youtube channel", "IG") when those
    // that name one all name the same; else empty.
    std::optional<Platform> headerPlatform() const;

    // Reads the first rows of the file: where the headers leave open which identity column
    // holds the display name and which the account ("Tiktoker name" and "Tiktok name"), the
    // values decide (handles hold no spaces); and how each column writes its numbers.
    void settle(const QList<QStringList> &rows, DecimalMark mark);
    // Whether the sample showed the column holding field: its numbers are counts ("383.1K"
    // engagements per post, not a rate), or (nearly) all shares of one ("0.034").
    bool holdsCounts(ImportField field) const { return shape(field).counts; }
    bool holdsShares(ImportField field) const { return shape(field).shares; }
    bool sampled(ImportField field) const { return shape(field).numbers > 0; }

    // The field a header names, or Ignored. score (when given) grows with how closely it
    // matched: 0 for none. ambiguous: whether the header names an identity column without
    // saying whether it holds the display name or the account ("Youtuber", "channel").
    static ImportField recognise(const QString &header, int *score = nullptr,
                                 QLocale::Language *language = nullptr, bool *ambiguous = nullptr);

private:
    struct Shape
    {
        int values = 0;  // cells with a value in the sample
        int spaced = 0;  // of them, holding a space
        int numbers = 0; // of them, read as a number
        bool counts = false;
        bool shares = false;
    };
    Shape shape(ImportField field) const;
    Shape measure(qsizetype column, const QList<QStringList> &rows, const ValueParser &parser) const;
    void settleIdentity();

    QStringList m_headers;
    QList<ImportField> m_fields;
    QLocale::Language m_language = QLocale::AnyLanguage;
    std::optional<DecimalMark> m_decimalMark;
    QList<qsizetype> m_extraNiches;
    QList<qsizetype> m_identity; // columns whose header names the candidate: name or account
    QList<bool> m_ambiguous;     // per column
    QList<Shape> m_shapes;       // per column, after settle()
};

} // namespace planner
