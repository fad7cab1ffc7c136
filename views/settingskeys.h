#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace planner {

// One remembered setting: its key and its default written once, read and written with its
// own type.
template <typename T>
class SettingsKey
{
public:
    SettingsKey(const char *key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    {
    }

    T value() const
    {
        return QSettings().value(QLatin1String(m_key), QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(value)); }

private:
    const char *m_key;
    T m_default;
};

// Every setting the window remembers between runs (the last file is the model's own:
// DefaultDatabase).
namespace SettingsKeys {
inline const SettingsKey<QString> language{"ui/language"};
inline const SettingsKey<bool> toman{"ui/toman", false};
inline const SettingsKey<qint64> lastCampaign{"campaign/last", 0};
inline const SettingsKey<QByteArray> windowGeometry{"window/geometry"};
inline const SettingsKey<QByteArray> dockState{"window/state"};
inline const SettingsKey<QByteArray> candidateColumns{"window/candidateColumns"};
// The candidate list's share of the height. A key of its own since the list got the larger
// share: the old "window/splitter" mostly held the old even split, saved on closing by
// marketers who never moved it.
inline const SettingsKey<QByteArray> splitter{"window/listSplit"};
inline const SettingsKey<QByteArray> bottomSplitter{"window/bottomSplitter"};
inline const SettingsKey<bool> chartsShown{"window/charts", true};
// The size and place of a chart shown full size, and of Compare Candidates.
inline const SettingsKey<QByteArray> chartWindowGeometry{"window/chartGeometry"};
inline const SettingsKey<QByteArray> candidateComparisonGeometry{"window/compareCandidates"};
inline const SettingsKey<QByteArray> projectionQualityGeometry{"window/projectionQuality"};
} // namespace SettingsKeys

} // namespace planner
