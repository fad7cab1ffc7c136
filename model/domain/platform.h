#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// Where a candidate reaches people: social platforms, own media, and mass media for KOLs.
enum class Platform { Instagram, TikTok, YouTube, Facebook, X, LinkedIn, Blog, Podcast, Tv, Radio, Print };

QString platformKey(Platform platform);
std::optional<Platform> platformFromKey(const QString &key);
QStringList allPlatformKeys();
const QList<Platform> &allPlatforms();
// Mass media count an audience per appearance rather than followers.
bool isMassMedia(Platform platform);

} // namespace planner
