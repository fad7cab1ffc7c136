#include "commands/candidatecommands.h"

#include "domain/changedfields.h"
#include "storage/campaignstore.h"
#include "storage/rowversion.h"
#include "storage/candidatestore.h"
#include "text/localformat.h"

#include <QCoreApplication>

namespace planner {

namespace {

// Channel ids are not kept across undo: a deleted id may have been given out again.
Candidate withoutChannelIds(Candidate candidate)
{
    for (Channel &channel : candidate.channels)
        channel.id = 0;
    return candidate;
}

// The name is isolated: a Persian name keeps its own direction inside an English or
// Vietnamese menu text, and a right-to-left override typed into a name ends with it.
QString commandText(const char *text, const QString &name)
{
    return QCoreApplication::translate("planner::CandidateCommand", text).arg(LocalFormat::isolated(name));
}

} // namespace

bool pushUndoable(QUndoStack *stack, QUndoCommand *command)
{
    stack->push(command);
    return stack->count() > 0 && stack->command(stack->index() - 1) == command;
}

CandidateCommand::CandidateCommand(CandidateStore *store, ErrorSink sink)
    : StoreCommand(std::move(sink))
    , m_store(store)
{
}

qint64 CandidateCommand::restore(Candidate candidate, Error *error)
{
    candidate = withoutChannelIds(candidate);
    if (const auto id = m_store->add(candidate, error))
        return *id;
    candidate.id = 0;
    *error = Error();
    return m_store->add(candidate, error).value_or(0);
}

AddCandidateCommand::AddCandidateCommand(CandidateStore *store, const Candidate &candidate,
                                         ErrorSink sink)
    : CandidateCommand(store, std::move(sink))
    , m_candidate(withoutChannelIds(candidate))
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CandidateCommand", "add “%1”"), candidate.name));
}

void AddCandidateCommand::redo()
{
    Error error;
    const qint64 id = m_candidate.id > 0 ? restore(m_candidate, &error)
                                         : m_store->add(m_candidate, &error).value_or(0);
    if (id > 0)
        m_candidate.id = id;
    report(id > 0, error);
}

void AddCandidateCommand::undo()
{
    Error error;
    report(m_store->remove(m_candidate.id, &error), error);
}

EditCandidateCommand::EditCandidateCommand(CandidateStore *store, const Candidate &before,
                                           const Candidate &after, ErrorSink sink)
    : CandidateCommand(store, std::move(sink))
    , m_before(withoutChannelIds(before))
    , m_after(withoutChannelIds(after))
    , m_claim(before.id, before.version)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CandidateCommand", "edit “%1”"), after.name));
}

void EditCandidateCommand::redo()
{
    write(m_before, m_after);
}

void EditCandidateCommand::undo()
{
    write(m_after, m_before);
}

void EditCandidateCommand::write(const Candidate &from, Candidate to)
{
    Error error;
    const std::optional<Candidate> stored = m_store->find(to.id);
    to.version = m_claim.versionFor(to.id, stored ? stored->version : 0);
    const bool ok = m_store->update(to, &error);
    if (ok)
        m_claim.written();
    report(ok, RowVersion::withWhatChanged(error, stored ? ChangedFields::between(from, *stored) : QStringList()));
}

RemoveCandidateCommand::RemoveCandidateCommand(CandidateStore *store, CampaignStore *campaigns,
                                               const Candidate &candidate, ErrorSink sink)
    : CandidateCommand(store, std::move(sink))
    , m_campaigns(campaigns)
    , m_candidate(candidate)
{
    setText(commandText(QT_TRANSLATE_NOOP("planner::CandidateCommand", "delete “%1”"), candidate.name));
}

void RemoveCandidateCommand::redo()
{
    Error error;
    m_entries = m_campaigns ? m_campaigns->entriesOfCandidate(m_candidate.id) : QList<ShortlistEntry>();
    report(m_store->remove(m_candidate.id, &error), error);
}

void RemoveCandidateCommand::undo()
{
    Error error;
    const qint64 id = restore(m_candidate, &error);
    if (id > 0)
        m_candidate.id = id;
    const bool ok = id > 0 && (!m_campaigns || m_campaigns->restoreEntries(m_entries, id, &error));
    report(ok, error);
}

} // namespace planner
