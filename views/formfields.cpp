#include "formfields.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace planner {

namespace FormFields {

void markAsError(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    markAsError(label);
    label->hide();
    return label;
}

QPlainTextEdit *notesEdit(QWidget *parent)
{
    auto *notes = new QPlainTextEdit(parent);
    notes->setMaximumHeight(70);
    notes->setTabChangesFocus(true);
    return notes;
}

QStringList regionCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s،]+"));
    return text.toUpper().split(separators, Qt::SkipEmptyParts);
}

Error firstFault(const Error &read, const std::optional<Error> &checked)
{
    return read.isEmpty() && checked ? *checked : read;
}

} // namespace FormFields

} // namespace planner
