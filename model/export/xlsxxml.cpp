#include "export/xlsxxml.h"

#include <charconv>
#include <cmath>

namespace planner {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Characters that cannot go into the text as they are.
bool isSpecial(unsigned char c)
{
    return c == '&' || c == '<' || c == '>' || c == '"' || (c < 0x20 && !isSpace(char(c)));
}

} // namespace

void XlsxXml::appendEscaped(std::string &xml, QByteArrayView utf8)
{
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    const char *plain = begin; // start of the run not yet appended
    for (const char *at = begin; at != end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (!isSpecial(c))
            continue;
        xml.append(plain, size_t(at - plain));
        plain = at + 1;
        switch (c) {
        case '&': xml += "&amp;"; break;
        case '<': xml += "&lt;"; break;
        case '>': xml += "&gt;"; break;
        case '"': xml += "&quot;"; break;
        default: {
            static const char hex[] = "0123456789ABCDEF";
            xml += "_x00";
            xml += hex[c >> 4];
            xml += hex[c & 0xf];
            xml += '_';
        }
        }
    }
    xml.append(plain, size_t(end - plain));
}

void XlsxXml::appendInteger(std::string &xml, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    xml.append(digits, result.ptr);
}

void XlsxXml::appendNumber(std::string &xml, double value)
{
    // Whole numbers (ids, counts, most money) as integers: no "2.5e+07" for 25,000,000.
    if (std::abs(value) < 1e15 && value == std::trunc(value)) {
        appendInteger(xml, qint64(value));
        return;
    }
    // Plain decimals in the range people read ("0.0001", not "1e-04"), else the exponent.
    const std::chars_format format = std::abs(value) >= 1e-5 && std::abs(value) < 1e15
        ? std::chars_format::fixed
        : std::chars_format::general;
    char digits[400];
    const auto result = std::to_chars(digits, digits + sizeof digits, value, format);
    xml.append(digits, result.ptr);
}

std::string XlsxXml::columnName(int column)
{
    std::string name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.insert(name.begin(), char('A' + (n - 1) % 26));
    return name;
}

bool XlsxXml::needsSpacePreserved(QByteArrayView utf8)
{
    return !utf8.isEmpty() && (isSpace(utf8.front()) || isSpace(utf8.back()));
}

} // namespace planner
