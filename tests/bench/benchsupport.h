#pragma once

// What the benchmarks share: the synthetic file of N candidates (made once, the same as
// `campaign-planner-cli generate` makes) and the peak memory of the process. path may also
// name a team database on a server (postgresql://...): filled when it holds no candidates.
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "demo/syntheticcandidates.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <fstream>
#include <string>

namespace planner::bench {

inline void makeDatabase(const QString &path, qint64 count)
{
    const bool server = ServerAddress::isServerUri(path);
    if (!server && QFileInfo::exists(path))
        return;
    QElapsedTimer timer;
    timer.start();
    Error error;
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", error.text().toLocal8Bit().constData());
        return;
    }
    CandidateStore store(*database);
    if (server && store.candidateCount() > 0)
        return;
    SyntheticCandidates generator;
    qint64 made = 0;
    store.addMany([&](Candidate &candidate) {
        if (made++ >= count)
            return false;
        candidate = generator.next();
        return true;
    });
    std::fprintf(stderr, "generated %lld candidates in %.1f s\n", static_cast<long long>(count),
                 timer.elapsed() / 1000.0);
}

inline long peakMemoryKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

} // namespace planner::bench
