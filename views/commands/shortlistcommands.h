#pragma once

#include "domain/campaign.h"
#include "commands/candidatecommands.h"
#include "domain/shortlistentry.h"

#include <QList>
#include <QUndoCommand>

namespace planner {

class CampaignStore;

// Undoable edits of campaigns and shortlists. The commands find a campaign by its id, so a
// colleague's renaming is a change of theirs (refused as a conflict, RowVersion), not a
// campaign gone; only when that id is gone (an undo made the campaign again, under another
// id) by its (unique) name. An entry is found by campaign, candidate, platform and format.
class CampaignCommand : public StoreCommand
{
public:
    CampaignCommand(CampaignStore *store, ErrorSink sink);

protected:
    // The campaign stored under id, else the one called name; 0 when neither is there.
    qint64 campaignIdOf(qint64 id, const QString &name) const;
    // The stored entry with the same campaign, candidate, platform and format, if any.
    std::optional<ShortlistEntry> stored(const QString &campaignName, const ShortlistEntry &entry) const;
    bool restoreEntries(qint64 campaignId, const QString &campaignName, const QList<ShortlistEntry> &entries,
                        Error *error);

    CampaignStore *m_store;
};

class CreateCampaignCommand : public CampaignCommand
{
public:
    CreateCampaignCommand(CampaignStore *store, const Campaign &campaign, ErrorSink sink);
    void redo() override;
    void undo() override;
    qint64 campaignId() const { return m_id; }

private:
    Campaign m_campaign;
    qint64 m_id = 0;
};

class EditCampaignCommand : public CampaignCommand
{
public:
    EditCampaignCommand(CampaignStore *store, const Campaign &before, const Campaign &after, ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    bool apply(const Campaign &from, const Campaign &to);
    Campaign m_before;
    Campaign m_after;
    RowClaim m_claim;
};

class DeleteCampaignCommand : public CampaignCommand
{
public:
    DeleteCampaignCommand(CampaignStore *store, const Campaign &campaign,
                          const QList<ShortlistEntry> &entries, ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    Campaign m_campaign;
    QList<ShortlistEntry> m_entries;
};

// An entry put on the shortlist or taken off it: one command either way round, so that
// adding and removing (and their undos) are the same two steps.
class EntryMembershipCommand : public CampaignCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    EntryMembershipCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &entry,
                           bool adds, ErrorSink sink);

private:
    void setOnShortlist(bool on);
    QString m_campaignName;
    ShortlistEntry m_entry;
    bool m_adds;
};

class AddEntryCommand : public EntryMembershipCommand
{
public:
    AddEntryCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &entry,
                    const QString &candidateName, ErrorSink sink);
};

class RemoveEntryCommand : public EntryMembershipCommand
{
public:
    RemoveEntryCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &entry,
                       const QString &candidateName, ErrorSink sink);
};

class EditEntryCommand : public CampaignCommand
{
public:
    EditEntryCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &before,
                     const ShortlistEntry &after, const QString &candidateName, ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    bool apply(const ShortlistEntry &from, const ShortlistEntry &to);
    QString m_campaignName;
    ShortlistEntry m_before;
    ShortlistEntry m_after;
    RowClaim m_claim;
};

// Puts a suggested shortlist in place of the unlocked entries; undo brings the old ones back.
// Each claims the shortlist as it was read, then as its own last step left it (ShortlistClaim):
// when a colleague changed the campaign or an unlocked entry in between, it is refused.
class ReplaceShortlistCommand : public CampaignCommand
{
public:
    // campaign and before as read when the suggestion was made.
    ReplaceShortlistCommand(CampaignStore *store, const Campaign &campaign,
                            const QList<ShortlistEntry> &before, const QList<ShortlistEntry> &after,
                            ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    bool apply(const QList<ShortlistEntry> &entries);
    Campaign m_campaign;
    QList<ShortlistEntry> m_before;
    QList<ShortlistEntry> m_after;
    // The entries the last step found or left, claimed by the next.
    QList<ShortlistEntry> m_left;
};

} // namespace planner
