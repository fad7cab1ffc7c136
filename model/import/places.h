#pragma once

#include <QString>
#include <QStringView>

namespace planner {

// Where a candidate's audience lives, as a file writes it, to an ISO 3166 code: country
// names in English, Vietnamese, Indonesian and Persian for every territory (QLocale's
// English names and ICU's names in vi, id, fa, so nothing is typed by hand but the common
// short forms "USA", "UK", "Mỹ", "آمریکا" and a few big cities), the codes themselves
// ("vn", "ID-JK"). Names are compared without case, accents, spaces or punctuation.
class Places
{
public:
    // "Spain" ES, "Tây Ban Nha" ES, "اسپانیا" ES, "Viet Nam" VN, "TP.HCM" VN-SG,
    // "Moscow, Russia" RU (a city the program does not know, then its country). Empty when
    // the text names no place: "N/A", "Global", "Moscow", "XX".
    static QString code(QStringView text);

private:
    static QString lookUp(QStringView text);
};

} // namespace planner
