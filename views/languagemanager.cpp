#include "languagemanager.h"

#include "settingskeys.h"
#include "translationsfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace planner {

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
    return pickLanguage(SettingsKeys::language.value(),
                        QLocale::system().uiLanguages());
}

QString LanguageManager::pickLanguage(const QString &saved, const QStringList &uiLanguages)
{
    for (const Language &language : languages()) {
        if (language.code == saved)
            return saved;
    }
    // The first of the user's languages that we have wins: a Persian user whose list reads
    // "fa-IR, en-US" gets Persian.
    for (const QString &tag : uiLanguages) {
        const QLocale::Language wanted = QLocale(tag).language();
        for (const Language &language : languages()) {
            if (wanted != QLocale::C && QLocale(language.code).language() == wanted)
                return language.code;
        }
    }
    return QStringLiteral("en");
}

QString LanguageManager::translationsFolder()
{
    return planner::translationsFolder();
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
        const QString folder = translationsFolder();
        if (own->load(QStringLiteral("campaign-planner_") + code, folder))
            m_translators << own;
        else
            delete own;
        // Qt's own strings: standard buttons, file dialogs, context menus. Qt 6.4 ships
        // Persian; for Vietnamese and Indonesian the program carries its own.
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(QStringLiteral("qt-widgets_") + code, folder))
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
    SettingsKeys::language.setValue(code);
    emit languageChanged(code);
    return true;
}

} // namespace planner
