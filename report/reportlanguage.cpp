#include "reportlanguage.h"

#include "translationsfolder.h"

#include <QCoreApplication>
#include <QTranslator>

namespace planner {

ReportLanguage::ReportLanguage(const QString &code, QList<QTranslator *> suspended)
    : m_code(isKnown(code) ? code : QStringLiteral("en"))
    , m_locale(m_code)
    , m_previousLocale(QLocale())
    , m_suspended(std::move(suspended))
{
    for (QTranslator *translator : std::as_const(m_suspended))
        QCoreApplication::removeTranslator(translator);
    if (m_code != QLatin1String("en")) {
        m_translator = new QTranslator;
        if (m_translator->load(QStringLiteral("campaign-planner_") + m_code, translationsFolder())) {
            QCoreApplication::installTranslator(m_translator);
        } else {
            delete m_translator;
            m_translator = nullptr;
        }
    }
    QLocale::setDefault(m_locale);
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    QLocale::setDefault(m_previousLocale);
    for (QTranslator *translator : std::as_const(m_suspended))
        QCoreApplication::installTranslator(translator);
}

QStringList ReportLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")};
}

bool ReportLanguage::isKnown(const QString &code)
{
    return codes().contains(code);
}

QPageSize ReportLanguage::pageSize() const
{
    const QLocale system = QLocale::system();
    const QLocale &measured = system.language() == m_locale.language() ? system : m_locale;
    return QPageSize(measured.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                               : QPageSize::A4);
}

QStringList ReportLanguage::fontFamilies() const
{
    if (isRightToLeft())
        return {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans Arabic")};
}

} // namespace planner
