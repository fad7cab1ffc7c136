#include "domain/changedfields.h"

#include <QLocale>

namespace planner {

namespace {

// The labels whose field differs, in order.
QStringList differing(std::initializer_list<std::pair<bool, QString>> fields)
{
    QStringList result;
    for (const auto &[differs, label] : fields) {
        if (differs)
            result << label;
    }
    return result;
}

// A write stores a candidate's channels anew, under new ids: compare what they say.
QList<Channel> withoutIds(QList<Channel> channels)
{
    for (Channel &channel : channels)
        channel.id = 0;
    return channels;
}

} // namespace

QStringList ChangedFields::between(const Candidate &read, const Candidate &now)
{
    return differing({{read.name != now.name, tr("the name")},
                      {read.kind != now.kind, tr("the kind")},
                      {read.niches != now.niches, tr("the niches")},
                      {read.regions != now.regions, tr("the regions")},
                      {read.notes != now.notes, tr("the notes")},
                      {withoutIds(read.channels) != withoutIds(now.channels), tr("the channels")}});
}

QStringList ChangedFields::between(const Campaign &read, const Campaign &now)
{
    return differing({{read.name != now.name, tr("the name")},
                      {read.goal != now.goal, tr("the goal")},
                      {read.budget != now.budget, tr("the budget")},
                      {read.niches != now.niches, tr("the niches")},
                      {read.regions != now.regions, tr("the regions")},
                      {read.languages != now.languages, tr("the languages")},
                      {read.startDate != now.startDate || read.endDate != now.endDate, tr("the dates")},
                      {read.notes != now.notes, tr("the notes")}});
}

QStringList ChangedFields::between(const ShortlistEntry &read, const ShortlistEntry &now)
{
    return differing({{read.platform != now.platform || read.format != now.format, tr("the deliverable")},
                      {read.deliverables != now.deliverables, tr("the number of deliverables")},
                      {read.agreedFee != now.agreedFee, tr("the agreed fee")},
                      {read.status != now.status, tr("the status")},
                      {read.locked != now.locked, tr("the lock")},
                      {read.notes != now.notes, tr("the notes")}});
}

QString ChangedFields::sentence(const QStringList &fields)
{
    if (fields.isEmpty())
        return QString();
    //: %1 a list such as "the name and the notes"
    return tr("What they changed: %1.").arg(QLocale().createSeparatedList(fields));
}

} // namespace planner
