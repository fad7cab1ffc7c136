#pragma once

#include "menuactions.h"

class QAction;
class QWidget;

namespace planner {

class AboutDialog;
class CandidateStore;
class GuideDialog;
class WelcomeDialog;

// The Help menu's actions: Getting Started (the first-run welcome), the Guide to the kinds,
// tiers and goals, and About. Opens each dialog once and shows it again on request.
class HelpActions : public MenuActions
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    QAction *welcomeAction() const { return m_welcomeAction; }
    QAction *guideAction() const { return m_guideAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    // The open file's store, whose tier bounds the Guide quotes (nullptr when none is open).
    void setStore(CandidateStore *store) { m_store = store; }

    // Shows the welcome if it has never been shown (remembered in the settings); true if shown.
    bool showWelcomeOnFirstRun();
    void showWelcome();
    void showGuide();
    void showAbout();
    // The dialogs, once opened (nullptr before).
    GuideDialog *guide() const { return m_guide; }
    WelcomeDialog *welcome() const { return m_welcome; }
    AboutDialog *about() const { return m_about; }

private:
    void retranslate() override;
    CandidateStore *m_store = nullptr;
    QAction *m_welcomeAction;
    QAction *m_guideAction;
    QAction *m_aboutAction;
    GuideDialog *m_guide = nullptr;
    WelcomeDialog *m_welcome = nullptr;
    AboutDialog *m_about = nullptr;
};

} // namespace planner
