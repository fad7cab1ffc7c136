#include "conflictnotice.h"

#include "storage/rowversion.h"

#include <QMessageBox>
#include <QPushButton>

namespace planner {

namespace {

QString title(ConflictNotice::Subject subject)
{
    switch (subject) {
    case ConflictNotice::Subject::Campaign:
        return ConflictNotice::tr("A Colleague Changed This Campaign");
    case ConflictNotice::Subject::ShortlistEntry:
        return ConflictNotice::tr("A Colleague Changed This Shortlist Entry");
    case ConflictNotice::Subject::Candidate:
        break;
    }
    return ConflictNotice::tr("A Colleague Changed This Candidate");
}

} // namespace

bool ConflictNotice::isConflict(const Error &error)
{
    return RowVersion::isConflict(error);
}

QMessageBox *ConflictNotice::create(QWidget *parent, const Error &error, Subject subject)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title(subject), error.message,
                                QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("conflictNotice"));
    QPushButton *reload = box->addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
    box->setDefaultButton(reload);
    return box;
}

bool ConflictNotice::askReload(QWidget *parent, const Error &error, Subject subject)
{
    QMessageBox *box = create(parent, error, subject);
    box->exec();
    const bool reload = box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    delete box;
    return reload;
}

} // namespace planner
