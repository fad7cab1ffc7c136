#include "mainwindow.h"

#include "applicationicon.h"
#include "channeltableeditor.h"
#include "currencydefaults.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "campaignactions.h"
#include "campaignpanel.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "charts/chartspanel.h"
#include "commands/candidatecommands.h"
#include "candidateeditordialog.h"
#include "candidatefilterbar.h"
#include "rangefilterrow.h"
#include "savedviewsbutton.h"
#include "candidatepanel.h"
#include "conflictnotice.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "storage/database.h"
#include "storage/defaultdatabase.h"
#include "demo/democampaigns.h"
#include "demo/demodata.h"
#include "storage/exchangeratestore.h"
#include "exportactions.h"
#include "readonlyguard.h"
#include "reportactions.h"
#include "helpactions.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "text/localformat.h"
#include "planning/campaigncostinputs.h"
#include "planning/projection.h"
#include "settingskeys.h"
#include "teamchangewatch.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace planner {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_panel(new CandidatePanel(this))
    , m_undo(new QUndoStack(this))
    , m_status(new QLabel(this))
{
    m_campaignPanel = new CampaignPanel(m_undo, [this](const Error &e) { showError(tr("Campaign"), e); }, this);
    m_campaignActions = new CampaignActions(m_panel, m_campaignPanel, this);
    m_charts = new ChartsPanel(this);
    m_exports = new ExportActions(m_panel, m_campaignPanel, this);
    m_reports = new ReportActions(m_campaignPanel, languages, this);
    m_help = new HelpActions(this);
    setWindowIcon(ApplicationIcon::icon()); // its dialogs take it from their parent
    // The charts sit beside the shortlist they draw, under the candidate list.
    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->addWidget(m_campaignPanel);
    m_bottomSplitter->addWidget(m_charts);
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 2);
    m_bottomSplitter->setChildrenCollapsible(false);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_bottomSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // Margins on both sides: they do not mirror in Persian, and a one-sided margin left
    // the first letters of «کمپین:» cut at the window's right edge.
    m_campaignPanel->setContentsMargins(6, 0, 6, 0);
    m_charts->setContentsMargins(6, 0, 6, 0);
    m_status->setContentsMargins(6, 0, 6, 0);
    setCentralWidget(m_splitter);
    m_showChartsAction = new QAction(this);
    m_showChartsAction->setCheckable(true);
    m_showChartsAction->setChecked(true);
    m_showChartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_showChartsAction, &QAction::toggled, m_charts, &QWidget::setVisible);
    connect(m_charts, &ChartsPanel::shortlistRowClicked, m_campaignPanel, &CampaignPanel::selectRow);
    connect(m_campaignPanel, &CampaignPanel::currentRowChanged, m_charts, &ChartsPanel::highlightShortlistRow);
    connect(m_charts, &ChartsPanel::candidateClicked, m_panel, &CandidatePanel::selectCandidate);
    connect(m_panel, &CandidatePanel::currentChanged, this,
            [this] { m_charts->highlightCandidate(m_panel->currentCandidateId()); });
    connect(m_campaignPanel, &CampaignPanel::comparisonChanged, this, [this] {
        const auto campaign = m_campaignPanel->currentCampaign();
        m_charts->showComparison(m_campaignPanel->comparison(), campaign ? campaign->currency() : QString(),
                                 m_campaignPanel->comparisonCandidates());
    });
    statusBar()->addWidget(m_status, 1);
    // Every export says what it wrote where.
    connect(m_exports, &ExportActions::written, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_reports, &ReportActions::written, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_charts, &ChartsPanel::written, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    createActions();
    createMenus();
    m_readOnly = new ReadOnlyGuard(this);
    m_readOnly->guard(m_campaignPanel->table());
    connect(m_panel, &CandidatePanel::countsChanged, this, &MainWindow::updateStatus);
    // Queued: the table reads while it paints or scrolls, which is no moment for a dialog.
    connect(m_panel, &CandidatePanel::readFailed, this, [this](const QString &message) {
        // While the team database is away the status bar says so; the table reads again after.
        if (m_team && !m_team->connectionHolds())
            return;
        Error error;
        error.message = message;
        showError(tr("Candidates"), error);
    }, Qt::QueuedConnection);
    connect(m_panel, &CandidatePanel::currentChanged, this, &MainWindow::updateActions);
    connect(m_panel, &CandidatePanel::activated, this, &MainWindow::editCandidateById);
    connect(m_panel, &CandidatePanel::currentChanged, m_campaignActions, &CampaignActions::candidateChosen);
    connect(m_campaignActions, &CampaignActions::brandFitChanged, this, &MainWindow::campaignChanged);
    connect(m_campaignPanel, &CampaignPanel::campaignChanged, this, &MainWindow::campaignChanged);
    retranslateUi();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The undo stack is a child: QWidget's destructor deletes it, and its clear() signals
    // indexChanged, when this window's own part is gone already (UBSan: a call through a
    // MainWindow that is only a QWidget by then).
    m_undo->disconnect(this);
    closeStores();
}

void MainWindow::connectCharts()
{
    m_charts->setModels(m_campaignPanel->model(), m_panel->model());
}

void MainWindow::closeStores()
{
    delete m_team;
    m_team = nullptr;
    m_charts->setModels(nullptr, nullptr);
    // The panels' models read from the stores, which read from the database: in that order.
    m_campaignActions->setStores(nullptr, nullptr);
    m_campaignActions->setHistory(nullptr);
    m_campaignPanel->setFile(nullptr);
    m_panel->setStore(nullptr);
    m_panel->savedViews()->setDatabase(nullptr);
    m_help->setStore(nullptr);
    m_file.reset();
}

CandidateStore *MainWindow::store() const
{
    return m_file ? &m_file->candidates() : nullptr;
}

void MainWindow::campaignChanged()
{
    m_campaignActions->updateEnabled();
    m_exports->updateEnabled();
    m_reports->updateEnabled();
    CandidateTableModel *model = m_panel->model();
    if (!model)
        return;
    const Projection *projection = m_campaignPanel->projection();
    const auto campaign = m_campaignPanel->currentCampaign();
    // Fees are filtered in the campaign's currency, else in the currency of the language.
    m_panel->filterBar()->rangeRow()->setFeeCurrency(
        campaign ? campaign->currency() : CurrencyDefaults::forLanguage(QLocale()),
        m_file ? m_file->rates().load() : ExchangeRates());
    m_panel->filterBar()->rangeRow()->setCostInputs(
        projection && campaign ? std::optional(CampaignCostInputs::of(*campaign, *projection)) : std::nullopt);
    model->setGoalCampaign(projection ? campaign : std::nullopt,
                           projection ? *projection : Projection(Assumptions(), TierThresholds(), ExchangeRates()),
                           projection && campaign && m_file
                               ? BrandFitStore(m_file->database()).factors(campaign->id, projection->assumptions().brandFitWeight())
                               : QHash<qint64, double>());
    const bool shown = model->hasGoalColumn();
    QTableView *table = m_panel->table();
    if (table->isColumnHidden(CandidateTableModel::GoalFitColumn) == shown) {
        table->setColumnHidden(CandidateTableModel::GoalFitColumn, !shown);
        if (shown) {
            // Next to the name, where a marketer looks first, unless they placed it themselves.
            QHeaderView *header = table->horizontalHeader();
            if (header->visualIndex(CandidateTableModel::GoalFitColumn) == CandidateTableModel::GoalFitColumn)
                header->moveSection(CandidateTableModel::GoalFitColumn, 1);
            table->resizeColumnToContents(CandidateTableModel::GoalFitColumn);
        }
    }
}

QString MainWindow::currentFile() const
{
    return m_file ? m_file->path() : QString();
}

void MainWindow::updateStatus()
{
    m_status->setText(m_panel->countsText());
}

void MainWindow::showError(const QString &title, const Error &error)
{
    // A failure because the team database went away says so first (nothing was written).
    const QString text = m_team && !m_team->connectionHolds()
        ? TeamChangeWatch::lostNotice() + QLatin1String("\n\n") + error.text()
        : error.text();
    statusBar()->showMessage(text, 10000);
    if (isVisible())
        QMessageBox::warning(this, title, text);
}

bool MainWindow::openFile(const QString &path, bool createIfMissing, Error *error)
{
    Error fault;
    auto file = CampaignFile::open(path, createIfMissing ? Database::OpenMode::CreateIfMissing
                                                         : Database::OpenMode::ExistingOnly,
                                   &fault);
    if (!file) {
        if (error)
            *error = fault;
        return false;
    }
    closeStores();
    m_undo->clear();
    m_file = std::move(file);
    m_panel->setStore(&m_file->candidates());
    m_panel->savedViews()->setDatabase(&m_file->database(), m_file->mayEdit());
    m_help->setStore(&m_file->candidates());
    m_campaignPanel->setFile(m_file.get());
    m_campaignActions->setStores(&m_file->assumptions(), &m_file->rates());
    m_campaignActions->setHistory(m_file.get());
    connectCharts();
    m_campaignPanel->selectCampaign(SettingsKeys::lastCampaign.value());
    DefaultDatabase::rememberLastFile(m_file->path());
    m_readOnly->setReadOnly(!m_file->mayEdit());
    if (m_file->database().isServer()) {
        m_team = new TeamChangeWatch(*m_file, statusBar(), this);
        connect(m_file.get(), &CampaignFile::brandFitChanged, this, &MainWindow::campaignChanged);
    }
    retranslateUi();
    updateActions();
    return true;
}

bool MainWindow::loadDemo(Error *error)
{
    if (!m_file)
        return false;
    const bool ok = DemoData::addTo(m_file->candidates(), error).has_value();
    return ok && DemoCampaigns::add(m_file->campaigns(), m_file->candidates(), error);
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Campaign Database"), QDir::homePath(), tr("Campaign databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The file dialog asked before replacing a file, so an old one may go.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("New Campaign Database"),
                  Error{QString(), tr("The file “%1” cannot be replaced.").arg(QDir::toNativeSeparators(path))});
        return;
    }
    Error error;
    if (!openFile(path, true, &error))
        showError(tr("New Campaign Database"), error);
}

void MainWindow::openFileDialog()
{
    const QString start = currentFile().isEmpty() ? QDir::homePath() : QFileInfo(currentFile()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Campaign Database"), start,
        tr("Campaign databases (*.sqlite *.db)") + QLatin1String(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!openFile(path, false, &error))
        showError(tr("Open Campaign Database"), error);
}

void MainWindow::saveAs()
{
    if (!m_file)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Campaign Database As"),
                                                      currentFile(), tr("Campaign databases (*.sqlite)"));
    if (path.isEmpty() || QFileInfo(path) == QFileInfo(currentFile()))
        return;
    Error error;
    if (QFileInfo::exists(path) && !QFile::remove(path))
        error.message = tr("The file “%1” cannot be replaced.").arg(QDir::toNativeSeparators(path));
    if (error.isEmpty() && m_file->database().saveCopyAs(path, &error) && openFile(path, false, &error))
        return;
    showError(tr("Save Campaign Database As"), error);
}

void MainWindow::importCandidates()
{
    if (!m_file)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Candidates"), QDir::homePath(),
        tr("CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods *.xml)") + QLatin1String(";;")
            + tr("CSV files (*.csv *.txt *.tsv)") + QLatin1String(";;")
            + tr("Workbooks (*.xlsx *.ods *.xml)") + QLatin1String(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_file->path(), path, this);
    dialog.exec();
    if (dialog.report().imported + dialog.report().updated > 0) {
        // The import wrote on a connection of its own: every view reads the file again. It
        // is not on the undo stack; the marketer can Save As before importing to keep a copy.
        m_undo->clear();
        m_file->reread();
    }
}

bool MainWindow::addCandidateFromEditor(const Candidate &candidate)
{
    auto *command = new AddCandidateCommand(store(), candidate,
                                            [this](const Error &e) { showError(tr("Add Candidate"), e); });
    const bool ok = pushUndoable(m_undo, command);
    if (ok)
        m_panel->selectCandidate(command->candidateId());
    return ok;
}

bool MainWindow::editCandidate(const Candidate &before, const Candidate &after)
{
    auto *command = new EditCandidateCommand(store(), before, after, [this, before](const Error &e) {
        // A colleague's change since this was read: say what, and offer theirs to start from.
        if (!ConflictNotice::isConflict(e))
            showError(tr("Edit Candidate"), e);
        else if (ConflictNotice::askReload(this, e, ConflictNotice::Subject::Candidate))
            editCandidateById(before.id);
    });
    const bool ok = pushUndoable(m_undo, command);
    if (ok)
        m_panel->selectCandidate(after.id);
    return ok;
}

bool MainWindow::deleteCandidate(qint64 candidateId)
{
    const std::optional<Candidate> candidate = m_file ? m_file->candidates().find(candidateId) : std::nullopt;
    if (!candidate)
        return false;
    auto *command = new RemoveCandidateCommand(store(), &m_file->campaigns(), *candidate,
                                               [this](const Error &e) { showError(tr("Delete Candidate"), e); });
    return pushUndoable(m_undo, command);
}

void MainWindow::addCandidate()
{
    if (!m_file)
        return;
    CandidateEditorDialog dialog(this);
    prepareCurrencies(dialog);
    if (dialog.exec() == QDialog::Accepted)
        addCandidateFromEditor(dialog.candidate());
}

void MainWindow::editCandidateById(qint64 candidateId)
{
    if (m_file && !m_file->mayEdit()) {
        statusBar()->showMessage(ReadOnlyGuard::reason(), 10000);
        return;
    }
    const std::optional<Candidate> before = m_file ? m_file->candidates().find(candidateId) : std::nullopt;
    if (!before)
        return;
    CandidateEditorDialog dialog(this);
    prepareCurrencies(dialog);
    dialog.setCandidate(*before);
    if (dialog.exec() == QDialog::Accepted && dialog.candidate() != *before)
        editCandidate(*before, dialog.candidate());
}

void MainWindow::prepareCurrencies(CandidateEditorDialog &dialog) const
{
    const QStringList known = m_file ? m_file->rates().load().currencies() : QStringList();
    const QSqlDatabase db = m_file ? m_file->database().connection() : QSqlDatabase();
    dialog.channelEditor()->setCurrencies(known, CurrencyDefaults::preferred(db));
}

void MainWindow::editCurrent()
{
    editCandidateById(m_panel->currentCandidateId());
}

void MainWindow::deleteCurrent()
{
    const qint64 id = m_panel->currentCandidateId();
    if (id > 0)
        deleteCandidate(id); // undoable, so no confirmation question
}

void MainWindow::restoreSettings()
{
    using namespace SettingsKeys;
    if (!restoreGeometry(windowGeometry.value()))
        resize(1200, 720);
    restoreState(dockState.value());
    m_panel->restoreHeaderState(candidateColumns.value());
    // The candidate list gets a little more than half the height: about a dozen rows at
    // 1024×700 rather than seven, with the shortlist and charts still whole below.
    m_splitPending = !m_splitter->restoreState(splitter.value());
    m_bottomSplitter->restoreState(bottomSplitter.value());
    m_showChartsAction->setChecked(chartsShown.value());
}

void MainWindow::saveSettings() const
{
    using namespace SettingsKeys;
    windowGeometry.setValue(saveGeometry());
    dockState.setValue(saveState());
    candidateColumns.setValue(m_panel->headerState());
    splitter.setValue(m_splitter->saveState());
    bottomSplitter.setValue(m_bottomSplitter->saveState());
    chartsShown.setValue(m_showChartsAction->isChecked());
    if (const auto campaign = m_campaignPanel->currentCampaign())
        lastCampaign.setValue(campaign->id);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Shares set once the window has its size: set before, the splitter spreads the new
    // height by the panels' size hints, and the list was left with seven rows.
    if (m_splitPending) {
        m_splitPending = false;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 54 / 100, height - height * 54 / 100});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A message said in the language before (an export's "written to") would stay in it.
        statusBar()->clearMessage();
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(m_languages && action->data().toString() == m_languages->current());
    }
    QMainWindow::changeEvent(event);
}

} // namespace planner
