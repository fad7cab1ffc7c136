#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;

namespace planner {

class CandidateEditorDialog;

class AssumptionStore;
class CampaignActions;
class CampaignFile;
class CampaignPanel;
class CandidatePanel;
class CandidateStore;
class ChartsPanel;
class ExportActions;
class ReportActions;
class HelpActions;
class Database;
class LanguageManager;
class ReadOnlyGuard;
class TeamChangeWatch;

// The program's window: menus, the candidate list and the status bar. It opens one
// campaign database at a time and turns the marketer's actions into undoable commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database file; on failure keeps the open one and fills error.
    bool openFile(const QString &path, bool createIfMissing, Error *error);
    // Fills the open file with the demo candidates.
    bool loadDemo(Error *error);
    QString currentFile() const;

    CandidatePanel *panel() const { return m_panel; }
    CampaignPanel *campaignPanel() const { return m_campaignPanel; }
    CampaignActions *campaignActions() const { return m_campaignActions; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    ExportActions *exportActions() const { return m_exports; }
    ReportActions *reportActions() const { return m_reports; }
    HelpActions *helpActions() const { return m_help; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // The open file, null when none is open.
    CampaignFile *file() const { return m_file.get(); }
    // Colleagues' changes and the connection of a team database; null on a file.
    TeamChangeWatch *teamChanges() const { return m_team; }
    CandidateStore *store() const;
    QUndoStack *undoStack() const { return m_undo; }
    // Tests find the actions and menus by object name: undoAction, redoAction, tomanAction,
    // viewMenu, languageMenu.

    // Applies an edit as an undoable step; returns false (and reports) when it failed.
    bool addCandidateFromEditor(const Candidate &candidate);
    bool editCandidate(const Candidate &before, const Candidate &after);
    bool deleteCandidate(qint64 candidateId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The candidate editor's currencies in the one order, starting on CurrencyDefaults'.
    void prepareCurrencies(CandidateEditorDialog &dialog) const;
    // mainwindowactions.cpp: the actions and menus, their texts and when they are enabled.
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateActions();
    void setTomanShown(bool shown);
    void updateUndoActions();
    void updateStatus();
    void showError(const QString &title, const Error &error);
    void newFile();
    void openFileDialog();
    void saveAs();
    void importCandidates();
    void addCandidate();
    void editCurrent();
    void editCandidateById(qint64 candidateId);
    void deleteCurrent();
    void restoreSettings();
    void saveSettings() const;
    void closeStores();
    void campaignChanged();
    void connectCharts();

    LanguageManager *m_languages;
    std::unique_ptr<CampaignFile> m_file;
    CandidatePanel *m_panel;
    CampaignPanel *m_campaignPanel;
    CampaignActions *m_campaignActions;
    QSplitter *m_splitter;
    ChartsPanel *m_charts;
    ExportActions *m_exports;
    ReportActions *m_reports;
    HelpActions *m_help;
    QSplitter *m_bottomSplitter;
    QAction *m_showChartsAction;
    QUndoStack *m_undo;
    QLabel *m_status;
    ReadOnlyGuard *m_readOnly = nullptr;
    TeamChangeWatch *m_team = nullptr;
    bool m_splitPending = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_campaignMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_tomanAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace planner
