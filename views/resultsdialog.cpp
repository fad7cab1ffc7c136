#include "resultsdialog.h"

#include "backgroundwork.h"
#include "commands/candidatecommands.h"
#include "commands/resultcommand.h"
#include "import/resultimport.h"
#include "readonlyguard.h"
#include "resultdatedelegate.h"
#include "storage/campaignfile.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <atomic>
#include <cmath>

namespace planner {

namespace {

// Who, when, the eight measures in DeliveryResult's order, the fee paid.
constexpr int whoColumn = 0;
constexpr int dateColumn = 1;
constexpr int firstMeasureColumn = 2;
constexpr int feeColumn = firstMeasureColumn + DeliveryResult::measureCount;
constexpr int columnCount = feeColumn + 1;

} // namespace

ResultsDialog::ResultsDialog(CampaignFile *file, const Campaign &campaign, QUndoStack *undo, ErrorSink errors,
                             QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_store(&file->results())
    , m_campaign(campaign)
    , m_undo(undo)
    , m_errors(std::move(errors))
    , m_intro(new QLabel(this))
    , m_entryLabel(new QLabel(this))
    , m_entries(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_table(new QTableWidget(0, columnCount, this))
    , m_completed(new QCheckBox(this))
    , m_completedOn(new QDateEdit(this))
    , m_message(new QLabel(this))
    , m_close(new QPushButton(this))
    , m_viewOnly(ReadOnlyGuard::notice(this))
    , m_readOnly(!file->mayEdit())
{
    m_intro->setWordWrap(true);
    // A viewer reads the results; only a planner types, imports or completes.
    m_viewOnly->setVisible(m_readOnly);
    if (m_readOnly)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_import->setEnabled(!m_readOnly);
    m_completed->setEnabled(!m_readOnly);
    m_entryLabel->setBuddy(m_entries);
    m_table->setItemDelegateForColumn(dateColumn, new ResultDateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_completedOn->setCalendar(LocalFormat::calendar());
    m_completedOn->setCalendarPopup(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryLabel);
    entryRow->addWidget(m_entries, 1);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);
    entryRow->addWidget(m_import);
    auto *completionRow = new QHBoxLayout;
    completionRow->addWidget(m_completed);
    completionRow->addWidget(m_completedOn);
    completionRow->addStretch(1);
    completionRow->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_viewOnly);
    layout->addLayout(entryRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(completionRow);

    connect(m_add, &QPushButton::clicked, this, &ResultsDialog::addResult);
    connect(m_remove, &QPushButton::clicked, this, &ResultsDialog::removeCurrentResult);
    connect(m_import, &QPushButton::clicked, this, &ResultsDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemChanged, this, &ResultsDialog::cellEdited);
    connect(m_completed, &QCheckBox::toggled, this, &ResultsDialog::completionChanged);
    connect(m_completedOn, &QDateEdit::dateChanged, this, [this] {
        if (m_completed->isChecked())
            completionChanged();
    });
    // Queued: a change may come from inside a cell's itemChanged, whose item a reload replaces.
    connect(m_store, &ResultStore::changed, this, &ResultsDialog::reload, Qt::QueuedConnection);
    resize(980, 520);
    retranslateUi(); // reads the results too
}

QString ResultsDialog::messageText() const
{
    return m_message->text();
}

void ResultsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ResultsDialog::targetName(qint64 entryId) const
{
    for (const ResultTarget &target : m_targets) {
        if (target.entryId == entryId)
            //: A shortlist entry: name · platform · format
            return tr("%1 · %2 · %3").arg(LocalFormat::isolated(target.name), DisplayNames::platform(target.platform),
                                         DisplayNames::format(target.format));
    }
    return {};
}

void ResultsDialog::reload()
{
    Error error;
    m_targets = m_store->targets(m_campaign.id, &error);
    m_results = m_store->resultsOfCampaign(m_campaign.id, &error);
    if (!error.isEmpty())
        showMessage(error.text());
    m_loading = true;
    const qint64 chosen = m_entries->currentData().toLongLong();
    m_entries->clear();
    for (const ResultTarget &target : std::as_const(m_targets))
        m_entries->addItem(targetName(target.entryId), target.entryId);
    m_entries->setCurrentIndex(std::max(0, m_entries->findData(chosen)));
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row)
        fillRow(row, m_results.at(row));
    const QDate completedOn = m_store->completedOn(m_campaign.id);
    m_completed->setChecked(completedOn.isValid());
    m_completedOn->setDate(completedOn.isValid() ? completedOn : QDate::currentDate());
    m_completedOn->setEnabled(!m_readOnly && completedOn.isValid());
    m_add->setEnabled(!m_readOnly && !m_targets.isEmpty());
    m_remove->setEnabled(!m_readOnly && !m_results.isEmpty());
    m_loading = false;
    m_table->resizeColumnsToContents();
}

void ResultsDialog::fillRow(int row, const DeliveryResult &result)
{
    const auto put = [&](int column, const QString &text, bool editable) {
        auto *item = new QTableWidgetItem(text);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (column != whoColumn)
            item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    put(whoColumn, targetName(result.entryId), false);
    put(dateColumn, LocalFormat::date(result.date), true)->setData(Qt::UserRole, result.date);
    for (int i = 0; i < DeliveryResult::measureCount; ++i) {
        const std::optional<qint64> value = result.figures[i];
        put(firstMeasureColumn + i, value ? LocalFormat::count(*value) : QString(), true);
    }
    QTableWidgetItem *fee = put(feeColumn, result.feePaid ? LocalFormat::editableAmount(*result.feePaid) : QString(), true);
    if (result.feePaid)
        fee->setToolTip(LocalFormat::money(*result.feePaid));
}

bool ResultsDialog::readCell(const QTableWidgetItem *item, DeliveryResult *result)
{
    const int column = item->column();
    const QString header = m_table->horizontalHeaderItem(column)->text();
    if (column == dateColumn) {
        const QDate date = item->data(Qt::UserRole).toDate();
        if (!date.isValid())
            return false;
        result->date = date;
        return true;
    }
    const QString text = item->text().trimmed();
    const std::optional<double> number = LocalFormat::parseNumber(text);
    if (!text.isEmpty() && (!number || *number < 0)) {
        //: %1 the row number, %2 the column, %3 what was typed
        showMessage(tr("Row %1, %2: “%3” is not a number of zero or more; the cell keeps its value.")
                        .arg(LocalFormat::count(item->row() + 1), header, text));
        return false;
    }
    if (column == feeColumn) {
        const QString currency = result->feePaid ? result->feePaid->currency() : m_campaign.currency();
        result->feePaid = number ? std::optional<Money>(LocalFormat::fromDisplayAmount(*number, currency))
                                 : std::nullopt;
    } else {
        result->figures[column - firstMeasureColumn] =
            number ? std::optional<qint64>(std::llround(*number)) : std::nullopt;
    }
    return true;
}

void ResultsDialog::cellEdited(QTableWidgetItem *item)
{
    if (m_loading || item->row() >= m_results.size())
        return;
    const DeliveryResult before = m_results.at(item->row());
    DeliveryResult after = before;
    if (!readCell(item, &after) || after == before) {
        QMetaObject::invokeMethod(this, &ResultsDialog::reload, Qt::QueuedConnection);
        return;
    }
    if (push(new ResultCommand(m_store, before, after, m_errors)))
        showMessage(QString());
}

bool ResultsDialog::push(ResultCommand *command)
{
    if (m_readOnly) {
        delete command;
        showMessage(ReadOnlyGuard::reason());
        return false;
    }
    return pushUndoable(m_undo, command);
}

bool ResultsDialog::addResult()
{
    const qint64 entryId = m_entries->currentData().toLongLong();
    if (entryId <= 0)
        return false;
    DeliveryResult result;
    result.entryId = entryId;
    result.date = QDate::currentDate();
    return push(new ResultCommand(m_store, std::nullopt, result, m_errors));
}

bool ResultsDialog::removeCurrentResult()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return false;
    return push(new ResultCommand(m_store, m_results.at(row), std::nullopt, m_errors));
}

void ResultsDialog::completionChanged()
{
    if (m_loading)
        return;
    const QDate before = m_store->completedOn(m_campaign.id);
    const QDate after = m_completed->isChecked() ? m_completedOn->date() : QDate();
    if (before == after)
        return;
    push(ResultCommand::completion(m_store, m_campaign.id, before, after, m_errors));
}

void ResultsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Results"), QString(),
        tr("Post insights (*.csv *.txt *.xlsx *.ods *.xml);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

ImportReport ResultsDialog::importFile(const QString &path)
{
    // On a connection of its own, off the window's thread: the window's connection is not
    // to be used from another thread. One transaction: a cancel stores nothing.
    const QString databasePath = m_file->path();
    const qint64 campaignId = m_campaign.id;
    const QString campaignName = m_campaign.name;
    ImportSettings settings;
    settings.locale = QLocale();
    ImportReport report;
    std::atomic<bool> cancelled{false};
    BackgroundWork::run(this, tr("Import Results"), tr("Importing results…"),
                        [&](BackgroundWork::Done &done) {
                            Error error;
                            const std::unique_ptr<Database> database =
                                Database::open(databasePath, Database::OpenMode::ExistingOnly, &error);
                            if (!database) {
                                report.error = error;
                                return;
                            }
                            ResultStore store(*database);
                            ResultImport import(store, campaignId, campaignName);
                            import.setProgress([&](qint64 read, qint64 total) {
                                done = total > 0 ? int(1000 * read / total) : 0;
                                return !cancelled.load();
                            });
                            report = import.runFile(path, QString(), settings);
                        },
                        [&] { cancelled.store(true); });
    if (report.imported > 0 && !report.cancelled && !report.failed())
        m_store->reread();
    showMessage(reportText(report));
    return report;
}

QString ResultsDialog::reportText(const ImportReport &report) const
{
    if (report.failed())
        return report.error.text();
    if (report.cancelled)
        return tr("Import cancelled: nothing was stored.");
    QStringList lines;
    //: After an import of results: how many rows were stored and refused
    lines << tr("%1 results imported, %2 rows refused.")
                 .arg(LocalFormat::count(report.imported), LocalFormat::count(report.rejected));
    for (const ImportRejection &rejection : report.rejections.mid(0, 8))
        lines << rejection.where() + QStringLiteral(": ") + rejection.text();
    return lines.join(QLatin1Char('\n'));
}

void ResultsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResultsDialog::retranslateUi()
{
    //: Window title: %1 the campaign's name
    setWindowTitle(tr("Results of “%1”").arg(m_campaign.name));
    m_intro->setText(tr("What each delivered post or video really did, as the platform's insights report it. "
                        "Type the figures into the table (an empty cell is a figure you do not have) or import "
                        "a post-insights export. Results of completed campaigns teach the assumptions."));
    m_entryLabel->setText(tr("&For:"));
    m_add->setText(tr("&Add Result"));
    m_remove->setText(tr("&Remove Result"));
    m_import->setText(tr("&Import File…"));
    m_completed->setText(tr("Campaign &completed on"));
    m_close->setText(tr("Close"));
    m_viewOnly->setText(ReadOnlyGuard::reason());
    QStringList headers{tr("Delivered by"), tr("Date"), tr("Reach"), tr("Impressions"), tr("Views"), tr("Likes"),
                        tr("Comments"), tr("Shares"), tr("Saves"), tr("Clicks")};
    //: Column: the fee actually paid, %1 the campaign's currency
    headers << tr("Fee paid (%1)").arg(m_campaign.currency());
    m_table->setHorizontalHeaderLabels(headers);
    if (!m_loading && m_store)
        reload();
}

} // namespace planner
