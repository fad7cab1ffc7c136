#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace planner {

// A row of a label table: a stable key (a key word such as "beauty", or an enum value) and
// the English text the marketer reads for it. The table is a static array inside a member
// function of the class that says the label, its texts marked with QT_TR_NOOP, so that
// lupdate files them under that class's context as it did the class's own tr("Text").
template <typename Key>
struct KeyLabel
{
    Key key;
    const char *text;
};

namespace labeltable {

inline bool sameKey(const char *rowKey, const QString &key) { return key == QLatin1String(rowKey); }

template <typename Enum>
bool sameKey(Enum rowKey, Enum key)
{
    return rowKey == key;
}

} // namespace labeltable

// The text of key's row in table, translated in context (the class's tr() context, e.g.
// "DisplayNames"); fallback when no row holds key.
template <typename Key, typename Wanted, std::size_t N>
QString translatedLabel(const char *context, const KeyLabel<Key> (&table)[N], const Wanted &key,
                        const QString &fallback)
{
    for (const KeyLabel<Key> &row : table) {
        if (labeltable::sameKey(row.key, key))
            return QCoreApplication::translate(context, row.text);
    }
    return fallback;
}

} // namespace planner
