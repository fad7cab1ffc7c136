#pragma once

#include <QStringList>
#include <QStringView>

namespace planner {

// The lists a cell holds: regions ("Vietnam; Indonesia", "Moscow, Russia") and niches
// ("beauty; fashion", "Cinema & Actors/actresses"). Items are split only on list
// separators: ';', '|', the Arabic comma '،', line breaks, ',' and a '/' with spaces on both
// sides; a '/' or '&' inside a name ("Actors/actresses") keeps it whole.
class ImportLists
{
public:
    // ISO 3166 codes, each once: "Spain, Brazil" ES, BR; "Moscow, Russia" RU (a city and
    // its country); "N/A", "Global" nothing.
    static QStringList regions(QStringView text);
    // The program's niche keys ("beauty") or the niches as written, in small letters, each
    // once; "N/A" and the like are no niche.
    static QStringList niches(QStringView text);

private:
    // The items of a list cell; commas too when withCommas.
    static QList<QStringView> split(QStringView text, bool withCommas);
};

} // namespace planner
