#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// Where a shortlist entry stands in the negotiation; declined entries count for nothing.
enum class EntryStatus { Prospect, Contacted, Negotiating, Confirmed, Declined };

// Stable lowercase key used in the database, the CLI and CSV ("confirmed").
QString entryStatusKey(EntryStatus value);
std::optional<EntryStatus> entryStatusFromKey(const QString &key);
QStringList allEntryStatusKeys();
const QList<EntryStatus> &allEntryStatuses();

} // namespace planner
