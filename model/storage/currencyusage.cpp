#include "storage/currencyusage.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

QString CurrencyUsage::mostUsed(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ok = query.exec(QStringLiteral(
        "SELECT upper(currency) AS code, count(*) AS uses FROM ("
        " SELECT currency FROM channels WHERE fee_minor IS NOT NULL AND currency IS NOT NULL"
        " UNION ALL SELECT currency FROM campaigns) AS used"
        " WHERE length(trim(currency)) = 3 GROUP BY code ORDER BY uses DESC, code LIMIT 1"));
    if (!ok || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace planner
