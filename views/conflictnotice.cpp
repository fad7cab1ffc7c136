#include "conflictnotice.h"

#include "storage/rowversion.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace planner {

namespace {

// A write stores the channels anew, under new ids: compare what they say.
QList<Channel> withoutIds(QList<Channel> channels)
{
    for (Channel &channel : channels)
        channel.id = 0;
    return channels;
}

} // namespace

bool ConflictNotice::isConflict(const Error &error)
{
    return error.fieldKey == QLatin1String(RowVersion::conflictFieldKey);
}

QStringList ConflictNotice::changedFields(const Candidate &read, const Candidate &now)
{
    QStringList fields;
    if (read.name != now.name)
        fields << tr("the name");
    if (read.kind != now.kind)
        fields << tr("the kind");
    if (read.niches != now.niches)
        fields << tr("the niches");
    if (read.regions != now.regions)
        fields << tr("the regions");
    if (read.notes != now.notes)
        fields << tr("the notes");
    if (withoutIds(read.channels) != withoutIds(now.channels))
        fields << tr("the channels");
    return fields;
}

QMessageBox *ConflictNotice::create(QWidget *parent, const Error &error, const Candidate &read,
                                    const std::optional<Candidate> &now)
{
    QString text = error.message;
    if (!now) {
        text += QLatin1String("\n\n") + tr("The candidate has since been deleted.");
    } else if (const QStringList fields = changedFields(read, *now); !fields.isEmpty()) {
        //: %1 a list such as "the name and the notes"
        text += QLatin1String("\n\n") + tr("What they changed: %1.").arg(QLocale().createSeparatedList(fields));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("A Colleague Changed This Candidate"), text,
                                QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("conflictNotice"));
    QPushButton *reload = box->addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
    reload->setEnabled(now.has_value());
    box->setDefaultButton(reload);
    return box;
}

bool ConflictNotice::askReload(QWidget *parent, const Error &error, const Candidate &read,
                               const std::optional<Candidate> &now)
{
    QMessageBox *box = create(parent, error, read, now);
    box->exec();
    const bool reload = box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    delete box;
    return reload;
}

} // namespace planner
