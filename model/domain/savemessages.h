#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace planner {

// What an export that saves a file says when it does not: the file could not be written
// (and the system's reason), or the export was cancelled and the file left as it was. One
// wording for every format (CSV, .xlsx). Each call sets *error (when given) and returns
// false, so a save function can `return messages.writeFault(reason);`.
class SaveMessages
{
    Q_DECLARE_TR_FUNCTIONS(SaveMessages)

public:
    SaveMessages(const QString &path, Error *error);

    bool writeFault(const QString &reason) const;
    bool cancelled() const;
    // After the rows were not all written: a writer that failed says why, else it was a cancel.
    bool stopped(bool writerOk, const QString &writerError) const;

private:
    bool fail(const QString &message) const;

    QString m_shown; // the path as the system writes it
    Error *m_error;
};

} // namespace planner
