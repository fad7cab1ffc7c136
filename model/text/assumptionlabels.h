#pragma once

#include <QCoreApplication>
#include <QString>

namespace planner {

// Readable, translated names for assumption keys ("reach_rate.instagram.micro.post" reads
// "Reach rate · Instagram · Micro · Post") and their units.
class AssumptionLabels
{
    Q_DECLARE_TR_FUNCTIONS(AssumptionLabels)

public:
    static QString label(const QString &key);
    static QString unit(const QString &unit);
};

} // namespace planner
