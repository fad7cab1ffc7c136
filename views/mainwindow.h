#pragma once

#include "candidate.h"
#include "error.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QUndoStack;

namespace planner {

class CandidatePanel;
class CandidateStore;
class Database;
class LanguageManager;

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
    CandidateStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    // The actions, for keyboard access and for tests.
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QMenu *languageMenu() const { return m_languageMenu; }

    // Applies an edit as an undoable step; returns false (and reports) when it failed.
    bool addCandidateFromEditor(const Candidate &candidate);
    bool editCandidate(const Candidate &before, const Candidate &after);
    bool deleteCandidate(qint64 candidateId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    void updateUndoActions();
    void showError(const QString &title, const Error &error);
    void newFile();
    void openFileDialog();
    void saveAs();
    void addCandidate();
    void editCurrent();
    void editCandidateById(qint64 candidateId);
    void deleteCurrent();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();

    LanguageManager *m_languages;
    std::unique_ptr<Database> m_database;
    CandidateStore *m_store = nullptr;
    CandidatePanel *m_panel;
    QUndoStack *m_undo;
    QLabel *m_status;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace planner
