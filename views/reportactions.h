#pragma once

#include "domain/error.h"

#include "menuactions.h"

#include <QString>
#include <optional>

class QAction;
class QWidget;

namespace planner {

class CampaignPanel;
class LanguageManager;

// Campaign > Media Plan Report…: asks the report's language (the window's by default, any
// of the four), its client-facing title (the one last given for the campaign, remembered in
// the settings) and where to save it (PDF, or one HTML file), then writes the open
// campaign's media plan (planner_report) and says where in the status bar.
class ReportActions : public MenuActions
{
    Q_OBJECT

public:
    ReportActions(CampaignPanel *campaign, LanguageManager *languages, QWidget *window);

    QAction *reportAction() const { return m_report; }
    void updateEnabled();

    // Writes the open campaign's report in language to path without asking, under title
    // ("Media plan" when empty); false with the reason in *error. (What the action does once
    // it knows them.)
    bool writeReport(const QString &language, const QString &path, Error *error, const QString &title = {}) const;

    // The client-facing title last given for a campaign of this name (empty: none yet), and
    // remembering one.
    static QString lastTitle(const QString &campaign);
    static void rememberTitle(const QString &campaign, const QString &title);

private:
    void retranslate() override;
    void askAndWrite();
    QString askLanguage() const;
    // The title typed (may be empty), or nullopt when the marketer cancelled.
    std::optional<QString> askTitle(const QString &campaign) const;

    CampaignPanel *m_campaign;
    LanguageManager *m_languages;
    QAction *m_report;
};

} // namespace planner
