#pragma once

#include "import/candidateimport.h"
#include "import/importreport.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace planner {

class WorkbookSource;

// Imports candidates from a CSV file: shows how the file reads (encoding, delimiter), the
// column each field was recognised in with the first rows under it, lets the marketer
// change the mapping and choose what happens to candidates already stored, runs the import
// off the window's thread with progress and cancel, and lists every rejected row.
// A workbook (.xlsx, .ods, Excel XML) goes through the same steps from the sheet chosen
// above the table (the only one that holds rows, else the first until one is chosen).
class ImportDialog : public QDialog
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
    // Runs the import with a progress dialog; the report is kept and shown.
    ImportReport runImport();
    const ImportReport &report() const { return m_report; }
    QString reportText() const;
    QTableWidget *table() const { return m_table; }
    // The workbook's sheets (empty for a CSV file) and the one whose rows are shown.
    QComboBox *sheetBox() const { return m_sheets; }
    void chooseSheet(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void updateState();
    void showReport();
    void retranslateUi();
    void setUpWorkbook();
    void retranslateWorkbook();

    QString m_databasePath;
    QString m_csvPath;
    ImportSettings m_settings;
    ImportPreview m_preview;
    HeaderMapping m_mapping;
    ImportReport m_report;
    bool m_done = false;
    QLabel *m_fileInfo;
    QLabel *m_duplicateLabel;
    QComboBox *m_duplicates;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPlainTextEdit *m_result;
    QDialogButtonBox *m_buttons;
    QList<QComboBox *> m_fieldBoxes;
    std::unique_ptr<WorkbookSource> m_workbook;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheets = nullptr;
    bool m_severalSheets = false;
};

} // namespace planner
