#pragma once

#include "commands/storecommand.h"
#include "domain/campaign.h"
#include "import/importreport.h"
#include "storage/resultstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QUndoStack;

namespace planner {

class CampaignFile;

// After the campaign: the results of each delivered post or video of the open campaign's
// shortlist (date, reach, impressions, views, likes, comments, shares, saves, clicks, fee
// paid), typed into the table or imported from a post-insights export, and whether the
// campaign is completed. Every change is a step on the window's undo stack.
class ResultsDialog : public QDialog
{
    Q_OBJECT

public:
    ResultsDialog(CampaignFile *file, const Campaign &campaign, QUndoStack *undo, ErrorSink errors,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *entryBox() const { return m_entries; }
    QCheckBox *completedBox() const { return m_completed; }
    QDateEdit *completedDate() const { return m_completedOn; }
    // What the last change or import said (a refusal, or the import's report).
    QString messageText() const;

    // Adds a result, dated today, for the entry chosen above the table; whether it was stored.
    bool addResult();
    bool removeCurrentResult();
    // Imports a CSV file or workbook of results into the campaign, off the window's thread
    // with progress and cancel; nothing is stored when a row fails to be written or the
    // marketer cancels. The report is shown under the table.
    ImportReport importFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillRow(int row, const DeliveryResult &result);
    void cellEdited(QTableWidgetItem *item);
    bool readCell(const QTableWidgetItem *item, DeliveryResult *result);
    void completionChanged();
    void chooseFile();
    bool push(class ResultCommand *command);
    void showMessage(const QString &text);
    QString targetName(qint64 entryId) const;
    QString reportText(const ImportReport &report) const;
    void retranslateUi();

    CampaignFile *m_file;
    ResultStore *m_store;
    Campaign m_campaign;
    QUndoStack *m_undo;
    ErrorSink m_errors;
    QList<ResultTarget> m_targets;
    QList<DeliveryResult> m_results; // one a table row
    bool m_loading = false;
    QLabel *m_intro;
    QLabel *m_entryLabel;
    QComboBox *m_entries;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QTableWidget *m_table;
    QCheckBox *m_completed;
    QDateEdit *m_completedOn;
    QLabel *m_message;
    QPushButton *m_close;
    QLabel *m_viewOnly;
    const bool m_readOnly; // a viewer on a team database
};

} // namespace planner
