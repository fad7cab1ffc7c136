#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace planner {

// Installs the translators of the chosen language at run time (no restart), sets the
// default locale and the layout direction, and remembers the choice.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       // "en", "vi", "id", "fa"
        QString nativeName; // the language's name in its own words
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    // The remembered language, else the system's when it is one of ours, else English.
    static QString initialLanguage();
    // The same choice from given preferences: the saved code, then the user's interface
    // languages in their order of preference (QLocale::uiLanguages(): "fa-IR", "vi", ...).
    static QString pickLanguage(const QString &saved, const QStringList &uiLanguages);

    // Where the .qm files are read from: the install prefix's share/campaign-planner/translations
    // beside the program's bin folder, or the build folder when run from the build tree.
    static QString translationsFolder();

    QString current() const { return m_current; }
    // The translators installed for the current language (the report takes them out of the
    // way while it writes in another).
    QList<QTranslator *> translators() const { return m_translators; }
    // Returns false when the code is not one of ours.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QList<QTranslator *> m_translators;
};

} // namespace planner
