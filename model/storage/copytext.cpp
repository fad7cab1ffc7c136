#include "storage/copytext.h"

namespace planner {

void CopyText::appendEscaped(QByteArray &row, const QString &text)
{
    // ASCII without a mark to escape (most handles, numbers, keys) goes straight in.
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    bool plain = true;
    for (qsizetype i = 0; plain && i < size; ++i) {
        const char16_t c = chars[i].unicode();
        plain = c >= 0x20 && c < 0x7f && c != '\\';
    }
    if (plain) {
        const qsizetype at = row.size();
        row.resize(at + size);
        char *out = row.data() + at;
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char(chars[i].unicode());
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    row.reserve(row.size() + utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\': row.append("\\\\", 2); break;
        case '\t': row.append("\\t", 2); break;
        case '\n': row.append("\\n", 2); break;
        case '\r': row.append("\\r", 2); break;
        default: row.append(c);
        }
    }
}

void CopyText::appendField(QByteArray &row, const QString &text, bool first)
{
    if (!first)
        row.append('\t');
    appendEscaped(row, text);
}

void CopyText::appendNull(QByteArray &row, bool first)
{
    if (!first)
        row.append('\t');
    row.append("\\N", 2);
}

void CopyText::appendNumber(QByteArray &row, qint64 value)
{
    row.append('\t');
    row.append(QByteArray::number(value));
}

void CopyText::appendOptional(QByteArray &row, const std::optional<qint64> &value)
{
    if (value)
        appendNumber(row, *value);
    else
        appendNull(row);
}

void CopyText::appendOptional(QByteArray &row, const std::optional<double> &value)
{
    if (!value) {
        appendNull(row);
        return;
    }
    row.append('\t');
    row.append(QByteArray::number(*value, 'g', 17));
}

} // namespace planner
