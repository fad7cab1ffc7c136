#include "import/languagewords.h"

#include "import/importvocabulary.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

#include <unicode/uloc.h>

namespace planner {

namespace {

// The code of a language as stored: ISO 639-1 where it has one, else the three letters.
QString storedCode(QLocale::Language language)
{
    const QString two = QLocale::languageToCode(language, QLocale::ISO639Part1);
    return two.isEmpty() ? QLocale::languageToCode(language) : two;
}

void add(QHash<QString, QString> *names, const QString &name, const QString &code)
{
    const QString key = ImportVocabulary::key(name);
    if (!key.isEmpty() && !names->contains(key))
        names->insert(key, code);
}

QString icuName(const QString &code, const char *display)
{
    UChar text[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayLanguage(code.toLatin1().constData(), display, text, 128, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
        return {};
    return QString(reinterpret_cast<const QChar *>(text), length);
}

QHash<QString, QString> build()
{
    QHash<QString, QString> names;
    // Forms sheets write that no list of names holds. UTF-8.
    static const std::pair<const char *, const char *> forms[] = {
        {"Bahasa Indonesia", "id"}, {"Indonesian", "id"}, {"Bahasa", "id"}, {"Farsi", "fa"},
        {"Persian", "fa"}, {"پارسی", "fa"}, {"Tiếng Việt", "vi"}, {"Việt", "vi"}, {"Bahasa Vietnam", "vi"},
        {"Bahasa Inggris", "en"}, {"Tiếng Anh", "en"}, {"Bahasa Melayu", "ms"}, {"Malay", "ms"},
        {"Bahasa Persia", "fa"}, {"Bahasa Jawa", "jv"}, {"Bahasa Sunda", "su"},
    };
    for (const auto &[name, code] : forms)
        add(&names, QString::fromUtf8(name), QString::fromLatin1(code));
    for (int l = 2; l <= int(QLocale::LastLanguage); ++l) {
        const auto language = QLocale::Language(l);
        const QString code = storedCode(language);
        if (code.isEmpty())
            continue;
        add(&names, QLocale::languageToString(language), code);
        for (const char *display : {"en", "vi", "id", "fa"}) {
            const QString name = icuName(code, display);
            if (!name.isEmpty() && name != code) {
                add(&names, name, code);
                // "Inggris" and "Bahasa Inggris", "Tiếng Anh" and "Anh" are both written.
                if (qstrcmp(display, "id") == 0)
                    add(&names, QStringLiteral("Bahasa ") + name, code);
                if (qstrcmp(display, "vi") == 0 && name.startsWith(QStringLiteral("tiếng "), Qt::CaseInsensitive))
                    add(&names, name.mid(6), code);
            }
        }
        const QString native = QLocale(language).nativeLanguageName();
        if (!native.isEmpty())
            add(&names, native, code);
    }
    return names;
}

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> built = build();
    return built;
}

} // namespace

QString LanguageWords::code(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const bool letters = std::all_of(trimmed.cbegin(), trimmed.cend(),
                                     [](QChar c) { return c.unicode() < 128 && c.isLetter(); });
    if (letters && (trimmed.size() == 2 || trimmed.size() == 3)) {
        const QLocale::Language language = QLocale::codeToLanguage(trimmed.toLower());
        if (language != QLocale::AnyLanguage)
            return storedCode(language);
    }
    return table().value(ImportVocabulary::key(trimmed));
}

QStringList LanguageWords::codes(QStringView cell, QStringList *unreadable)
{
    static const QRegularExpression separators(QStringLiteral("[,;/|\u060C\u061B\u3001]"));
    QStringList result;
    for (const QString &part : cell.toString().split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QString found = code(part);
        if (found.isEmpty()) {
            if (unreadable)
                *unreadable << part.trimmed();
        } else if (!result.contains(found)) {
            result << found;
        }
    }
    return result;
}

} // namespace planner
