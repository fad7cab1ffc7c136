#include "csv/codepage.h"

#include <unicode/ucnv.h>

namespace planner {

namespace {

bool isAsciiLetter(uchar c)
{
    const uchar lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
}

bool isVowel(uchar c)
{
    switch (c | (c < 0x80 ? 0x20 : 0)) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    // â ê ô ơ ư ă and their capitals in windows-1258
    case 0xE2: case 0xEA: case 0xF4: case 0xF5: case 0xFD: case 0xE3:
    case 0xC2: case 0xCA: case 0xD4: case 0xD5: case 0xDD: case 0xC3:
        return true;
    default:
        return false;
    }
}

bool isToneMark(uchar c)
{
    return c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2;
}

} // namespace

CodePage::CodePage(const QString &name)
{
    const QByteArray latin = name.trimmed().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    if (latin.isEmpty())
        return;
    m_converter = ucnv_open(latin.constData(), &status);
    if (U_FAILURE(status)) {
        m_converter = nullptr;
        return;
    }
    // Bytes that are no character of the code page end the reading, as in UTF-8.
    ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    m_name = standardName(name);
}

CodePage::~CodePage()
{
    if (m_converter)
        ucnv_close(m_converter);
}

qsizetype CodePage::decode(const char *bytes, qsizetype size, QChar *out, qsizetype capacity, bool flush,
                           qsizetype *written)
{
    UChar *target = reinterpret_cast<UChar *>(out);
    const char *source = bytes;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(m_converter, &target, target + capacity, &source, bytes + size, nullptr, flush, &status);
    *written = target - reinterpret_cast<UChar *>(out);
    return U_FAILURE(status) ? -1 : *written;
}

bool CodePage::isKnown(const QString &name)
{
    return !standardName(name).isEmpty();
}

QString CodePage::standardName(const QString &name)
{
    const QByteArray latin = name.trimmed().toLatin1();
    if (latin.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(latin.constData(), &status);
    if (U_FAILURE(status))
        return {};
    // ICU's own name ("ibm-5348_P100-1997") means nothing to a marketer: the MIME or IANA
    // name ("ISO-8859-1", "windows-1252") is the one files and programs use.
    const char *internal = ucnv_getName(converter, &status);
    QString result = QString::fromLatin1(internal);
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode found = U_ZERO_ERROR;
        if (const char *known = ucnv_getStandardName(internal, standard, &found); known && U_SUCCESS(found)) {
            result = QString::fromLatin1(known);
            break;
        }
    }
    ucnv_close(converter);
    return result;
}

QString CodePage::guessLegacy(QByteArrayView start)
{
    qsizetype arabicWords = 0;
    qsizetype mixedWords = 0;
    qsizetype toneWords = 0;
    const auto byte = [&start](qsizetype i) { return uchar(start.at(i)); };
    for (qsizetype i = 0; i < start.size();) {
        if (!isAsciiLetter(byte(i)) && byte(i) < 0x80) {
            ++i;
            continue;
        }
        qsizetype ascii = 0;
        qsizetype high = 0;
        bool tone = false;
        for (; i < start.size() && (isAsciiLetter(byte(i)) || byte(i) >= 0x80); ++i) {
            (byte(i) < 0x80 ? ascii : high) += 1;
            tone = tone || (isToneMark(byte(i)) && i > 0 && isVowel(byte(i - 1)));
        }
        if (ascii == 0 && high >= 2)
            ++arabicWords;
        else if (ascii > 0 && high > 0) {
            ++mixedWords;
            toneWords += tone;
        }
    }
    if (arabicWords > mixedWords)
        return QStringLiteral("windows-1256");
    if (toneWords > 0 && toneWords * 4 >= mixedWords)
        return QStringLiteral("windows-1258");
    return QStringLiteral("windows-1252");
}

} // namespace planner
