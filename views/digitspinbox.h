#pragma once

#include <QSpinBox>

namespace planner {

// A spin box that takes Latin, Persian and Arabic-Indic digits in every interface language
// (a Persian keyboard types ۱۲, an Arabic one ١٢) and shows what was typed in the
// language's own digits.
class DigitSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    using QSpinBox::QSpinBox;

    // Every digit of the text in the given locale's digit form; other characters as they are.
    static QString inLocaleDigits(const QString &text, const QLocale &locale);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
};

} // namespace planner
