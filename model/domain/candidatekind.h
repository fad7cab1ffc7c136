#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// The four kinds of people a marketer can pick, as the domain notes describe them.
enum class CandidateKind { Creator, Influencer, Kol, Koc };

// Stable lowercase English key, used in the database, the CLI and CSV ("kol").
QString kindKey(CandidateKind kind);
std::optional<CandidateKind> kindFromKey(const QString &key);
QStringList allKindKeys();
const QList<CandidateKind> &allKinds();

} // namespace planner
