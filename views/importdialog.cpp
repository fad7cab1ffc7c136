#include "importdialog.h"

#include "backgroundwork.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"
#include "text/localformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace planner {

ImportDialog::ImportDialog(const QString &databasePath, const QString &csvPath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_csvPath(csvPath)
    , m_fileInfo(new QLabel(this))
    , m_duplicateLabel(new QLabel(this))
    , m_duplicates(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_settings.locale = QLocale();
    m_preview = CandidateImport::preview(csvPath, m_settings);
    m_mapping = m_preview.mapping;
    m_duplicates->addItems({QString(), QString()});
    m_duplicateLabel->setBuddy(m_duplicates);
    m_fileInfo->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_result->setReadOnly(true);
    m_result->hide();
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(m_duplicateLabel);
    duplicates->addWidget(m_duplicates);
    duplicates->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileInfo);
    layout->addLayout(duplicates);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_done) {
            accept();
            return;
        }
        runImport();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (WorkbookReader::isWorkbook(csvPath))
        setUpWorkbook();
    fillTable();
    retranslateUi();
    resize(980, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setUpWorkbook()
{
    m_workbook = std::make_unique<WorkbookSource>();
    m_sheetLabel = new QLabel(this);
    m_sheets = new QComboBox(this);
    m_sheetLabel->setBuddy(m_sheets);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sheetLabel);
    row->addWidget(m_sheets);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->insertLayout(1, row);
    // The only sheet that holds rows is taken as it is; with several, the first is shown
    // until the marketer chooses.
    Error error;
    m_workbook->prepare(m_csvPath, QString(), m_settings, &error);
    m_severalSheets = m_workbook->needsSheet();
    m_sheets->addItems(m_workbook->sheetNames());
    const int shown = m_severalSheets ? 0 : std::max(0, int(m_workbook->sheetNames().indexOf(m_workbook->sheet())));
    m_sheets->setCurrentIndex(shown);
    connect(m_sheets, &QComboBox::activated, this, &ImportDialog::chooseSheet);
    chooseSheet(shown);
}

void ImportDialog::chooseSheet(int index)
{
    if (!m_workbook)
        return;
    m_sheets->setCurrentIndex(index);
    Error error;
    if (m_workbook->prepare(m_csvPath, QString::number(index + 1), m_settings, &error)) {
        m_preview = CandidateImport::previewWorkbook(*m_workbook, m_settings);
    } else {
        m_preview = ImportPreview();
        m_preview.error = error;
    }
    m_mapping = m_preview.mapping;
    fillTable();
    retranslateWorkbook();
}

void ImportDialog::retranslateWorkbook()
{
    if (!m_workbook)
        return;
    m_sheetLabel->setText(m_severalSheets ? tr("This workbook has several sheets: choose the one to &import:")
                                          : tr("&Sheet:"));
    m_fileInfo->setText(tr("%1 — sheet “%2”. Numbers, percentages and dates are taken as the workbook "
                           "types them. Choose under each column what it holds; the first rows are "
                           "shown below.")
                            .arg(LocalFormat::isolated(QDir::toNativeSeparators(m_csvPath)),
                                 LocalFormat::isolated(m_sheets->currentText())));
}

void ImportDialog::fillTable()
{
    const int columns = int(m_preview.headers.size());
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.rows.size()) + 1);
    m_table->setHorizontalHeaderLabels(m_preview.headers);
    m_fieldBoxes.clear();
    for (int column = 0; column < columns; ++column) {
        auto *box = new QComboBox(m_table);
        for (ImportField field : ImportFields::all())
            box->addItem(ImportFields::name(field), int(field));
        box->setCurrentIndex(box->findData(int(m_mapping.field(column))));
        connect(box, &QComboBox::activated, this, [this, column, box] {
            setField(column, ImportField(box->currentData().toInt()));
        });
        m_table->setCellWidget(0, column, box);
        m_fieldBoxes << box;
        for (int row = 0; row < m_preview.rows.size(); ++row)
            // Isolated: "@sara.style" keeps its @ in front in a right-to-left table.
            m_table->setItem(row + 1, column,
                             new QTableWidgetItem(LocalFormat::isolated(m_preview.rows.at(row).value(column))));
    }
    m_table->resizeColumnsToContents();
    updateState();
}

void ImportDialog::setField(int column, ImportField field)
{
    m_mapping.setField(column, field);
    // A field is held by one column: show where the others moved.
    for (int c = 0; c < m_fieldBoxes.size(); ++c)
        m_fieldBoxes.at(c)->setCurrentIndex(m_fieldBoxes.at(c)->findData(int(m_mapping.field(c))));
    updateState();
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->setCurrentIndex(policy == DuplicatePolicy::Update ? 1 : 0);
}

void ImportDialog::updateState()
{
    const QString problem = !m_preview.error.isEmpty() ? m_preview.error.text() : m_mapping.missing();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_done || problem.isEmpty());
}

ImportReport ImportDialog::runImport()
{
    m_settings.onDuplicate = m_duplicates->currentIndex() == 1 ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    CandidateImport import(m_databasePath);
    BackgroundWork::run(this, QString(), tr("Importing candidates…"),
                        [&](BackgroundWork::Done &done) {
                            const auto progress = [&](qint64 read, qint64 total) {
                                done = total > 0 ? int(1000 * read / total) : 0;
                                return true; // import.cancel() stops it
                            };
                            m_report = m_workbook ? import.runWorkbook(*m_workbook, m_mapping, m_settings, progress)
                                                  : import.run(m_csvPath, m_mapping, m_settings, progress);
                        },
                        [&] { import.cancel(); });
    m_done = !m_report.cancelled && !m_report.failed();
    showReport();
    return m_report;
}

QString ImportDialog::reportText() const
{
    if (m_report.failed())
        return m_report.error.text();
    if (m_report.cancelled)
        return tr("The import was cancelled: nothing was changed.");
    //: Import summary: counts of rows
    QString text = tr("Imported %1, updated %2, skipped %3, rejected %4.")
                       .arg(LocalFormat::count(m_report.imported), LocalFormat::count(m_report.updated),
                            LocalFormat::count(m_report.skipped), LocalFormat::count(m_report.rejected));
    for (const ImportRejection &rejection : m_report.rejections) {
        if (!rejection.cell.isEmpty()) {
            //: A rejected row of a workbook: file name, sheet and cell ('Sheet1'!D14), reason
            text += QLatin1Char('\n') + tr("%1, cell %2: %3")
                        .arg(QFileInfo(rejection.file).fileName(), LocalFormat::isolated(rejection.cell),
                             rejection.text());
            continue;
        }
        //: A rejected row: file name, line, column, reason
        text += QLatin1Char('\n') + tr("%1, line %2, column %3: %4")
                    .arg(QFileInfo(rejection.file).fileName(), LocalFormat::count(rejection.line),
                         LocalFormat::count(rejection.column), rejection.text());
    }
    return text;
}

void ImportDialog::showReport()
{
    // The report reads in the interface's direction: Persian lines start at the right even
    // when one begins with a file name.
    QTextOption option = m_result->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    m_result->document()->setDefaultTextOption(option);
    m_result->setPlainText(reportText());
    m_result->show();
    m_table->setEnabled(!m_done);
    m_duplicates->setEnabled(!m_done);
    if (m_sheets)
        m_sheets->setEnabled(!m_done);
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(!m_done);
    retranslateUi();
    updateState();
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Candidates"));
    const QString encoding = m_preview.encoding.isEmpty() ? QStringLiteral("—") : m_preview.encoding;
    const QString delimiter = m_preview.delimiter == QLatin1Char('\t') ? tr("tab")
        : m_preview.delimiter.isNull() ? QStringLiteral("—") : QString(m_preview.delimiter);
    m_fileInfo->setText(tr("%1 — %2, fields separated by “%3”. Choose under each column what it holds; "
                           "the first rows are shown below.")
                            .arg(LocalFormat::isolated(QDir::toNativeSeparators(m_csvPath)), encoding, delimiter));
    m_duplicateLabel->setText(tr("&When a candidate is already in the file (same platform and handle):"));
    m_duplicates->setItemText(0, tr("Keep the stored one"));
    m_duplicates->setItemText(1, tr("Update it from the import"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_done ? tr("&Close") : tr("&Import"));
    for (QComboBox *box : std::as_const(m_fieldBoxes)) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, ImportFields::name(ImportField(box->itemData(i).toInt())));
    }
    retranslateWorkbook();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace planner
