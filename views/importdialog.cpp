#include "importdialog.h"

#include "backgroundwork.h"
#include "formfields.h"
#include "csv/csvpreset.h"
#include "csv/csvwriter.h"
#include "text/displaynames.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"
#include "text/localformat.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace planner {

namespace {

// Marks of preview cells: left empty (amber), or the cell that keeps its row out (red).
const QColor emptyMark(0xFF, 0xE0, 0xB2);
const QColor rejectedMark(0xFF, 0xCD, 0xD2);

// A line of the report for a rejected row or a value left empty: a workbook's said by its
// sheet and cell (%1 file, %2 cell, %3 reason), a CSV file's by its line and column (%1
// file, %2 line, %3 column, %4 reason).
QString problemLine(const ImportRejection &problem, const QString &cellPattern,
                    const QString &linePattern)
{
    const QString file = QFileInfo(problem.file).fileName();
    if (!problem.sheetCell.isEmpty())
        return cellPattern.arg(file, LocalFormat::isolated(problem.sheetCell), problem.text());
    return linePattern.arg(file, LocalFormat::count(problem.line), LocalFormat::count(problem.column),
                           problem.text());
}

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, const QString &csvPath, QWidget *parent)
    : TranslatedDialog(parent)
    , m_databasePath(databasePath)
    , m_csvPath(csvPath)
    , m_fileInfo(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiterLabel(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_duplicateLabel(new QLabel(this))
    , m_duplicates(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_counts(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_saveReport(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_settings.locale = QLocale();
    m_encoding->addItem(QString(), int(CsvDialect::Encoding::Detect));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvDialect::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16"), int(CsvDialect::Encoding::Utf16));
    m_delimiter->addItem(QString(), QString());
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(QString(c), QString(c));
    m_platform->addItem(QString(), QString());
    for (const Platform platform : allPlatforms())
        m_platform->addItem(DisplayNames::platform(platform), platformKey(platform));
    m_duplicates->addItems({QString(), QString()});
    for (auto [label, box] : {std::pair{m_encodingLabel, m_encoding}, std::pair{m_delimiterLabel, m_delimiter},
                              std::pair{m_platformLabel, m_platform}, std::pair{m_duplicateLabel, m_duplicates}})
        label->setBuddy(box);
    m_fileInfo->setWordWrap(true);
    FormFields::markAsError(m_problem);
    m_counts->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_result->setReadOnly(true);
    m_result->hide();
    m_saveReport->hide();
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *form = new QFormLayout;
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(m_platformLabel, m_platform);
    form->addRow(m_duplicateLabel, m_duplicates);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveReport);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileInfo);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_problem);
    layout->addWidget(m_result, 1);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_done) {
            accept();
            return;
        }
        runImport();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto dialectChanged = [this] {
        CsvDialect dialect;
        dialect.encoding = CsvDialect::Encoding(m_encoding->currentData().toInt());
        const QString delimiter = m_delimiter->currentData().toString();
        dialect.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
        setDialect(dialect);
    };
    connect(m_encoding, &QComboBox::activated, this, dialectChanged);
    connect(m_delimiter, &QComboBox::activated, this, dialectChanged);
    connect(m_platform, &QComboBox::activated, this, [this] {
        setPlatform(platformFromKey(m_platform->currentData().toString()));
    });
    connect(m_duplicates, &QComboBox::activated, this, [this] { check(); });
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        //: Title of the file dialog that saves the import report
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Import Report"),
                                                          QStringLiteral("import-report.csv"), tr("CSV files (*.csv)"));
        Error error;
        if (!path.isEmpty() && !saveReport(path, &error))
            QMessageBox::warning(this, tr("Save the Import Report"), error.text());
    });
    if (WorkbookReader::isWorkbook(m_csvPath))
        setUpWorkbook();
    else
        readFile();
    resize(1040, 640);
}

void ImportDialog::readFile()
{
    if (m_workbook) {
        // A sheet already read stays read: reading a workbook again costs seconds on a big one.
        const int sheet = m_sheets->currentIndex();
        Error error;
        if (sheet != m_preparedSheet)
            m_preparedSheet = m_workbook->prepare(m_csvPath, QString::number(sheet + 1), m_settings, &error) ? sheet : -1;
        if (sheet == m_preparedSheet) {
            m_preview = CandidateImport::previewWorkbook(*m_workbook, m_settings);
        } else {
            m_preview = ImportPreview();
            m_preview.error = error;
        }
    } else {
        m_preview = CandidateImport::preview(m_csvPath, m_settings);
    }
    m_mapping = m_preview.mapping;
    fillTable();
    retranslateUi();
    check();
}

void ImportDialog::setDialect(const CsvDialect &dialect)
{
    m_settings.dialect = dialect;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(dialect.encoding))));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(dialect.delimiter.isNull() ? QString() : QString(dialect.delimiter))));
    readFile();
}

void ImportDialog::setPlatform(std::optional<Platform> platform)
{
    m_settings.platform = platform;
    m_platform->setCurrentIndex(platform ? std::max(0, m_platform->findData(platformKey(*platform))) : 0);
    check();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setUpWorkbook()
{
    m_workbook = std::make_unique<WorkbookSource>();
    // A workbook's cells are typed: no encoding or separator to choose.
    for (QWidget *widget : {static_cast<QWidget *>(m_encodingLabel), static_cast<QWidget *>(m_encoding),
                            static_cast<QWidget *>(m_delimiterLabel), static_cast<QWidget *>(m_delimiter)})
        widget->hide();
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
    if (m_workbook->prepare(m_csvPath, QString(), m_settings, &error))
        m_preparedSheet = int(m_workbook->sheetNames().indexOf(m_workbook->sheet()));
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
    readFile();
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
    m_table->clear();
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
}

void ImportDialog::setField(int column, ImportField field)
{
    m_mapping.setField(column, field);
    // A field is held by one column: show where the others moved.
    for (int c = 0; c < m_fieldBoxes.size(); ++c)
        m_fieldBoxes.at(c)->setCurrentIndex(m_fieldBoxes.at(c)->findData(int(m_mapping.field(c))));
    check();
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->setCurrentIndex(policy == DuplicatePolicy::Update ? 1 : 0);
    check();
}

QString ImportDialog::problem() const
{
    if (!m_preview.error.isEmpty())
        return m_preview.error.text();
    if (m_preview.headers.isEmpty())
        return {};
    const QString missing = m_mapping.missing();
    if (!missing.isEmpty())
        return missing + QLatin1Char(' ') + tr("Choose under a column what it holds.");
    const bool stated = m_preview.platformStated || m_mapping.has(ImportField::Platform)
        || m_mapping.has(ImportField::ProfileUrl) || m_mapping.headerPlatform();
    if (!stated && !m_settings.platform)
        return tr("Nothing in the file says which platform these candidates are on: choose it above.");
    return {};
}

void ImportDialog::check()
{
    // What importing now would do: the whole file read and checked, nothing written.
    m_settings.onDuplicate = m_duplicates->currentIndex() == 1 ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    m_dryRun = ImportReport();
    if (!m_done && problem().isEmpty() && !m_preview.headers.isEmpty()) {
        // On a thread of its own, with progress and Cancel, as the import itself.
        CandidateImport dry(m_databasePath);
        dry.setDryRun(true);
        m_dryRun = runInBackground(dry, tr("Checking the whole file…"));
    }
    markCells();
    retranslateUi();
    updateState();
}

void ImportDialog::markCells()
{
    m_cellProblems.clear();
    m_rejectedCells.clear();
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        for (int column = 0; column < m_preview.headers.size(); ++column) {
            const QString text = m_preview.rows.at(row).value(column).trimmed();
            if (m_mapping.field(column) == ImportField::Ignored || text.isEmpty() || !ValueParser::isMissing(text))
                continue;
            //: A preview cell: %1 its text (NULL, N/A, #NAME?)
            const QString why = tr("“%1” means no value: left empty").arg(text);
            m_cellProblems.insert({row, column}, why);
        }
    }
    const auto place = [this](const QList<ImportRejection> &entries, bool rejected) {
        for (const ImportRejection &entry : entries) {
            const int row = int(m_preview.rowLines.indexOf(entry.line));
            if (row < 0)
                continue;
            const int column = int(std::max<qint64>(entry.cell, 0));
            const QString why = rejected ? tr("This row will not be imported: %1").arg(entry.text())
                                         : tr("Left empty: %1").arg(entry.text());
            const QString before = m_cellProblems.value({row, column});
            m_cellProblems.insert({row, column}, before.isEmpty() ? why : before + QLatin1Char('\n') + why);
            if (rejected)
                m_rejectedCells.insert({row, column});
        }
    };
    place(m_dryRun.warnings, false);
    place(m_dryRun.rejections, true);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        for (int column = 0; column < m_preview.headers.size(); ++column) {
            QTableWidgetItem *item = m_table->item(row + 1, column);
            if (!item)
                continue;
            const QString why = m_cellProblems.value({row, column});
            item->setToolTip(why);
            item->setIcon(why.isEmpty() ? QIcon() : icon);
            const bool rejected = m_rejectedCells.contains({row, column});
            item->setBackground(why.isEmpty() ? QBrush() : QBrush(rejected ? rejectedMark : emptyMark));
        }
    }
}

void ImportDialog::updateState()
{
    const QString text = m_done ? QString() : problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_counts->setVisible(!m_done && text.isEmpty() && !m_preview.headers.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_done || text.isEmpty());
}

ImportReport ImportDialog::runImport()
{
    m_settings.onDuplicate = m_duplicates->currentIndex() == 1 ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    CandidateImport import(m_databasePath);
    m_report = runInBackground(import, tr("Importing candidates…"));
    m_done = !m_report.cancelled && !m_report.failed();
    showReport();
    return m_report;
}

ImportReport ImportDialog::runInBackground(CandidateImport &import, const QString &label)
{
    ImportReport report;
    BackgroundWork::run(this, QString(), label,
                        [&](BackgroundWork::Done &done) {
                            const auto progress = [&](qint64 read, qint64 total) {
                                done = total > 0 ? int(1000 * read / total) : 0;
                                return true; // import.cancel() stops it
                            };
                            report = m_workbook ? import.runWorkbook(*m_workbook, m_mapping, m_settings, progress)
                                                : import.run(m_csvPath, m_mapping, m_settings, progress);
                        },
                        [&] { import.cancel(); });
    return report;
}

QString ImportDialog::dryRunText() const
{
    if (m_dryRun.cancelled)
        return tr("The check of the whole file was cancelled, so what an import would do is not known. "
                  "Change any choice above to check again, or import anyway.");
    //: Before importing: what a dry run of the whole file found
    return tr("If imported now: %1 new, %2 updated, %3 already stored (skipped), %4 rejected; values left empty: %5.")
        .arg(LocalFormat::count(m_dryRun.imported), LocalFormat::count(m_dryRun.updated),
             LocalFormat::count(m_dryRun.skipped), LocalFormat::count(m_dryRun.rejected),
             LocalFormat::count(m_dryRun.warningCount));
}

QString ImportDialog::reportText() const
{
    if (m_report.failed())
        return m_report.error.text();
    if (m_report.cancelled)
        return tr("The import was cancelled: nothing was changed.");
    //: Import summary: counts of rows and of values left empty
    QString text = tr("Imported %1, updated %2, skipped %3, rejected %4; values left empty: %5.")
                       .arg(LocalFormat::count(m_report.imported), LocalFormat::count(m_report.updated),
                            LocalFormat::count(m_report.skipped), LocalFormat::count(m_report.rejected),
                            LocalFormat::count(m_report.warningCount));
    for (const QString &note : m_report.notes)
        text += QLatin1Char('\n') + note;
    //: A rejected row of a workbook: file name, sheet and cell ('Sheet1'!D14), reason
    const QString rejectedCell = tr("%1, cell %2: %3");
    //: A rejected row: file name, line, column, reason
    const QString rejectedLine = tr("%1, line %2, column %3: %4");
    //: A value left empty in a workbook's row: file name, sheet and cell ('Sheet1'!D14), reason
    const QString emptyCell = tr("%1, cell %2, left empty: %3");
    //: A value left empty in an imported row: file name, line, column, reason
    const QString emptyLine = tr("%1, line %2, column %3, left empty: %4");
    for (const ImportRejection &rejection : m_report.rejections)
        text += QLatin1Char('\n') + problemLine(rejection, rejectedCell, rejectedLine);
    for (const ImportRejection &warning : m_report.warnings)
        text += QLatin1Char('\n') + problemLine(warning, emptyCell, emptyLine);
    return text;
}

bool ImportDialog::saveReport(const QString &path, Error *error) const
{
    return CsvWriter::saveFile(path, CsvPreset::excel(QLocale()), [this](CsvWriter &writer) {
        //: Column headers of the saved import report
        writer.writeRow({tr("File"), tr("Line"), tr("Column"), tr("Outcome"), tr("Field"), tr("Reason")});
        for (const auto &[entries, outcome] : {std::pair{&m_report.rejections, tr("row rejected")},
                                               std::pair{&m_report.warnings, tr("value left empty")}}) {
            for (const ImportRejection &entry : *entries) {
                writer.addText(QFileInfo(entry.file).fileName());
                if (entry.sheetCell.isEmpty()) {
                    writer.addInteger(entry.line);
                    writer.addInteger(entry.column);
                } else { // a workbook: its sheet and cell say where
                    writer.addText(entry.sheetCell);
                    writer.addText(QString());
                }
                writer.addText(outcome);
                writer.addText(entry.field);
                writer.addText(entry.reason);
                writer.endRow();
            }
        }
        return true;
    }, error);
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
    m_saveReport->setVisible(m_done && (!m_report.rejections.isEmpty() || !m_report.warnings.isEmpty()));
    for (QWidget *widget : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_duplicates),
                            static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_delimiter),
                            static_cast<QWidget *>(m_platform)})
        widget->setEnabled(!m_done);
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
    m_fileInfo->setText(tr("%1. Choose under each column what it holds; the first rows are shown below, "
                           "each value that will be left empty marked (hover it to see why).")
                            .arg(LocalFormat::isolated(QDir::toNativeSeparators(m_csvPath))));
    m_encodingLabel->setText(tr("&Encoding:"));
    //: %1 the encoding found (UTF-8)
    m_encoding->setItemText(0, tr("Found from the file: %1").arg(encoding));
    m_delimiterLabel->setText(tr("&Separator:"));
    //: %1 the separator found (, ; or tab)
    m_delimiter->setItemText(0, tr("Found from the file: “%1”").arg(delimiter));
    m_delimiter->setItemText(3, tr("tab"));
    m_platformLabel->setText(tr("&Platform:"));
    m_platform->setItemText(0, m_preview.platformStated ? tr("As the file says (rows that do not say it are rejected)")
                                                        : tr("Choose the platform…"));
    for (int i = 1; i < m_platform->count(); ++i)
        m_platform->setItemText(i, DisplayNames::platform(allPlatforms().at(i - 1)));
    m_duplicateLabel->setText(tr("&When a candidate is already in the file (same platform and handle):"));
    m_duplicates->setItemText(0, tr("Keep the stored one"));
    m_duplicates->setItemText(1, tr("Update it from the import"));
    m_counts->setText(dryRunText());
    m_saveReport->setText(tr("&Save Report as CSV…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_done ? tr("&Close") : tr("&Import"));
    for (QComboBox *box : std::as_const(m_fieldBoxes)) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, ImportFields::name(ImportField(box->itemData(i).toInt())));
    }
    retranslateWorkbook();
}

} // namespace planner
