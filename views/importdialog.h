#pragma once

#include "import/candidateimport.h"
#include "import/importreport.h"
#include "translateddialog.h"

#include <QHash>
#include <QSet>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace planner {

class WorkbookSource;

// Imports candidates from a CSV file: shows how the file reads (encoding, delimiter and
// platform, each changeable), the column each field was recognised in with the first rows
// under it (every cell that will be left empty marked, with why), the counts a dry run of
// the whole file gives, lets the marketer change the mapping and choose what happens to
// candidates already stored, runs the import off the window's thread with progress and
// cancel, and lists every rejected row and every warning (the list can be saved as CSV).
// A workbook (.xlsx, .ods, Excel XML) goes through the same steps from the sheet chosen
// above the table (the only one that holds rows, else the first until one is chosen).
class ImportDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &databasePath, const QString &csvPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    const ImportPreview &preview() const { return m_preview; }
    HeaderMapping mapping() const { return m_mapping; }
    // Gives a file column a field, as the column's list does.
    void setField(int column, ImportField field);
    void setDuplicatePolicy(DuplicatePolicy policy);
    // The platform of rows that do not say it; empty: the file's own (when it says it).
    void setPlatform(std::optional<Platform> platform);
    // Reads the file again with another delimiter or encoding (null / Detect: found from the file).
    void setDialect(const CsvDialect &dialect);
    // What importing now would do: a dry run of the whole file.
    const ImportReport &dryRun() const { return m_dryRun; }
    // Why a preview cell (row of the preview, file column) will be left empty; empty when it will not.
    QString cellProblem(int row, int column) const { return m_cellProblems.value({row, column}); }
    // Runs the import with a progress dialog; the report is kept and shown.
    ImportReport runImport();
    const ImportReport &report() const { return m_report; }
    QString reportText() const;
    // The report's rejections and warnings as CSV (file, line, column, outcome, field, reason).
    bool saveReport(const QString &path, Error *error) const;
    QTableWidget *table() const { return m_table; }
    QComboBox *platformBox() const { return m_platform; }
    // The workbook's sheets (empty for a CSV file) and the one whose rows are shown.
    QComboBox *sheetBox() const { return m_sheets; }
    void chooseSheet(int index);

private:
    void readFile();
    void fillTable();
    void markCells();
    void check();
    void updateState();
    void showReport();
    void retranslateUi() override;
    ImportReport runInBackground(CandidateImport &import, const QString &label);
    QString dryRunText() const;
    QString problem() const;
    void setUpWorkbook();
    void retranslateWorkbook();

    QString m_databasePath;
    QString m_csvPath;
    ImportSettings m_settings;
    ImportPreview m_preview;
    HeaderMapping m_mapping;
    ImportReport m_dryRun;
    ImportReport m_report;
    QHash<std::pair<int, int>, QString> m_cellProblems;
    QSet<std::pair<int, int>> m_rejectedCells;
    bool m_done = false;
    QLabel *m_fileInfo;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QLabel *m_duplicateLabel;
    QComboBox *m_duplicates;
    QTableWidget *m_table;
    QLabel *m_counts;
    QLabel *m_problem;
    QPlainTextEdit *m_result;
    QPushButton *m_saveReport;
    QDialogButtonBox *m_buttons;
    QList<QComboBox *> m_fieldBoxes;
    std::unique_ptr<WorkbookSource> m_workbook;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheets = nullptr;
    bool m_severalSheets = false;
    int m_preparedSheet = -1; // the sheet m_workbook holds as CSV, -1 for none
};

} // namespace planner
