#include "text/displaynames.h"

#include "text/labeltable.h"

namespace planner {

QString DisplayNames::kind(CandidateKind kind)
{
    static const KeyLabel<CandidateKind> labels[] = {
        {CandidateKind::Creator, QT_TR_NOOP("Content creator")},
        {CandidateKind::Influencer, QT_TR_NOOP("Influencer")},
        //: Key opinion leader
        {CandidateKind::Kol, QT_TR_NOOP("KOL")},
        //: Key opinion consumer
        {CandidateKind::Koc, QT_TR_NOOP("KOC")}};
    return translatedLabel("DisplayNames", labels, kind, {});
}

QString DisplayNames::kindPlural(CandidateKind kind)
{
    static const KeyLabel<CandidateKind> labels[] = {
        {CandidateKind::Creator, QT_TR_NOOP("Content creators")},
        {CandidateKind::Influencer, QT_TR_NOOP("Influencers")},
        //: Key opinion leaders
        {CandidateKind::Kol, QT_TR_NOOP("KOLs")},
        //: Key opinion consumers
        {CandidateKind::Koc, QT_TR_NOOP("KOCs")}};
    return translatedLabel("DisplayNames", labels, kind, {});
}

QString DisplayNames::tier(Tier tier)
{
    static const KeyLabel<Tier> labels[] = {
        //: Follower tier: up to 10,000 followers
        {Tier::Nano, QT_TR_NOOP("Nano")},
        //: Follower tier: 10,000 to 100,000 followers
        {Tier::Micro, QT_TR_NOOP("Micro")},
        //: Follower tier: 100,000 to 1,000,000 followers
        {Tier::Macro, QT_TR_NOOP("Macro")},
        //: Follower tier: over 1,000,000 followers
        {Tier::Mega, QT_TR_NOOP("Mega")}};
    return translatedLabel("DisplayNames", labels, tier, {});
}

QString DisplayNames::tier(const std::optional<Tier> &tier)
{
    //: Follower tier of a channel whose follower count is unknown
    return tier ? DisplayNames::tier(*tier) : tr("Unknown");
}

QString DisplayNames::platform(Platform platform)
{
    static const KeyLabel<Platform> labels[] = {
        {Platform::Instagram, QT_TR_NOOP("Instagram")}, {Platform::TikTok, QT_TR_NOOP("TikTok")},
        {Platform::YouTube, QT_TR_NOOP("YouTube")}, {Platform::Facebook, QT_TR_NOOP("Facebook")},
        //: The social network formerly called Twitter
        {Platform::X, QT_TR_NOOP("X")}, {Platform::LinkedIn, QT_TR_NOOP("LinkedIn")},
        {Platform::Blog, QT_TR_NOOP("Blog")}, {Platform::Podcast, QT_TR_NOOP("Podcast")},
        {Platform::Tv, QT_TR_NOOP("TV")}, {Platform::Radio, QT_TR_NOOP("Radio")},
        //: Newspapers and magazines
        {Platform::Print, QT_TR_NOOP("Print")}};
    return translatedLabel("DisplayNames", labels, platform, {});
}

QString DisplayNames::goal(Goal goal)
{
    static const KeyLabel<Goal> labels[] = {
        //: Campaign goal: reach as many people as possible
        {Goal::Awareness, QT_TR_NOOP("Awareness")},
        //: Campaign goal: win the trust of a niche audience
        {Goal::NicheTrust, QT_TR_NOOP("Niche trust")}};
    return translatedLabel("DisplayNames", labels, goal, {});
}

QString DisplayNames::format(DeliverableFormat format)
{
    static const KeyLabel<DeliverableFormat> labels[] = {
        //: Deliverable: a feed post
        {DeliverableFormat::Post, QT_TR_NOOP("Post")},
        //: Deliverable: a 24-hour story
        {DeliverableFormat::Story, QT_TR_NOOP("Story")}, {DeliverableFormat::Video, QT_TR_NOOP("Video")},
        //: Deliverable: a live stream
        {DeliverableFormat::Live, QT_TR_NOOP("Live")},
        //: Deliverable: an appearance on TV, radio or in print
        {DeliverableFormat::Appearance, QT_TR_NOOP("Appearance")}};
    return translatedLabel("DisplayNames", labels, format, {});
}

QString DisplayNames::status(EntryStatus status)
{
    static const KeyLabel<EntryStatus> labels[] = {
        //: Shortlist status: not contacted yet
        {EntryStatus::Prospect, QT_TR_NOOP("Prospect")}, {EntryStatus::Contacted, QT_TR_NOOP("Contacted")},
        {EntryStatus::Negotiating, QT_TR_NOOP("Negotiating")}, {EntryStatus::Confirmed, QT_TR_NOOP("Confirmed")},
        {EntryStatus::Declined, QT_TR_NOOP("Declined")}};
    return translatedLabel("DisplayNames", labels, status, {});
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
    static const KeyLabel<const char *> labels[] = {
        {"automotive", QT_TR_NOOP("Automotive")}, {"beauty", QT_TR_NOOP("Beauty")},
        {"education", QT_TR_NOOP("Education")}, {"entertainment", QT_TR_NOOP("Entertainment")},
        {"fashion", QT_TR_NOOP("Fashion")}, {"finance", QT_TR_NOOP("Finance")}, {"fitness", QT_TR_NOOP("Fitness")},
        {"food", QT_TR_NOOP("Food")}, {"gaming", QT_TR_NOOP("Gaming")}, {"health", QT_TR_NOOP("Health")},
        {"lifestyle", QT_TR_NOOP("Lifestyle")}, {"music", QT_TR_NOOP("Music")},
        {"parenting", QT_TR_NOOP("Parenting")}, {"sports", QT_TR_NOOP("Sports")},
        {"tech", QT_TR_NOOP("Technology")}, {"travel", QT_TR_NOOP("Travel")}};
    return translatedLabel("DisplayNames", labels, key, key);
}

} // namespace planner
