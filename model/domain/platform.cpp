#include "domain/platform.h"

#include "domain/enumkeys.h"

namespace planner {

const QList<Platform> &allPlatforms()
{
    static const QList<Platform> platforms{
        Platform::Instagram, Platform::TikTok, Platform::YouTube, Platform::Facebook,
        Platform::X,         Platform::LinkedIn, Platform::Blog,  Platform::Podcast,
        Platform::Tv,        Platform::Radio,  Platform::Print};
    return platforms;
}

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::Instagram: return QStringLiteral("instagram");
    case Platform::TikTok: return QStringLiteral("tiktok");
    case Platform::YouTube: return QStringLiteral("youtube");
    case Platform::Facebook: return QStringLiteral("facebook");
    case Platform::X: return QStringLiteral("x");
    case Platform::LinkedIn: return QStringLiteral("linkedin");
    case Platform::Blog: return QStringLiteral("blog");
    case Platform::Podcast: return QStringLiteral("podcast");
    case Platform::Tv: return QStringLiteral("tv");
    case Platform::Radio: return QStringLiteral("radio");
    case Platform::Print: return QStringLiteral("print");
    }
    return {};
}

std::optional<Platform> platformFromKey(const QString &key)
{
    return enumFromKey(allPlatforms(), &platformKey, key);
}

QStringList allPlatformKeys()
{
    return enumKeys(allPlatforms(), &platformKey);
}

bool isMassMedia(Platform platform)
{
    return platform == Platform::Tv || platform == Platform::Radio || platform == Platform::Print;
}

} // namespace planner
