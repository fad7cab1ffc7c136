#include "formfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace planner {

namespace FormFields {

QLabel *addRow(QFormLayout *form, QWidget *buddy, QLayout *layout)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    if (layout)
        form->addRow(label, layout);
    else
        form->addRow(label, buddy);
    return label;
}

QList<QLabel *> addRows(QFormLayout *form, const QList<QWidget *> &fields)
{
    QList<QLabel *> labels;
    for (QWidget *field : fields)
        labels << addRow(form, field);
    return labels;
}

void setTexts(const QList<QLabel *> &labels, const QStringList &texts)
{
    for (int i = 0; i < labels.size() && i < texts.size(); ++i)
        labels.at(i)->setText(texts.at(i));
}

void setItemTexts(QComboBox *box, const QStringList &texts)
{
    for (int i = 0; i < box->count() && i < texts.size(); ++i)
        box->setItemText(i, texts.at(i));
}

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
