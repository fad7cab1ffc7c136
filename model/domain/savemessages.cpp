#include "domain/savemessages.h"

#include <QDir>

namespace planner {

SaveMessages::SaveMessages(const QString &path, Error *error)
    : m_shown(QDir::toNativeSeparators(path))
    , m_error(error)
{
}

bool SaveMessages::fail(const QString &message) const
{
    if (m_error)
        m_error->message = message;
    return false;
}

bool SaveMessages::writeFault(const QString &reason) const
{
    //: %1 the file, %2 the system's reason
    return fail(tr("“%1” could not be written: %2").arg(m_shown, reason));
}

bool SaveMessages::cancelled() const
{
    return fail(tr("The export was cancelled; “%1” was left as it was.").arg(m_shown));
}

bool SaveMessages::stopped(bool writerOk, const QString &writerError) const
{
    return writerOk ? cancelled() : writeFault(writerError);
}

} // namespace planner
