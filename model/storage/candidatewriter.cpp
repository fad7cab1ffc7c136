#include "storage/candidatewriter.h"

#include "storage/candidatebulkwriter.h"
#include "storage/candidatecopywriter.h"
#include "storage/serveraddress.h"

#include <QHashFunctions>

namespace planner {

std::unique_ptr<CandidateWriter> CandidateWriter::forDatabase(const QString &path)
{
    if (ServerAddress::isServerUri(path))
        return std::make_unique<CandidateCopyWriter>(path);
    return std::make_unique<CandidateBulkWriter>(path);
}

quint64 CandidateWriter::fingerprint(Platform platform, QStringView handle)
{
    const QStringView bare = handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    return qHashMulti(0x9e3779b97f4a7c15ULL, int(platform), bare);
}

} // namespace planner
