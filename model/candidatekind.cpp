#include "candidatekind.h"

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
    const QString wanted = key.trimmed().toLower();
    for (CandidateKind kind : allKinds()) {
        if (kindKey(kind) == wanted)
            return kind;
    }
    return std::nullopt;
}

QStringList allKindKeys()
{
    QStringList keys;
    for (CandidateKind kind : allKinds())
        keys << kindKey(kind);
    return keys;
}

} // namespace planner
