#include "helpactions.h"

#include "aboutdialog.h"
#include "actiontexts.h"
#include "guidedialog.h"
#include "storage/candidatestore.h"
#include "welcomedialog.h"

#include <QAction>
#include <QSettings>

namespace planner {

namespace {

// Shows a help window the marketer may already have open behind the main window, in front.
void bringForward(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_welcomeAction(new QAction(this))
    , m_guideAction(new QAction(this))
    , m_aboutAction(new QAction(this))
{
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_welcomeAction, &QAction::triggered, this, &HelpActions::showWelcome);
    connect(m_guideAction, &QAction::triggered, this, &HelpActions::showGuide);
    connect(m_aboutAction, &QAction::triggered, this, &HelpActions::showAbout);
    retranslate();
}

void HelpActions::retranslate()
{
    describeAction(m_welcomeAction, tr("Getting &Started"), tr("Shows the three first steps again"));
    describeAction(m_guideAction, tr("&Guide"), tr("Explains creators, influencers, KOLs and KOCs, the tiers and the two goals"));
    m_aboutAction->setText(tr("&About Campaign Planner"));
}

bool HelpActions::showWelcomeOnFirstRun()
{
    QSettings settings;
    if (settings.value(QLatin1String("ui/welcomeShown"), false).toBool())
        return false;
    settings.setValue(QLatin1String("ui/welcomeShown"), true);
    showWelcome();
    return true;
}

void HelpActions::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeDialog(m_window);
        connect(m_welcome, &WelcomeDialog::guideRequested, this, &HelpActions::showGuide);
    }
    bringForward(m_welcome);
}

void HelpActions::showGuide()
{
    if (!m_guide)
        m_guide = new GuideDialog(m_window);
    if (m_store)
        m_guide->setThresholds(m_store->tierThresholds());
    bringForward(m_guide);
}

void HelpActions::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(m_window);
    bringForward(m_about);
}

} // namespace planner
