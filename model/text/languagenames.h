#pragma once

#include <QString>
#include <QStringList>

namespace planner {

// Language codes (ISO 639) as the marketer reads them: the language's name in the
// interface's language ("Tiếng Việt" in Vietnamese, "ویتنامی" in Persian), from ICU's
// names for the default QLocale.
class LanguageNames
{
public:
    // The name of one code in the current language; the code itself when nothing names it.
    static QString name(const QString &code);
    // The names of codes as a list of the current language ("Vietnamese and English").
    static QString names(const QStringList &codes);
    // The codes an editor offers first: the four of the program, then other common ones.
    static QStringList commonCodes();
    // Whether code is an ISO 639 language code QLocale knows ("vi", "fas").
    static bool isKnownCode(const QString &code);
};

} // namespace planner
