#include "text/languagenames.h"

#include <QLocale>

#include <unicode/uloc.h>

namespace planner {

QString LanguageNames::name(const QString &code)
{
    const QByteArray language = code.trimmed().toLower().toLatin1();
    if (language.isEmpty())
        return {};
    const QByteArray display = QLocale().name().toLatin1();
    UChar text[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayLanguage(language.constData(), display.constData(), text, 128, &status);
    if (U_FAILURE(status) || length <= 0 || status == U_USING_DEFAULT_WARNING)
        return code;
    QString shown(reinterpret_cast<const QChar *>(text), length);
    // ICU writes "tiếng Việt" in a list; the editor shows it as a name of its own.
    if (!shown.isEmpty())
        shown[0] = QLocale().toUpper(shown.left(1)).at(0);
    return shown;
}

QString LanguageNames::names(const QStringList &codes)
{
    QStringList shown;
    for (const QString &code : codes)
        shown << name(code);
    return QLocale().createSeparatedList(shown);
}

QStringList LanguageNames::commonCodes()
{
    return {QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa"), QStringLiteral("en"),
            QStringLiteral("ms"), QStringLiteral("th"), QStringLiteral("tl"), QStringLiteral("zh"),
            QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("ar"), QStringLiteral("tr"),
            QStringLiteral("hi"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de"),
            QStringLiteral("ru"), QStringLiteral("pt")};
}

bool LanguageNames::isKnownCode(const QString &code)
{
    const QString clean = code.trimmed().toLower();
    return (clean.size() == 2 || clean.size() == 3)
        && QLocale::codeToLanguage(clean) != QLocale::AnyLanguage;
}

} // namespace planner
