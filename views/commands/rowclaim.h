#pragma once

#include <QtGlobal>

namespace planner {

// The version an undoable edit claims for its row (RowVersion): the one it read, then the
// one each of its own writes left (one more). So an undo or redo of a row a colleague
// changed in between is refused, never written over their work. A row that was deleted and
// made again since (an undo of a deletion: another id, or the same id at a lower version)
// is a new row, and the version stored for it is taken.
class RowClaim
{
public:
    RowClaim(qint64 id, qint64 version);

    // The version to claim for the row stored under id at storedVersion.
    qint64 versionFor(qint64 id, qint64 storedVersion);
    // After a write that claimed versionFor() went through.
    void written();

private:
    qint64 m_id;
    qint64 m_version;
};

} // namespace planner
