#include "domain/entrystatus.h"

#include "domain/enumkeys.h"

namespace planner {

const QList<EntryStatus> &allEntryStatuses()
{
    static const QList<EntryStatus> values{EntryStatus::Prospect, EntryStatus::Contacted, EntryStatus::Negotiating, EntryStatus::Confirmed, EntryStatus::Declined};
    return values;
}

QString entryStatusKey(EntryStatus value)
{
    switch (value) {
    case EntryStatus::Prospect: return QStringLiteral("prospect");
    case EntryStatus::Contacted: return QStringLiteral("contacted");
    case EntryStatus::Negotiating: return QStringLiteral("negotiating");
    case EntryStatus::Confirmed: return QStringLiteral("confirmed");
    case EntryStatus::Declined: return QStringLiteral("declined");
    }
    return {};
}

std::optional<EntryStatus> entryStatusFromKey(const QString &key)
{
    return enumFromKey(allEntryStatuses(), &entryStatusKey, key);
}

QStringList allEntryStatusKeys()
{
    return enumKeys(allEntryStatuses(), &entryStatusKey);
}

} // namespace planner
