#include "storage/savedviewstore.h"

#include "storage/candidatesql.h"
#include "storage/database.h"
#include "storage/storewrite.h"
#include "text/localformat.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

QString columnsText(const QStringList &columns)
{
    return columns.join(QLatin1Char('|'));
}

} // namespace

SavedViewStore::SavedViewStore(Database &database)
    : m_database(database)
{
}

QList<SavedView> SavedViewStore::all(Error *error) const
{
    QList<SavedView> views;
    QSqlQuery query(m_database.connection());
    if (!StoreWrite::read(m_database, query,
                          QStringLiteral("SELECT id, name, seed_key, filter, sort_key, descending, columns"
                                         " FROM saved_views ORDER BY seed_key = '', name, id"),
                          {}, tr("Reading the saved views"), error))
        return views;
    while (query.next()) {
        SavedView view;
        view.id = query.value(0).toLongLong();
        view.name = query.value(1).toString();
        view.seedKey = query.value(2).toString();
        QString reason;
        const auto filter = SavedView::filterFromJson(
            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(), &reason);
        const auto sortKey = sortKeyFromName(query.value(4).toString());
        if (!filter || !sortKey) {
            if (error && error->isEmpty())
                error->message = tr("The saved view “%1” cannot be read: %2")
                                     .arg(displayName(view), reason.isEmpty() ? tr("unknown sort column") : reason);
            continue;
        }
        view.filter = *filter;
        view.sort = CandidateSort{*sortKey, query.value(5).toInt() != 0};
        view.columns = query.value(6).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        views.append(view);
    }
    return views;
}

std::optional<qint64> SavedViewStore::save(const SavedView &view, Error *error)
{
    const QString name = view.name.trimmed();
    if (name.isEmpty() && view.seedKey.isEmpty()) {
        Error::refuse(error, QStringLiteral("name"), tr("Name"), tr("A saved view needs a name."));
        return std::nullopt;
    }
    StoreWrite write(m_database, tr("Saving the view “%1”").arg(name), error);
    const QString filter = QString::fromUtf8(QJsonDocument(view.filterJson()).toJson(QJsonDocument::Compact));
    const QVariantList values{CandidateSql::textValue(name), CandidateSql::textValue(view.seedKey), filter,
                              sortKeyName(view.sort.key), view.sort.descending ? 1 : 0,
                              CandidateSql::textValue(columnsText(view.columns))};
    if (!name.isEmpty())
        write.exec(QStringLiteral("DELETE FROM saved_views WHERE name = ?"), {name}, StoreWrite::Rows::Any);
    if (view.id > 0 && name.isEmpty())
        write.exec(QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {view.id}, StoreWrite::Rows::Any);
    write.exec(QStringLiteral("INSERT INTO saved_views (name, seed_key, filter, sort_key, descending, columns)"
                              " VALUES (?, ?, ?, ?, ?, ?)"),
               values);
    const qint64 id = write.lastInsertId();
    if (!write.commit())
        return std::nullopt;
    return id;
}

bool SavedViewStore::remove(qint64 id, Error *error)
{
    StoreWrite write(m_database, tr("Deleting a saved view"), error);
    write.exec(QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
    return write.commit();
}

QString SavedViewStore::displayName(const SavedView &view)
{
    if (!view.name.isEmpty())
        return view.name;
    if (view.seedKey == QLatin1String("small_engaged"))
        //: A saved view that comes with new files; %1 a percentage (3%)
        return tr("Nano and micro, engagement %1 or more").arg(LocalFormat::percent(3));
    if (view.seedKey == QLatin1String("real_audience"))
        //: A saved view that comes with new files; %1 a percentage (80%)
        return tr("At least %1 real followers").arg(LocalFormat::percent(80));
    if (view.seedKey == QLatin1String("best_fit"))
        return tr("Best goal fit first");
    if (view.seedKey == QLatin1String("large_reach"))
        return tr("Macro and mega, largest first");
    return view.seedKey;
}

} // namespace planner
