#pragma once

#include "domain/error.h"

#include <QStringList>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace planner {

// The fields the editor dialogs share, made and read alike: the error line under a form,
// the notes box and the regions line.
namespace FormFields {

// Shows a label as the form's error: bold red, wrapped.
void markAsError(QLabel *label);
// A new error line, hidden until there is something wrong.
QLabel *errorLabel(QWidget *parent);
// A notes box a few lines high that Tab leaves (it does not type a tab).
QPlainTextEdit *notesEdit(QWidget *parent);
// The region codes typed in a line, in capitals: "vn; ID-JK، IR-23" gives VN, ID-JK, IR-23
// (commas, semicolons, the Arabic comma and spaces between them).
QStringList regionCodes(const QString &text);
// The fault to show for a form: what reading it found, else what checking the record found.
Error firstFault(const Error &read, const std::optional<Error> &checked);

} // namespace FormFields

} // namespace planner
