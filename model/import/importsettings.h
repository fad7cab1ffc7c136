#pragma once

#include "domain/candidatekind.h"
#include "csv/csvdialect.h"
#include "domain/decimalnumber.h"
#include "import/importvocabulary.h"
#include "domain/platform.h"

#include <QLocale>
#include <optional>

namespace planner {

// What a candidate already stored (same platform and handle) becomes when a file lists it again.
enum class DuplicatePolicy { Skip, Update };

// The choices of one import: how the file is written where it cannot tell, what to do with
// candidates already stored, and the values of columns the file lacks.
struct ImportSettings
{
    CsvDialect dialect;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // The file's decimal mark; when empty, the headers' language tells (Vietnamese and
    // Indonesian: ','), else the marketer's locale.
    std::optional<DecimalMark> decimalMark;
    // The currency of fees written without one; when empty: a currency column, a currency
    // in the fee column's header, else đồng for Vietnamese headers and rupiah for Indonesian
    // ones. Persian files say rial or toman themselves: neither is assumed.
    std::optional<CurrencyUnit> currency;
    CandidateKind defaultKind = CandidateKind::Influencer;
    // The platform of rows that do not say it themselves (no platform cell, no profile link,
    // no header naming a platform): the marketer's choice. Empty: such rows are not imported,
    // and a file where nothing says the platform is refused (never a silent default).
    std::optional<Platform> platform;
    QLocale locale;
};

} // namespace planner
