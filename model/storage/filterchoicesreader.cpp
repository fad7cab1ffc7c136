#include "storage/filterchoicesreader.h"

#include <QSqlQuery>

namespace planner {

FilterChoicesReader::FilterChoicesReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_background(databasePath, QStringLiteral("choices"))
{
}

void FilterChoicesReader::request()
{
    m_background.post([this] {
        const QSqlDatabase db = m_background.connection();
        emit read(valuesInUse(db, QStringLiteral("niches")), valuesInUse(db, QStringLiteral("regions")));
    });
}

QStringList FilterChoicesReader::valuesInUse(const QSqlDatabase &db, const QString &column)
{
    QStringList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // column is one of two fixed names, never user input.
    if (query.exec(QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM candidates"))) {
        while (query.next()) {
            const QStringList items = query.value(0).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &item : items) {
                if (!values.contains(item))
                    values << item;
            }
        }
    }
    values.sort();
    return values;
}

} // namespace planner
