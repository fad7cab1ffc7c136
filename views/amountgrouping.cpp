#include "amountgrouping.h"

#include "text/localformat.h"

#include <QLineEdit>
#include <QLocale>

namespace planner {

namespace {

bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0x06F0 && u <= 0x06F9) || (u >= 0x0660 && u <= 0x0669);
}

// Whether c separates groups or decimals in some digit form: what regrouping may drop.
bool isSeparator(QChar c, const QLocale &locale)
{
    const char16_t u = c.unicode();
    return u == u',' || u == u'.' || u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x066B
        || u == 0x066C || u == 0x060C || locale.groupSeparator() == QString(c)
        || locale.decimalPoint() == QString(c);
}

} // namespace

AmountGrouping *AmountGrouping::attach(QLineEdit *field)
{
    return new AmountGrouping(field);
}

AmountGrouping::AmountGrouping(QLineEdit *field)
    : QObject(field)
    , m_field(field)
{
    connect(field, &QLineEdit::textEdited, this, &AmountGrouping::edited);
}

void AmountGrouping::edited(const QString &text)
{
    int cursor = m_field->cursorPosition();
    const QString grouped = regroup(text, m_field->locale(), &cursor);
    if (grouped == text)
        return;
    m_field->setText(grouped);
    m_field->setCursorPosition(cursor);
}

QString AmountGrouping::regroup(const QString &text, const QLocale &locale, int *cursor)
{
    // The decimal mark is the last locale decimal point (or Arabic decimal separator) with
    // only digits after it; every other mark is grouping.
    const QString decimal = locale.decimalPoint();
    int decimalAt = -1;
    for (int i = text.size() - 1; i >= 0; --i) {
        if (QString(text.at(i)) == decimal || text.at(i).unicode() == 0x066B) {
            decimalAt = i;
            break;
        }
        if (!isDigit(text.at(i)))
            break;
    }
    QString whole;
    QString fraction;
    int digitsBeforeCursor = 0;
    const int at = cursor ? *cursor : text.size();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == decimalAt)
            continue;
        if (isDigit(c)) {
            (decimalAt >= 0 && i > decimalAt ? fraction : whole) += c;
            if (i < at)
                ++digitsBeforeCursor;
        } else if (!isSeparator(c, locale)) {
            return text; // not a plain amount: left for the form to name
        }
    }
    if (whole.isEmpty())
        return text;
    bool ok = false;
    const qlonglong value = LocalFormat::latinDigits(whole).toLongLong(&ok);
    if (!ok)
        return text;
    QString result = locale.toString(value);
    if (decimalAt >= 0) {
        QString digits;
        for (const QChar c : fraction)
            digits += locale.toString(LocalFormat::latinDigits(QString(c)).toInt());
        result += decimal + digits;
    }
    if (cursor) {
        // After the same count of digits as before (a decimal point counts as one place).
        int seen = 0;
        int pos = 0;
        for (; pos < result.size() && seen < digitsBeforeCursor; ++pos) {
            if (isDigit(result.at(pos)))
                ++seen;
        }
        if (decimalAt >= 0 && at > decimalAt && pos < result.size() && QString(result.at(pos)) == decimal)
            ++pos;
        *cursor = pos;
    }
    return result;
}

} // namespace planner
