#pragma once

#include "domain/error.h"

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace planner {

// The message when a colleague changed a candidate, a campaign or a shortlist entry after it
// was read here (RowVersion's refusal, which the undo commands complete with what they
// changed): who, when and what, and a Reload button to start again from their version.
class ConflictNotice
{
    Q_DECLARE_TR_FUNCTIONS(ConflictNotice)

public:
    enum class Subject { Candidate, Campaign, ShortlistEntry };

    // Whether error is such a refusal.
    static bool isConflict(const Error &error);
    // The message box (not shown yet); its Reload button is the accept role.
    static QMessageBox *create(QWidget *parent, const Error &error, Subject subject);
    // Shows it and says whether the marketer chose Reload.
    static bool askReload(QWidget *parent, const Error &error, Subject subject);
};

} // namespace planner
