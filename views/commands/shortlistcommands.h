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
class CampaignCommand : public QUndoCommand
{
public:
    CampaignCommand(CampaignStore *store, ErrorSink sink);
    bool failed() const { return m_failed; }

protected:
    void report(bool ok, const Error &error);
    qint64 campaignIdOf(const QString &name) const;
    // The stored entry with the same campaign, candidate, platform and format, if any.
    std::optional<ShortlistEntry> stored(const QString &campaignName, const ShortlistEntry &entry) const;
    bool restoreEntries(const QString &campaignName, const QList<ShortlistEntry> &entries, Error *error);

    CampaignStore *m_store;
    ErrorSink m_sink;
    bool m_failed = false;
    bool m_done = false;
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

class AddEntryCommand : public CampaignCommand
{
public:
    AddEntryCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &entry,
                    const QString &candidateName, ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    QString m_campaignName;
    ShortlistEntry m_entry;
};

class RemoveEntryCommand : public CampaignCommand
{
public:
    RemoveEntryCommand(CampaignStore *store, const QString &campaignName, const ShortlistEntry &entry,
                       const QString &candidateName, ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    QString m_campaignName;
    ShortlistEntry m_entry;
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
