#include "domain/currencycode.h"

#include "domain/currencytable.h"

namespace planner {

bool isCurrencyCode(QStringView code)
{
    return code.size() == 3 && CurrencyTable::isCode(code);
}

} // namespace planner
