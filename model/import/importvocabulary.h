#pragma once

#include "domain/candidatekind.h"
#include "domain/platform.h"

#include <QLocale>
#include <QString>
#include <QStringView>
#include <optional>

namespace planner {

// A currency as a file names it: the ISO code stored, and how many of its units one unit
// written is worth (a toman is 10 rials; the program keeps rials).
struct CurrencyUnit
{
    QString code;
    int factor = 1;

    bool operator==(const CurrencyUnit &other) const
    {
        return code == other.code && factor == other.factor;
    }
};

// The words people and platform exports write for values, in English, Vietnamese, Indonesian
// and Persian: platforms, kinds, niches, countries, currencies and number words. Matching
// ignores case, accents, spaces, dots, dashes and the zero-width non-joiner, so "Tik Tok",
// "TikTok" and "تیک‌تاک" are one word.
class ImportVocabulary
{
public:
    // The form words are compared in.
    static QString key(QStringView text);

    static std::optional<Platform> platform(QStringView text);
    static std::optional<CandidateKind> kind(QStringView text);
    // The power of ten a number word stands for: "k", "rb", "nghìn", "هزار" 3; "M", "jt",
    // "triệu", "tr", "میلیون" 6; "B", "miliar", "tỷ", "میلیارد" 9. Indonesian writes "M" for
    // miliar in money too; platform exports, where "1.2M" followers are common, mean
    // million, and so does the program: write "miliar" for 10^9 rupiah.
    static std::optional<int> numberWordPower(QStringView word);
    // A currency by symbol, code or name: "₫", "đ", "VND", "đồng"; "Rp", "rupiah"; "$",
    // "USD"; "ریال", "﷼", "IRR"; "تومان", "toman", "IRT" (10 rials); any other ISO 4217
    // code in capitals ("AUD", "KWD") or a symbol that names one currency ("₽", "€", "R$").
    static std::optional<CurrencyUnit> currency(QStringView word);
    // The currency a file whose headers are written in language means when it names none:
    // VND in Vietnamese, IDR in Indonesian; none in the other languages.
    static std::optional<CurrencyUnit> languageCurrency(QLocale::Language language);
    // The program's niche key ("beauty") for a niche word in any of the languages; else the
    // word itself in lower case.
    static QString nicheKey(QStringView word);
    // The ISO 3166 code ("VN", "ID-JK") of a country or big city, or a code as given
    // (upper case); else the text as typed.
    static QString regionCode(QStringView word);
};

} // namespace planner
