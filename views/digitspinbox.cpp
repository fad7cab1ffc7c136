#include "digitspinbox.h"

namespace planner {

namespace {

// The value of a Latin, Persian or Arabic-Indic digit, else -1.
int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= 0x06F0 && c <= 0x06F9)
        return c - 0x06F0;
    if (c >= 0x0660 && c <= 0x0669)
        return c - 0x0660;
    return -1;
}

} // namespace

QString DigitSpinBox::inLocaleDigits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1) // a digit outside the BMP: leave the text to QSpinBox
        return text;
    QString result = text;
    for (QChar &c : result) {
        const int value = digitValue(c.unicode());
        if (value >= 0)
            c = QChar(char16_t(zero.at(0).unicode() + value));
    }
    return result;
}

QValidator::State DigitSpinBox::validate(QString &input, int &pos) const
{
    // One UTF-16 unit per digit either way, so the cursor position stays right.
    input = inLocaleDigits(input, locale());
    return QSpinBox::validate(input, pos);
}

int DigitSpinBox::valueFromText(const QString &text) const
{
    return QSpinBox::valueFromText(inLocaleDigits(text, locale()));
}

} // namespace planner
