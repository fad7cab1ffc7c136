#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// Shared lookups for the enums stored by a lowercase key (kinds, platforms, tiers).
template<typename Enum>
std::optional<Enum> enumFromKey(const QList<Enum> &all, QString (*keyOf)(Enum), const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (Enum value : all) {
        if (keyOf(value) == wanted)
            return value;
    }
    return std::nullopt;
}

template<typename Enum>
QStringList enumKeys(const QList<Enum> &all, QString (*keyOf)(Enum))
{
    QStringList keys;
    for (Enum value : all)
        keys << keyOf(value);
    return keys;
}

} // namespace planner
