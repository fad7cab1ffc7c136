#include "languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace planner {

namespace {
const char languageKey[] = "ui/language";
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    // Each language is listed in its own name, so a user can find theirs in any interface.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
            {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
            {QStringLiteral("fa"), QStringLiteral("فارسی")}};
}

QString LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(QLatin1String(languageKey)).toString();
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    for (const QString &code : {saved, system}) {
        for (const Language &language : languages()) {
            if (language.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

bool LanguageManager::setLanguage(const QString &code)
{
    bool known = false;
    for (const Language &language : languages())
        known = known || language.code == code;
    if (!known)
        return false;

    removeTranslators();
    const QLocale locale(code);
    if (code != QLatin1String("en")) {
        auto *own = new QTranslator;
        if (own->load(QStringLiteral(":/i18n/campaign-planner_") + code))
            m_translators << own;
        else
            delete own;
        // Qt's own strings: standard buttons, file dialogs, context menus.
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_translators << qt;
        else
            delete qt;
    }
    // Locale first: installing a translator sends LanguageChange, and the widgets that
    // answer it format their numbers with the default locale.
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(code == QLatin1String("fa") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    for (QTranslator *translator : std::as_const(m_translators))
        QCoreApplication::installTranslator(translator);
    m_current = code;
    QSettings().setValue(QLatin1String(languageKey), code);
    emit languageChanged(code);
    return true;
}

} // namespace planner
