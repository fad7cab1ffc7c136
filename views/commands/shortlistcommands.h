#pragma once

#include "domain/campaign.h"
#include "commands/candidatecommands.h"
#include "domain/shortlistentry.h"

#include <QList>
#include <QUndoCommand>

namespace planner {

class CampaignStore;

// Undoable edits of campaigns and shortlists. Stored ids change when an undo re-creates a
// row, so the commands find their rows again by what the marketer sees: a campaign by its
// (unique) name, an entry by campaign, candidate, platform and format.
class CampaignCommand : public StoreCommand
{
public:
    CampaignCommand(CampaignStore *store, ErrorSink sink);

protected:
    qint64 campaignIdOf(const QString &name) const;
    // The stored entry with the same campaign, candidate, platform and format, if any.
    std::optional<ShortlistEntry> stored(const QString &campaignName, const ShortlistEntry &entry) const;
    bool restoreEntries(const QString &campaignName, const QList<ShortlistEntry> &entries, Error *error);

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
class ReplaceShortlistCommand : public CampaignCommand
{
public:
    ReplaceShortlistCommand(CampaignStore *store, const QString &campaignName,
                            const QList<ShortlistEntry> &before, const QList<ShortlistEntry> &after,
                            ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    bool apply(const QList<ShortlistEntry> &entries);
    QString m_campaignName;
    QList<ShortlistEntry> m_before;
    QList<ShortlistEntry> m_after;
};

} // namespace planner
