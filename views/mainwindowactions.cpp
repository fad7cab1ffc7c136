// MainWindow's actions and menus: what each does, where it sits in the menu bar, its texts
// in the current language and when it is enabled. The rest of the window is mainwindow.cpp.
#include "mainwindow.h"

#include "actiontexts.h"
#include "campaignactions.h"
#include "campaignpanel.h"
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "exportactions.h"
#include "helpactions.h"
#include "languagemanager.h"
#include "readonlyguard.h"
#include "reportactions.h"
#include "resultactions.h"
#include "settingskeys.h"
#include "teamdatabaseactions.h"
#include "storage/serveraddress.h"
#include "text/localformat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace planner {

void MainWindow::createActions()
{
    // An action of the window with its shortcut, calling one of the window's slots.
    const auto windowAction = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = windowAction(QKeySequence::New, &MainWindow::newFile);
    m_openAction = windowAction(QKeySequence::Open, &MainWindow::openFileDialog);
    m_saveAsAction = windowAction(QKeySequence::SaveAs, &MainWindow::saveAs);
    m_importAction = windowAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::importCandidates);
    m_quitAction = windowAction(QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Own undo and redo actions, so their text follows a live language switch.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    m_addAction = windowAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::addCandidate);
    m_editAction = windowAction(QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editCurrent);
    m_deleteAction = windowAction(QKeySequence::Delete, &MainWindow::deleteCurrent);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_panel->filterBar(), &CandidateFilterBar::focusSearch);

    // Iranian amounts stay in rial in the file; the choice to read them in toman is the
    // user's and is remembered.
    m_tomanAction = new QAction(this);
    m_tomanAction->setObjectName(QStringLiteral("tomanAction"));
    m_tomanAction->setCheckable(true);
    m_tomanAction->setChecked(SettingsKeys::toman.value());
    LocalFormat::setTomanShown(m_tomanAction->isChecked());
    connect(m_tomanAction, &QAction::toggled, this, &MainWindow::setTomanShown);

    m_languageGroup = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        QAction *action = m_languageGroup->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(m_languages && m_languages->current() == language.code);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_languages)
            m_languages->setLanguage(action->data().toString());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction, m_saveAsAction});
    m_fileMenu->addAction((new TeamDatabaseActions(this))->connectAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importAction, m_exports->exportShortlistAction(), m_exports->exportCandidatesAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_addAction, m_editAction, m_deleteAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_campaignMenu = menuBar()->addMenu(QString());
    m_campaignMenu->setToolTipsVisible(true); // a disabled Compare Candidates says why
    m_campaignMenu->addActions({m_campaignPanel->newCampaignAction(), m_campaignPanel->editCampaignAction(),
                                m_campaignPanel->deleteCampaignAction()});
    m_campaignMenu->addSeparator();
    m_campaignMenu->addActions({m_campaignActions->addToShortlistAction(),
                                m_campaignPanel->removeEntryAction(), m_campaignActions->whyAction(),
                                m_campaignActions->brandFitAction()});
    m_campaignMenu->addSeparator();
    m_campaignMenu->addActions({m_campaignActions->suggestAction(), m_campaignActions->compareAction(),
                                m_campaignActions->compareCandidatesAction()});
    m_campaignMenu->addAction(m_reports->reportAction());
    auto *results = new ResultActions(m_campaignPanel, m_undo, this);
    m_campaignMenu->addActions({results->resultsAction(), results->qualityAction()});
    m_campaignMenu->addSeparator();
    m_campaignMenu->addAction(m_campaignActions->assumptionsAction());
    m_campaignMenu->addSeparator();
    m_campaignMenu->addAction(m_showChartsAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_showChartsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tomanAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_help->welcomeAction(), m_help->guideAction()});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_help->aboutAction());
}

void MainWindow::retranslateUi()
{
    const QString file = currentFile();
    setWindowTitle(file.isEmpty() ? tr("Campaign Planner")
                                  //: Window title: %1 is the open file's name
                                  : tr("%1 — Campaign Planner").arg(ServerAddress::shownName(file)));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_campaignMenu->setTitle(tr("&Campaign"));
    describeAction(m_showChartsAction, tr("Show &Charts"), tr("Shows or hides the charts beside the shortlist"));
    m_viewMenu->setTitle(tr("&View"));
    describeAction(m_tomanAction, tr("Iranian Amounts in &Toman"), tr("Shows and takes rial amounts in toman (ten rial); the file keeps rial"));
    //: Menu title; keep it recognisable in every language
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    describeAction(m_newAction, tr("&New Campaign Database…"), tr("Creates an empty campaign database file"));
    describeAction(m_openAction, tr("&Open…"), tr("Opens a campaign database file"));
    describeAction(m_saveAsAction, tr("Save &As…"), tr("Saves a copy of this database under a new name and continues in the copy"));
    m_quitAction->setText(tr("&Quit"));
    describeAction(m_importAction, tr("&Import Candidates…"), tr("Adds candidates from a CSV file or an Excel or LibreOffice workbook: platform exports or colleagues' sheets"));
    updateUndoActions();
    describeAction(m_addAction, tr("&Add Candidate…"), tr("Adds a content creator, influencer, KOL or KOC"));
    describeAction(m_editAction, tr("&Edit Candidate…"), tr("Edits the selected candidate and their channels"));
    describeAction(m_deleteAction, tr("&Delete Candidate"), tr("Deletes the selected candidate and all their channels"));
    m_findAction->setText(tr("&Find…"));
    if (m_readOnly)
        m_readOnly->retranslate();
    updateActions();
    updateStatus();
}

void MainWindow::setTomanShown(bool shown)
{
    SettingsKeys::toman.setValue(shown);
    if (shown == LocalFormat::tomanShown())
        return;
    LocalFormat::setTomanShown(shown);
    // Every amount is formatted when a widget answers a language change: tables, totals,
    // charts and open dialogs show the new unit at once, as on a language switch.
    for (QWidget *widget : QApplication::topLevelWidgets())
        QCoreApplication::postEvent(widget, new QEvent(QEvent::LanguageChange));
}

void MainWindow::updateActions()
{
    const bool open = m_file != nullptr;
    const bool selected = open && m_panel->currentCandidateId() > 0;
    m_saveAsAction->setEnabled(open);
    // Each changes the database: only when the user may (a viewer on a team database may not).
    const bool may = ReadOnlyGuard::mayEdit(m_file.get());
    ReadOnlyGuard::enable(m_importAction, open, may);
    ReadOnlyGuard::enable(m_addAction, open, may);
    ReadOnlyGuard::enable(m_editAction, selected, may);
    ReadOnlyGuard::enable(m_deleteAction, selected, may);
}

void MainWindow::updateUndoActions()
{
    const bool may = ReadOnlyGuard::mayEdit(m_file.get());
    ReadOnlyGuard::enable(m_undoAction, m_undo->canUndo(), may);
    ReadOnlyGuard::enable(m_redoAction, m_undo->canRedo(), may);
    //: Edit menu; %1 says what would be undone, e.g. "delete “Nguyễn Thu Hà”"
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    //: Edit menu; %1 says what would be redone
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

} // namespace planner
