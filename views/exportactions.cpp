#include "exportactions.h"

#include "campaignpanel.h"
#include "export/candidateexport.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "export/shortlistexport.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QAction>
#include <QApplication>
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
    m_shortlist->setText(tr("Export &Shortlist…"));
    m_shortlist->setStatusTip(tr("Saves the open campaign's shortlist with every projected figure as CSV"));
    m_candidates->setText(tr("Export &Candidates…"));
    m_candidates->setStatusTip(tr("Saves the candidate table as filtered and sorted as CSV"));
}

void ExportActions::updateEnabled()
{
    m_shortlist->setEnabled(m_campaignPanel->currentCampaign().has_value());
    m_candidates->setEnabled(m_candidatePanel->model() != nullptr);
}

QString ExportActions::askPath(const QString &title, const QString &name, CsvPreset *preset) const
{
    const QString excel = tr("CSV for Excel (*.csv)");
    const QString plain = tr("Plain CSV, UTF-8 without BOM (*.csv)");
    QString chosen = excel;
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir::home().filePath(name + QLatin1String(".csv")),
                                                excel + QLatin1String(";;") + plain, &chosen);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    *preset = chosen == plain ? CsvPreset::plain() : CsvPreset::excel(QLocale());
    return path;
}

bool ExportActions::exportShortlist(const QString &path, const CsvPreset &preset, Error *error)
{
    const ShortlistTableModel *model = m_campaignPanel->model();
    if (!model || !model->campaign())
        return false;
    const ShortlistExport exporter(*model->campaign(), model->entries(), model->candidates(), model->projection());
    if (!exporter.exportTo(path, preset, error))
        return false;
    //: Status bar after an export: %1 the campaign, %2 the file written
    emit written(tr("Shortlist of “%1” written to %2").arg(model->campaign()->name, QDir::toNativeSeparators(path)));
    return true;
}

bool ExportActions::exportCandidates(const QString &path, const CsvPreset &preset, Error *error)
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
    const bool ok = exporter.exportTo(path, model->filter(), model->sortOrder(), preset, error, [&](qint64 written) {
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
    CsvPreset preset;
    const QString path = askPath(tr("Export Shortlist"), campaign->name, &preset);
    if (path.isEmpty())
        return;
    Error error;
    if (!exportShortlist(path, preset, &error))
        QMessageBox::warning(m_window, tr("Export Shortlist"), error.text());
}

void ExportActions::exportCandidatesDialog()
{
    CsvPreset preset;
    const QString path = askPath(tr("Export Candidates"), tr("candidates"), &preset);
    if (path.isEmpty())
        return;
    Error error;
    if (!exportCandidates(path, preset, &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Candidates"), error.text());
}

} // namespace planner
