#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// What a candidate delivers on a channel for one fee.
enum class DeliverableFormat { Post, Story, Video, Live, Appearance };

// Stable lowercase key used in the database, the CLI and CSV ("story").
QString deliverableFormatKey(DeliverableFormat value);
std::optional<DeliverableFormat> deliverableFormatFromKey(const QString &key);
QStringList allDeliverableFormatKeys();
const QList<DeliverableFormat> &allDeliverableFormats();

} // namespace planner
