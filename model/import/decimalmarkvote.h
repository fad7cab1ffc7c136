#pragma once

#include "domain/decimalnumber.h"
#include "import/headermapping.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace planner {

// The decimal mark a file's own numbers show, from the sample rows of its number columns
// (followers, views, rates, fees): "1.234,5", "3,5%", "12,75" say comma; "1,234.5", "1.2M",
// "3.4%" say point. "1.200" and "1,200" (one mark, three digits after it) say nothing: a
// grouping of thousands or a decimal. Empty when no value decides or the two tie.
class DecimalMarkVote
{
public:
    static std::optional<DecimalMark> fromValues(const QList<QStringList> &rows, const HeaderMapping &mapping);
    // What one value says: the mark it must use, or empty.
    static std::optional<DecimalMark> ofValue(QStringView value);
};

} // namespace planner
