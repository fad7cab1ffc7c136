#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "domain/shortlistentry.h"

#include <QCoreApplication>
#include <QStringList>

namespace planner {

// What a colleague changed in a row (issue 15): the fields that differ between the copy an
// edit started from and the one stored now, named as the marketer knows them, so that a
// refused edit can say what the colleague changed and not only who and when.
class ChangedFields
{
    Q_DECLARE_TR_FUNCTIONS(ChangedFields)

public:
    static QStringList between(const Candidate &read, const Candidate &now);
    static QStringList between(const Campaign &read, const Campaign &now);
    static QStringList between(const ShortlistEntry &read, const ShortlistEntry &now);
    // "What they changed: the name and the notes." in the interface's language; empty when
    // fields is empty.
    static QString sentence(const QStringList &fields);
};

} // namespace planner
