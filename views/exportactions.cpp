#include "exportactions.h"

#include "actiontexts.h"
#include "campaignpanel.h"
#include "export/candidateexport.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "export/shortlistexport.h"
#include "storage/brandfitstore.h"
#include "storage/campaignfile.h"
#include "export/xlsxworkbookwriter.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace planner {

ExportActions::ExportActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window)
    : QObject(window)
    , m_candidatePanel(candidates)
    , m_campaignPanel(campaign)
    , m_window(window)
    , m_shortlist(new QAction(this))
    , m_candidates(new QAction(this))
{
    connect(m_shortlist, &QAction::triggered, this, &ExportActions::exportShortlistDialog);
    connect(m_candidates, &QAction::triggered, this, &ExportActions::exportCandidatesDialog);
    retranslate();
}

void ExportActions::retranslate()
{
    describeAction(m_shortlist, tr("Export &Shortlist…"), tr("Saves the open campaign's shortlist with every projected figure as an Excel workbook or CSV"));
    describeAction(m_candidates, tr("Export &Candidates…"), tr("Saves the candidate table as filtered and sorted as an Excel workbook or CSV"));
}

void ExportActions::updateEnabled()
{
    m_shortlist->setEnabled(m_campaignPanel->currentCampaign().has_value());
    m_candidates->setEnabled(m_candidatePanel->model() != nullptr);
}

std::optional<ExportActions::Choice> ExportActions::ask(const QString &title,
                                                       const QString &name) const
{
    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString excel = tr("CSV for Excel (*.csv)");
    const QString plain = tr("Plain CSV, UTF-8 without BOM (*.csv)");
    QFileDialog dialog(m_window, title, QDir::home().filePath(name + QLatin1String(".xlsx")));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // Qt's own dialog, so that the column-name choice can sit below the file name.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters({workbook, excel, plain});
    dialog.selectNameFilter(workbook);
    auto *titles = new QCheckBox(tr("Column names in the interface language "
                                    "(untick for the English keys scripts and the import read)"),
                                 &dialog);
    titles->setChecked(true);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(titles, grid->rowCount(), 0, 1, grid->columnCount());
    // The suffix follows the chosen type.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        dialog.setDefaultSuffix(filter == workbook ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    });
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    Choice choice;
    const QString chosen = dialog.selectedNameFilter();
    choice.path = dialog.selectedFiles().first();
    choice.workbook = chosen == workbook;
    choice.preset = chosen == plain ? CsvPreset::plain() : CsvPreset::excel(QLocale());
    choice.localizedHeaders = titles->isChecked();
    choice.preset.localizedHeaders = choice.localizedHeaders;
    const QString suffix = choice.workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!choice.path.endsWith(suffix, Qt::CaseInsensitive))
        choice.path += suffix;
    return choice;
}

WorkbookOptions ExportActions::workbookOptions(const QString &sheetName, bool localizedHeaders) const
{
    WorkbookOptions options;
    options.sheetName = sheetName;
    options.localizedHeaders = localizedHeaders;
    options.rightToLeft = m_window->layoutDirection() == Qt::RightToLeft;
    return options;
}

QHash<qint64, BrandFit> ExportActions::brandFits(qint64 campaignId) const
{
    CampaignFile *file = m_campaignPanel->file();
    return file ? BrandFitStore(file->database()).forCampaign(campaignId) : QHash<qint64, BrandFit>();
}

bool ExportActions::exportShortlistWorkbook(const QString &path, bool localizedHeaders,
                                            Error *error)
{
    const ShortlistTableModel *model = m_campaignPanel->model();
    if (!model || !model->campaign())
        return false;
    const ShortlistExport exporter(*model->campaign(), model->entries(), model->candidates(),
                                   model->projection(), brandFits(model->campaign()->id));
    if (!exporter.exportWorkbook(path, workbookOptions(model->campaign()->name, localizedHeaders), error))
        return false;
    //: Status bar after an export: %1 the campaign, %2 the file written
    emit written(tr("Shortlist of “%1” written to %2").arg(model->campaign()->name, QDir::toNativeSeparators(path)));
    return true;
}

bool ExportActions::exportCandidatesWorkbook(const QString &path, bool localizedHeaders,
                                             Error *error)
{
    const WorkbookOptions options = workbookOptions(tr("Candidates"), localizedHeaders);
    return writeCandidates(path, [&](CandidateExport &exporter, const CandidateTableModel &model,
                                     const CandidateExport::Progress &progress) {
        return exporter.exportWorkbook(path, model.filter(), model.sortOrder(), options, error, progress);
    });
}

bool ExportActions::exportShortlistAs(const Choice &choice, Error *error)
{
    return choice.workbook ? exportShortlistWorkbook(choice.path, choice.localizedHeaders, error)
                           : exportShortlist(choice.path, choice.preset, error);
}

bool ExportActions::exportCandidatesAs(const Choice &choice, Error *error)
{
    return choice.workbook ? exportCandidatesWorkbook(choice.path, choice.localizedHeaders, error)
                           : exportCandidates(choice.path, choice.preset, error);
}

bool ExportActions::exportShortlist(const QString &path, const CsvPreset &preset, Error *error)
{
    const ShortlistTableModel *model = m_campaignPanel->model();
    if (!model || !model->campaign())
        return false;
    const ShortlistExport exporter(*model->campaign(), model->entries(), model->candidates(), model->projection(),
                                   brandFits(model->campaign()->id));
    if (!exporter.exportTo(path, preset, error))
        return false;
    //: Status bar after an export: %1 the campaign, %2 the file written
    emit written(tr("Shortlist of “%1” written to %2").arg(model->campaign()->name, QDir::toNativeSeparators(path)));
    return true;
}

bool ExportActions::exportCandidates(const QString &path, const CsvPreset &preset, Error *error)
{
    return writeCandidates(path, [&](CandidateExport &exporter, const CandidateTableModel &model,
                                     const CandidateExport::Progress &progress) {
        return exporter.exportTo(path, model.filter(), model.sortOrder(), preset, error, progress);
    });
}

bool ExportActions::writeCandidates(const QString &path, const CandidateWrite &write)
{
    CandidateTableModel *model = m_candidatePanel->model();
    CandidateStore *store = m_campaignPanel->candidateStore();
    if (!model || !store)
        return false;
    const qint64 total = store->rowCount(model->filter());
    QProgressDialog progress(tr("Writing the candidates…"), tr("Cancel"), 0, 1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    CandidateExport exporter(*store);
    const bool ok = write(exporter, *model, [&](qint64 written) {
        progress.setValue(total > 0 ? int(1000 * written / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (ok)
        //: Status bar after an export: %1 the file written
        emit written(tr("Candidates as filtered written to %1").arg(QDir::toNativeSeparators(path)));
    return ok;
}

void ExportActions::exportShortlistDialog()
{
    const auto campaign = m_campaignPanel->currentCampaign();
    if (!campaign)
        return;
    const std::optional<Choice> choice = ask(tr("Export Shortlist"), campaign->name);
    if (!choice)
        return;
    Error error;
    if (!exportShortlistAs(*choice, &error))
        QMessageBox::warning(m_window, tr("Export Shortlist"), error.text());
}

void ExportActions::exportCandidatesDialog()
{
    const std::optional<Choice> choice = ask(tr("Export Candidates"), tr("candidates"));
    if (!choice)
        return;
    Error error;
    if (!exportCandidatesAs(*choice, &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Candidates"), error.text());
}

} // namespace planner
