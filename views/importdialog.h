#pragma once

#include "import/candidateimport.h"
#include "import/importreport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace planner {

// Imports candidates from a CSV file: shows how the file reads (encoding, delimiter), the
// column each field was recognised in with the first rows under it, lets the marketer
// change the mapping and choose what happens to candidates already stored, runs the import
// off the window's thread with progress and cancel, and lists every rejected row.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &databasePath, const QString &csvPath, QWidget *parent = nullptr);

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void updateState();
    void showReport();
    void retranslateUi();

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
};

} // namespace planner
