#include "text/displaynames.h"

namespace planner {

QString DisplayNames::kind(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::Creator: return tr("Content creator");
    case CandidateKind::Influencer: return tr("Influencer");
    //: Key opinion leader
    case CandidateKind::Kol: return tr("KOL");
    //: Key opinion consumer
    case CandidateKind::Koc: return tr("KOC");
    }
    return {};
}

QString DisplayNames::kindPlural(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::Creator: return tr("Content creators");
    case CandidateKind::Influencer: return tr("Influencers");
    //: Key opinion leaders
    case CandidateKind::Kol: return tr("KOLs");
    //: Key opinion consumers
    case CandidateKind::Koc: return tr("KOCs");
    }
    return {};
}

QString DisplayNames::tier(Tier tier)
{
    switch (tier) {
    //: Follower tier: up to 10,000 followers
    case Tier::Nano: return tr("Nano");
    //: Follower tier: 10,000 to 100,000 followers
    case Tier::Micro: return tr("Micro");
    //: Follower tier: 100,000 to 1,000,000 followers
    case Tier::Macro: return tr("Macro");
    //: Follower tier: over 1,000,000 followers
    case Tier::Mega: return tr("Mega");
    }
    return {};
}

QString DisplayNames::tier(const std::optional<Tier> &tier)
{
    //: Follower tier of a channel whose follower count is unknown
    return tier ? DisplayNames::tier(*tier) : tr("Unknown");
}

QString DisplayNames::platform(Platform platform)
{
    switch (platform) {
    case Platform::Instagram: return tr("Instagram");
    case Platform::TikTok: return tr("TikTok");
    case Platform::YouTube: return tr("YouTube");
    case Platform::Facebook: return tr("Facebook");
    //: The social network formerly called Twitter
    case Platform::X: return tr("X");
    case Platform::LinkedIn: return tr("LinkedIn");
    case Platform::Blog: return tr("Blog");
    case Platform::Podcast: return tr("Podcast");
    case Platform::Tv: return tr("TV");
    case Platform::Radio: return tr("Radio");
    //: Newspapers and magazines
    case Platform::Print: return tr("Print");
    }
    return {};
}

QString DisplayNames::goal(Goal goal)
{
    switch (goal) {
    //: Campaign goal: reach as many people as possible
    case Goal::Awareness: return tr("Awareness");
    //: Campaign goal: win the trust of a niche audience
    case Goal::NicheTrust: return tr("Niche trust");
    }
    return {};
}

QString DisplayNames::format(DeliverableFormat format)
{
    switch (format) {
    //: Deliverable: a feed post
    case DeliverableFormat::Post: return tr("Post");
    //: Deliverable: a 24-hour story
    case DeliverableFormat::Story: return tr("Story");
    case DeliverableFormat::Video: return tr("Video");
    //: Deliverable: a live stream
    case DeliverableFormat::Live: return tr("Live");
    //: Deliverable: an appearance on TV, radio or in print
    case DeliverableFormat::Appearance: return tr("Appearance");
    }
    return {};
}

QString DisplayNames::status(EntryStatus status)
{
    switch (status) {
    //: Shortlist status: not contacted yet
    case EntryStatus::Prospect: return tr("Prospect");
    case EntryStatus::Contacted: return tr("Contacted");
    case EntryStatus::Negotiating: return tr("Negotiating");
    case EntryStatus::Confirmed: return tr("Confirmed");
    case EntryStatus::Declined: return tr("Declined");
    }
    return {};
}

QStringList DisplayNames::knownNicheKeys()
{
    return {QStringLiteral("automotive"), QStringLiteral("beauty"),    QStringLiteral("education"),
            QStringLiteral("entertainment"), QStringLiteral("fashion"), QStringLiteral("finance"),
            QStringLiteral("fitness"),    QStringLiteral("food"),      QStringLiteral("gaming"),
            QStringLiteral("health"),     QStringLiteral("lifestyle"), QStringLiteral("music"),
            QStringLiteral("parenting"),  QStringLiteral("sports"),    QStringLiteral("tech"),
            QStringLiteral("travel")};
}

QString DisplayNames::niche(const QString &key)
{
    if (key == QLatin1String("automotive")) return tr("Automotive");
    if (key == QLatin1String("beauty")) return tr("Beauty");
    if (key == QLatin1String("education")) return tr("Education");
    if (key == QLatin1String("entertainment")) return tr("Entertainment");
    if (key == QLatin1String("fashion")) return tr("Fashion");
    if (key == QLatin1String("finance")) return tr("Finance");
    if (key == QLatin1String("fitness")) return tr("Fitness");
    if (key == QLatin1String("food")) return tr("Food");
    if (key == QLatin1String("gaming")) return tr("Gaming");
    if (key == QLatin1String("health")) return tr("Health");
    if (key == QLatin1String("lifestyle")) return tr("Lifestyle");
    if (key == QLatin1String("music")) return tr("Music");
    if (key == QLatin1String("parenting")) return tr("Parenting");
    if (key == QLatin1String("sports")) return tr("Sports");
    if (key == QLatin1String("tech")) return tr("Technology");
    if (key == QLatin1String("travel")) return tr("Travel");
    return key;
}

} // namespace planner
