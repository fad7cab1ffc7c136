#pragma once

#include <QStringView>

namespace planner {

// The one rule for a currency code everywhere (stores, validators, import, CLI): a current
// ISO 4217 code in capitals ("VND", "IDR", "IRR"; not "FOO"), as CurrencyTable knows them
// from ICU. Callers that accept small letters make them capitals first.
bool isCurrencyCode(QStringView code);

} // namespace planner
