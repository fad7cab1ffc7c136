#include "domain/currencycode.h"

namespace planner {

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c.unicode() < u'A' || c.unicode() > u'Z')
            return false;
    }
    return true;
}

} // namespace planner
