#include "domain/candidatekind.h"

#include "domain/enumkeys.h"

namespace planner {

const QList<CandidateKind> &allKinds()
{
    static const QList<CandidateKind> kinds{CandidateKind::Creator, CandidateKind::Influencer,
                                            CandidateKind::Kol, CandidateKind::Koc};
    return kinds;
}

QString kindKey(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::Creator: return QStringLiteral("creator");
    case CandidateKind::Influencer: return QStringLiteral("influencer");
    case CandidateKind::Kol: return QStringLiteral("kol");
    case CandidateKind::Koc: return QStringLiteral("koc");
    }
    return {};
}

std::optional<CandidateKind> kindFromKey(const QString &key)
{
    return enumFromKey(allKinds(), &kindKey, key);
}

QStringList allKindKeys()
{
    return enumKeys(allKinds(), &kindKey);
}

} // namespace planner
