#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "translateddialog.h"

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace planner {

class LanguagePicker;
class NicheChecklist;

// Creates or edits a campaign: name, goal, budget and currency, target niches and regions,
// dates and notes. OK checks the form and names the field at fault.
class CampaignEditorDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    // currencies: the codes the exchange-rate table knows, offered first.
    explicit CampaignEditorDialog(const QStringList &currencies, QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    Campaign campaign() const { return m_result; }
    QString errorText() const;

    void accept() override;

private:
    void updateUnit();

    Campaign readForm(Error *error) const;
    void showError(const Error &error);
    void retranslateUi() override;

    QLineEdit *m_name;
    QComboBox *m_goal;
    QLineEdit *m_budget;
    QComboBox *m_currency;
    QLabel *m_unit; // the unit the budget is typed in: toman for rial when chosen
    NicheChecklist *m_niches;
    QLineEdit *m_regions;
    LanguagePicker *m_languages; // the target languages
    QDateEdit *m_start;
    QDateEdit *m_end;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    Campaign m_result;
    qint64 m_id = 0;
};

} // namespace planner
