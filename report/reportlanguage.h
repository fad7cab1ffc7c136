#pragma once

#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QTranslator;

namespace planner {

// The report's language for the time it is written, which may differ from the window's:
// the program's translator for that language is installed over (and the window's own
// translators, when given, taken out of) the application's, and the default locale is the
// language's, so every tr() and every QLocale() number of the report speaks it. Everything
// is put back as it was when the scope ends.
class ReportLanguage
{
public:
    // code: "en", "vi", "id" or "fa". suspended: translators installed now that must not
    // answer while the report is written (the window's), reinstalled afterwards.
    explicit ReportLanguage(const QString &code, QList<QTranslator *> suspended = {});
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    static QStringList codes();
    static bool isKnown(const QString &code);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    bool isRightToLeft() const { return m_code == QLatin1String("fa"); }
    // Letter where the language's people measure in inches (the system's own choice when
    // the system speaks the report's language), else A4.
    QPageSize pageSize() const;
    // The families the report is set in: one with joined Persian letters for Persian, one
    // with every Vietnamese diacritic for the others; each falls back to the other.
    QStringList fontFamilies() const;

private:
    QString m_code;
    QLocale m_locale;
    QLocale m_previousLocale;
    QTranslator *m_translator = nullptr;
    QList<QTranslator *> m_suspended;
};

} // namespace planner
