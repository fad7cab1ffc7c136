#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <optional>

class QMessageBox;
class QWidget;

namespace planner {

// The message when a colleague changed a candidate after it was opened here (RowVersion's
// refusal): who changed it and when, what they changed (the fields that differ between the
// copy read here and the one stored now), and a Reload button to start again from theirs.
class ConflictNotice
{
    Q_DECLARE_TR_FUNCTIONS(ConflictNotice)

public:
    // Whether error is such a refusal.
    static bool isConflict(const Error &error);
    // The fields of a candidate that differ between two copies, named for the marketer.
    static QStringList changedFields(const Candidate &read, const Candidate &now);
    // The message box (not shown yet); its Reload button is the accept role.
    static QMessageBox *create(QWidget *parent, const Error &error, const Candidate &read,
                               const std::optional<Candidate> &now);
    // Shows it and says whether the marketer chose Reload.
    static bool askReload(QWidget *parent, const Error &error, const Candidate &read,
                          const std::optional<Candidate> &now);
};

} // namespace planner
