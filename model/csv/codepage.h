#pragma once

#include <QByteArrayView>
#include <QString>

struct UConverter;

namespace planner {

// A text encoding other than UTF-8 and UTF-16, by any name ICU knows ("windows-1252",
// "cp1258", "Shift_JIS"), turning bytes into UTF-16 a chunk at a time (ICU, the library Qt
// itself uses, holds the tables). Also guesses the legacy code page of a file that is not
// UTF-8, from the bytes of its start.
class CodePage
{
public:
    // An encoding by name; isValid() is false when ICU knows no such name.
    explicit CodePage(const QString &name);
    ~CodePage();
    CodePage(const CodePage &) = delete;
    CodePage &operator=(const CodePage &) = delete;

    bool isValid() const { return m_converter != nullptr; }
    // The standard (IANA) name: "windows-1252" for "cp1252".
    QString name() const { return m_name; }

    // Decodes size bytes, appending the characters to out (at most 2 a byte are needed).
    // flush: no bytes follow, so a sequence cut at the end is a fault. Returns the characters
    // written, or -1 at bytes that are no text in this encoding, having written the
    // characters before them (*written).
    qsizetype decode(const char *bytes, qsizetype size, QChar *out, qsizetype capacity, bool flush,
                     qsizetype *written);

    static bool isKnown(const QString &name);
    // The standard name of an encoding ICU knows, else empty.
    static QString standardName(const QString &name);
    // The likely code page of text that is not UTF-8, from its first bytes:
    //  - "windows-1256" (Arabic, Persian) when more words are all non-ASCII bytes (two or
    //    more, as Arabic-script words are there) than words that mix ASCII letters with them;
    //  - "windows-1258" (Vietnamese) when, of the words that mix them, at least one in four
    //    has a Vietnamese tone mark (the combining marks 0xCC 0xEC 0xD2 0xDE 0xF2 of that
    //    code page) right after a vowel, which no Western European text has;
    //  - "windows-1252" (Western European) otherwise.
    static QString guessLegacy(QByteArrayView start);

private:
    UConverter *m_converter = nullptr;
    QString m_name;
};

} // namespace planner
