#include "reportactions.h"

#include "actiontexts.h"
#include "campaignpanel.h"
#include "languagemanager.h"
#include "mediaplanreport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace planner {

ReportActions::ReportActions(CampaignPanel *campaign, LanguageManager *languages, QWidget *window)
    : MenuActions(window)
    , m_campaign(campaign)
    , m_languages(languages)
    , m_report(newAction(&ReportActions::askAndWrite))
{
    retranslate();
    updateEnabled();
}

void ReportActions::retranslate()
{
    describeAction(m_report, tr("Media Plan &Report…"),
                   tr("Writes the campaign's media plan for the client as a PDF or an HTML file, "
                      "in the language you choose"),
                   true);
}

void ReportActions::updateEnabled()
{
    m_report->setEnabled(m_campaign->currentCampaign().has_value() && m_campaign->file());
}

bool ReportActions::writeReport(const QString &language, const QString &path, Error *error,
                                const QString &title) const
{
    const auto campaign = m_campaign->currentCampaign();
    if (!campaign || !m_campaign->file())
        return false;
    return MediaPlanReport::write(*m_campaign->file(), *campaign, language, path, error,
                                  m_languages ? m_languages->translators() : QList<QTranslator *>(), title);
}

namespace {

// A settings key per campaign name; a name may hold '/', which QSettings reads as a group.
QString titleKey(const QString &campaign)
{
    return QStringLiteral("report/titles/") + QString::fromLatin1(QUrl::toPercentEncoding(campaign));
}

} // namespace

QString ReportActions::lastTitle(const QString &campaign)
{
    return QSettings().value(titleKey(campaign)).toString();
}

void ReportActions::rememberTitle(const QString &campaign, const QString &title)
{
    QSettings settings;
    if (title.isEmpty())
        settings.remove(titleKey(campaign));
    else
        settings.setValue(titleKey(campaign), title);
}

std::optional<QString> ReportActions::askTitle(const QString &campaign) const
{
    bool chosen = false;
    const QString title = QInputDialog::getText(
        m_window, tr("Media plan report"),
        tr("The title on the cover, as the client should read it (empty: \"Media plan\"):"), QLineEdit::Normal,
        lastTitle(campaign), &chosen);
    if (!chosen)
        return std::nullopt;
    return title.simplified();
}

QString ReportActions::askLanguage() const
{
    const QList<LanguageManager::Language> languages = LanguageManager::languages();
    QStringList names;
    int current = 0;
    for (const LanguageManager::Language &language : languages) {
        if (m_languages && language.code == m_languages->current())
            current = int(names.size());
        names << language.nativeName;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(m_window, tr("Media plan report"),
                                               tr("The report's language:"), names, current, false, &chosen);
    const qsizetype index = names.indexOf(name);
    return chosen && index >= 0 ? languages.at(index).code : QString();
}

void ReportActions::askAndWrite()
{
    const auto campaign = m_campaign->currentCampaign();
    if (!campaign)
        return;
    const QString language = askLanguage();
    if (language.isEmpty())
        return;
    const std::optional<QString> title = askTitle(campaign->name);
    if (!title)
        return;
    //: the file name a report is offered under; %1 campaign name
    const QString suggested = QDir::home().filePath(tr("%1 media plan.pdf").arg(campaign->name));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Media plan report"), suggested,
                                                      tr("PDF (*.pdf);;HTML for mail and intranets (*.html)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!writeReport(language, MediaPlanReport::isKnownSuffix(path) ? path : path + QLatin1String(".pdf"), &error,
                     *title)) {
        QMessageBox::warning(m_window, tr("Media plan report"), error.text());
        return;
    }
    rememberTitle(campaign->name, *title);
    emit written(tr("Media plan report written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace planner
