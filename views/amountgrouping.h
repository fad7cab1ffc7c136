#pragma once

#include <QObject>
#include <QString>

class QLineEdit;
class QLocale;

namespace planner {

// Groups the digits of a money field as the marketer types, in the field's language:
// "300,000,000" in English, "300.000.000" in Vietnamese and Indonesian, "۳۰۰٬۰۰۰٬۰۰۰" in
// Persian. Latin, Persian and Arabic-Indic digits are all taken; the cursor stays after
// the same digit. What is not a plain amount (a minus sign, letters) is left as typed, for
// the form's check to name.
class AmountGrouping : public QObject
{
    Q_OBJECT

public:
    // Attaches to the field (and is deleted with it).
    static AmountGrouping *attach(QLineEdit *field);

    // The text regrouped in the locale, or the text itself when it is not a plain amount.
    // cursor, when given, is moved to stay after the same number of digits.
    static QString regroup(const QString &text, const QLocale &locale, int *cursor = nullptr);

private:
    explicit AmountGrouping(QLineEdit *field);
    void edited(const QString &text);

    QLineEdit *m_field;
};

} // namespace planner
