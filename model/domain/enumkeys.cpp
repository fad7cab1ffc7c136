#include "domain/enumkeys.h"

#include "domain/candidatekind.h"
#include "domain/deliverableformat.h"
#include "domain/entrystatus.h"
#include "domain/platform.h"
#include "domain/tier.h"

// The stable keys of the domain's stored enums, in one place: the database, the CLI and CSV
// read and write these words, so they never change and are never translated. Each table
// lists the values in the order the interface shows them; each enum's four key functions
// (all values, a value's key, a key's value, all keys) read its table.

namespace planner {

namespace {

const EnumKeyTable<CandidateKind> &kinds()
{
    static const EnumKeyTable<CandidateKind> table{
        {CandidateKind::Creator, "creator"}, {CandidateKind::Influencer, "influencer"},
        {CandidateKind::Kol, "kol"}, {CandidateKind::Koc, "koc"}};
    return table;
}

const EnumKeyTable<Tier> &tiers()
{
    static const EnumKeyTable<Tier> table{
        {Tier::Nano, "nano"}, {Tier::Micro, "micro"}, {Tier::Macro, "macro"}, {Tier::Mega, "mega"}};
    return table;
}

const EnumKeyTable<Platform> &platforms()
{
    static const EnumKeyTable<Platform> table{
        {Platform::Instagram, "instagram"}, {Platform::TikTok, "tiktok"},
        {Platform::YouTube, "youtube"},     {Platform::Facebook, "facebook"},
        {Platform::X, "x"},                 {Platform::LinkedIn, "linkedin"},
        {Platform::Blog, "blog"},           {Platform::Podcast, "podcast"},
        {Platform::Tv, "tv"},               {Platform::Radio, "radio"},
        {Platform::Print, "print"}};
    return table;
}

const EnumKeyTable<EntryStatus> &statuses()
{
    static const EnumKeyTable<EntryStatus> table{
        {EntryStatus::Prospect, "prospect"},       {EntryStatus::Contacted, "contacted"},
        {EntryStatus::Negotiating, "negotiating"}, {EntryStatus::Confirmed, "confirmed"},
        {EntryStatus::Declined, "declined"}};
    return table;
}

const EnumKeyTable<DeliverableFormat> &formats()
{
    static const EnumKeyTable<DeliverableFormat> table{
        {DeliverableFormat::Post, "post"}, {DeliverableFormat::Story, "story"},
        {DeliverableFormat::Video, "video"}, {DeliverableFormat::Live, "live"},
        {DeliverableFormat::Appearance, "appearance"}};
    return table;
}

} // namespace

const QList<CandidateKind> &allKinds() { return kinds().values(); }
QString kindKey(CandidateKind kind) { return kinds().key(kind); }
std::optional<CandidateKind> kindFromKey(const QString &key) { return kinds().fromKey(key); }
QStringList allKindKeys() { return kinds().keys(); }

const QList<Tier> &allTiers() { return tiers().values(); }
QString tierKey(Tier tier) { return tiers().key(tier); }
std::optional<Tier> tierFromKey(const QString &key) { return tiers().fromKey(key); }
QStringList allTierKeys() { return tiers().keys(); }

const QList<Platform> &allPlatforms() { return platforms().values(); }
QString platformKey(Platform platform) { return platforms().key(platform); }
std::optional<Platform> platformFromKey(const QString &key) { return platforms().fromKey(key); }
QStringList allPlatformKeys() { return platforms().keys(); }

const QList<EntryStatus> &allEntryStatuses() { return statuses().values(); }
QString entryStatusKey(EntryStatus value) { return statuses().key(value); }
std::optional<EntryStatus> entryStatusFromKey(const QString &key) { return statuses().fromKey(key); }
QStringList allEntryStatusKeys() { return statuses().keys(); }

const QList<DeliverableFormat> &allDeliverableFormats() { return formats().values(); }
QString deliverableFormatKey(DeliverableFormat value) { return formats().key(value); }
std::optional<DeliverableFormat> deliverableFormatFromKey(const QString &key) { return formats().fromKey(key); }
QStringList allDeliverableFormatKeys() { return formats().keys(); }

} // namespace planner
