#pragma once

#include "domain/error.h"

#include <QList>
#include <QStringList>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QWidget;

namespace planner {

// The fields the editor dialogs share, made and read alike: the labelled rows of a form,
// the error line under it, the notes box and the regions line.
namespace FormFields {

// A row of form under a new label whose mnemonic focuses buddy; the row holds layout when
// given (buddy is in it), else buddy itself. The label, without text until setTexts.
QLabel *addRow(QFormLayout *form, QWidget *buddy, QLayout *layout = nullptr);
// A labelled row for each field, in order; the labels, in the same order.
QList<QLabel *> addRows(QFormLayout *form, const QList<QWidget *> &fields);
// The texts (from retranslateUi, in the window's language) onto the labels, in order.
void setTexts(const QList<QLabel *> &labels, const QStringList &texts);
// The texts onto the box's items, in order.
void setItemTexts(QComboBox *box, const QStringList &texts);

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
