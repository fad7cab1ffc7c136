#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>
#include <utility>

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

// An enum's values in the order the interface lists them, each with its stable lowercase
// key (the database, the CLI and CSV store the key). The keyed enums of the domain keep
// theirs in domain/enumkeys.cpp, one table each, and their key functions read it.
template<typename Enum>
class EnumKeyTable
{
public:
    EnumKeyTable(std::initializer_list<std::pair<Enum, const char *>> entries)
    {
        for (const auto &[value, key] : entries) {
            m_values << value;
            m_keys << QString::fromLatin1(key);
        }
    }

    const QList<Enum> &values() const { return m_values; }
    const QStringList &keys() const { return m_keys; }
    QString key(Enum value) const
    {
        const qsizetype index = m_values.indexOf(value);
        return index < 0 ? QString() : m_keys.at(index);
    }
    // The value of a key, in any case and with spaces around it.
    std::optional<Enum> fromKey(const QString &key) const
    {
        const qsizetype index = m_keys.indexOf(key.trimmed().toLower());
        return index < 0 ? std::nullopt : std::optional<Enum>(m_values.at(index));
    }

private:
    QList<Enum> m_values;
    QStringList m_keys;
};

} // namespace planner
