#pragma once

#include <QStringView>

namespace planner {

// The one rule for a currency code everywhere (stores, validators, import, CLI): three
// capital Latin letters, as ISO 4217 writes them ("VND", "IDR", "IRR"). Callers that accept
// small letters make them capitals first.
bool isCurrencyCode(QStringView code);

} // namespace planner
