#pragma once

#include "commands/rowclaim.h"
#include "commands/storecommand.h"
#include "domain/candidate.h"
#include "domain/shortlistentry.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace planner {

class CampaignStore;
class CandidateStore;

// Pushes a command, which performs it, and says whether it took: a command whose first
// redo failed marks itself obsolete, and the stack has already deleted it.
bool pushUndoable(QUndoStack *stack, QUndoCommand *command);

// Undoable edits of the candidate list.
class CandidateCommand : public StoreCommand
{
public:
    CandidateCommand(CandidateStore *store, ErrorSink sink);

protected:
    // Stores a candidate again under its old id where it is free, else under a new one.
    qint64 restore(Candidate candidate, Error *error);

    CandidateStore *m_store;
};

class AddCandidateCommand : public CandidateCommand
{
public:
    AddCandidateCommand(CandidateStore *store, const Candidate &candidate, ErrorSink sink);
    void redo() override;
    void undo() override;
    qint64 candidateId() const { return m_candidate.id; }

private:
    Candidate m_candidate;
};

class EditCandidateCommand : public CandidateCommand
{
public:
    EditCandidateCommand(CandidateStore *store, const Candidate &before, const Candidate &after,
                         ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    // Writes to over the row (which this command left as from), claiming the version its
    // own writes left (so that a colleague's change in between is refused, never undone).
    void write(const Candidate &from, Candidate to);

    Candidate m_before;
    Candidate m_after;
    RowClaim m_claim;
};

// Deleting a candidate takes their shortlist entries along (the schema cascades); undo
// puts the candidate and those entries back.
class RemoveCandidateCommand : public CandidateCommand
{
public:
    RemoveCandidateCommand(CandidateStore *store, CampaignStore *campaigns, const Candidate &candidate,
                           ErrorSink sink);
    void redo() override;
    void undo() override;

private:
    CampaignStore *m_campaigns; // may be null: no shortlists to keep
    Candidate m_candidate;
    QList<ShortlistEntry> m_entries; // as they were before the last redo
};

} // namespace planner
