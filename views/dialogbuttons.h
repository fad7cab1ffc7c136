#pragma once

class QDialog;
class QDialogButtonBox;

namespace planner {

// The button rows the dialogs share, made as the dialog's children and tied to it: OK to
// accept() and Cancel or Close to reject() (the dialog's own overrides when it has them).
namespace DialogButtons {

QDialogButtonBox *okCancel(QDialog *dialog);
QDialogButtonBox *close(QDialog *dialog);

} // namespace DialogButtons

} // namespace planner
