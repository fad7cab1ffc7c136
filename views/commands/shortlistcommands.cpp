#include "commands/shortlistcommands.h"

#include "domain/changedfields.h"
#include "storage/campaignstore.h"
#include "storage/rowversion.h"
#include "storage/shortlistclaim.h"
#include "text/localformat.h"

#include <QCoreApplication>

namespace planner {

namespace {

// The name is isolated: a Persian name keeps its own direction inside an English or
// Vietnamese menu text, and a right-to-left override typed into a name ends with it.
QString commandText(const char *text, const QString &name)
{
    return QCoreApplication::translate("planner::CampaignCommand", text).arg(LocalFormat::isolated(name));
}

Error missing(const QString &what)
{
    return Error{QString(), QCoreApplication::translate("planner::CampaignCommand",
                                                        "“%1” is no longer in this file.").arg(what)};
}

bool sameKey(const ShortlistEntry &a, const ShortlistEntry &b)
{
    return a.candidateId == b.candidateId && a.platform == b.platform && a.format == b.format;
}

} // namespace

CampaignCommand::CampaignCommand(CampaignStore *store, ErrorSink sink)
    : StoreCommand(std::move(sink))
    , m_store(store)
{
}

qint64 CampaignCommand::campaignIdOf(qint64 id, const QString &name) const
{
    if (id > 0 && m_store->find(id))
        return id;
    const auto campaign = m_store->findByName(name);
    return campaign ? campaign->id : 0;
}

std::optional<ShortlistEntry> CampaignCommand::stored(const QString &campaignName,
                                                      const ShortlistEntry &entry) const
{
    const qint64 campaignId = campaignIdOf(entry.campaignId, campaignName);
    if (campaignId == 0)
        return std::nullopt;
    for (const ShortlistEntry &candidate : m_store->entries(campaignId)) {
        if (sameKey(candidate, entry))
            return candidate;
    }
    return std::nullopt;
}

bool CampaignCommand::restoreEntries(qint64 campaignId, const QString &campaignName,
                                     const QList<ShortlistEntry> &entries, Error *error)
{
    const qint64 id = campaignIdOf(campaignId, campaignName);
    for (ShortlistEntry entry : entries) {
        entry.id = 0;
        entry.campaignId = id;
        if (!m_store->addEntry(entry, error))
            return false;
    }
    return true;
}

CreateCampaignCommand::CreateCampaignCommand(CampaignStore *store, const Campaign &campaign, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_campaign(campaign)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "create campaign “%1”"), campaign.name));
}

void CreateCampaignCommand::redo()
{
    Error error;
    Campaign fresh = m_campaign;
    fresh.id = 0;
    const auto id = m_store->create(fresh, &error);
    m_id = id.value_or(0);
    report(id.has_value(), error);
}

void CreateCampaignCommand::undo()
{
    Error error;
    const qint64 id = campaignIdOf(m_id, m_campaign.name);
    report(id > 0 && m_store->remove(id, &error), id > 0 ? error : missing(m_campaign.name));
}

EditCampaignCommand::EditCampaignCommand(CampaignStore *store, const Campaign &before,
                                         const Campaign &after, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_before(before)
    , m_after(after)
    , m_claim(before.id, before.version)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "edit campaign “%1”"), after.name));
}

bool EditCampaignCommand::apply(const Campaign &from, const Campaign &to)
{
    Error error;
    const qint64 id = campaignIdOf(from.id, from.name);
    const std::optional<Campaign> stored = id > 0 ? m_store->find(id) : std::nullopt;
    Campaign changed = to;
    changed.id = stored ? stored->id : 0;
    changed.version = stored ? m_claim.versionFor(stored->id, stored->version) : 0;
    const bool ok = stored && m_store->update(changed, &error);
    if (ok)
        m_claim.written();
    report(ok, stored ? RowVersion::withWhatChanged(error, ChangedFields::between(from, *stored)) : missing(from.name));
    return ok;
}

void EditCampaignCommand::redo() { apply(m_before, m_after); }
void EditCampaignCommand::undo() { apply(m_after, m_before); }

DeleteCampaignCommand::DeleteCampaignCommand(CampaignStore *store, const Campaign &campaign,
                                             const QList<ShortlistEntry> &entries, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_campaign(campaign)
    , m_entries(entries)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "delete campaign “%1”"), campaign.name));
}

void DeleteCampaignCommand::redo()
{
    Error error;
    const qint64 id = campaignIdOf(m_campaign.id, m_campaign.name);
    report(id > 0 && m_store->remove(id, &error), id > 0 ? error : missing(m_campaign.name));
}

void DeleteCampaignCommand::undo()
{
    Error error;
    Campaign fresh = m_campaign;
    fresh.id = 0;
    const auto id = m_store->create(fresh, &error);
    m_campaign.id = id.value_or(0); // made again under another id
    const bool ok = id && restoreEntries(*id, m_campaign.name, m_entries, &error);
    report(ok, error);
}

EntryMembershipCommand::EntryMembershipCommand(CampaignStore *store, const QString &campaignName,
                                               const ShortlistEntry &entry, bool adds, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_campaignName(campaignName)
    , m_entry(entry)
    , m_adds(adds)
{
}

void EntryMembershipCommand::redo()
{
    setOnShortlist(m_adds);
}

void EntryMembershipCommand::undo()
{
    setOnShortlist(!m_adds);
}

void EntryMembershipCommand::setOnShortlist(bool on)
{
    Error error;
    if (on) {
        report(restoreEntries(m_entry.campaignId, m_campaignName, {m_entry}, &error), error);
        return;
    }
    const auto entry = stored(m_campaignName, m_entry);
    report(entry && m_store->removeEntry(entry->id, &error), entry ? error : missing(m_campaignName));
}

AddEntryCommand::AddEntryCommand(CampaignStore *store, const QString &campaignName,
                                 const ShortlistEntry &entry, const QString &candidateName, ErrorSink sink)
    : EntryMembershipCommand(store, campaignName, entry, true, std::move(sink))
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "add “%1” to the shortlist"),
                        candidateName));
}

RemoveEntryCommand::RemoveEntryCommand(CampaignStore *store, const QString &campaignName,
                                       const ShortlistEntry &entry, const QString &candidateName,
                                       ErrorSink sink)
    : EntryMembershipCommand(store, campaignName, entry, false, std::move(sink))
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "remove “%1” from the shortlist"),
                        candidateName));
}

EditEntryCommand::EditEntryCommand(CampaignStore *store, const QString &campaignName,
                                   const ShortlistEntry &before, const ShortlistEntry &after,
                                   const QString &candidateName, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_campaignName(campaignName)
    , m_before(before)
    , m_after(after)
    , m_claim(before.id, before.version)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "change “%1” on the shortlist"),
                        candidateName));
}

bool EditEntryCommand::apply(const ShortlistEntry &from, const ShortlistEntry &to)
{
    Error error;
    const auto entry = stored(m_campaignName, from);
    ShortlistEntry changed = to;
    if (entry) {
        changed.id = entry->id;
        changed.campaignId = entry->campaignId;
        changed.version = m_claim.versionFor(entry->id, entry->version);
    }
    const bool ok = entry && m_store->updateEntry(changed, &error);
    if (ok)
        m_claim.written();
    report(ok, entry ? RowVersion::withWhatChanged(error, ChangedFields::between(from, *entry)) : missing(m_campaignName));
    return ok;
}

void EditEntryCommand::redo() { apply(m_before, m_after); }
void EditEntryCommand::undo() { apply(m_after, m_before); }

ReplaceShortlistCommand::ReplaceShortlistCommand(CampaignStore *store, const Campaign &campaign,
                                                 const QList<ShortlistEntry> &before,
                                                 const QList<ShortlistEntry> &after, ErrorSink sink)
    : CampaignCommand(store, std::move(sink))
    , m_campaign(campaign)
    , m_before(before)
    , m_after(after)
    , m_left(before)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CampaignCommand", "suggest a shortlist for “%1”"),
                        campaign.name));
}

bool ReplaceShortlistCommand::apply(const QList<ShortlistEntry> &entries)
{
    Error error;
    const qint64 id = campaignIdOf(m_campaign.id, m_campaign.name);
    QList<ShortlistEntry> unlocked;
    for (ShortlistEntry entry : entries) {
        if (entry.locked)
            continue;
        entry.id = 0;
        entry.campaignId = id;
        unlocked << entry;
    }
    // A campaign made again by an undo (another id) is a new row: nothing of it was read.
    const ShortlistClaim claim = id == m_campaign.id ? ShortlistClaim(m_campaign, m_left) : ShortlistClaim();
    const bool ok = id > 0 && m_store->replaceUnlocked(id, unlocked, claim, &error);
    if (ok) {
        m_campaign.id = id;
        m_left = m_store->entries(id);
    }
    report(ok, id > 0 ? error : missing(m_campaign.name));
    return ok;
}

void ReplaceShortlistCommand::redo() { apply(m_after); }
void ReplaceShortlistCommand::undo() { apply(m_before); }

} // namespace planner
