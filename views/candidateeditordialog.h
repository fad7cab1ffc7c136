#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include "nichechecklist.h"
#include "translateddialog.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace planner {

class ChannelTableEditor;

// Adds or edits one candidate and their channels. Refuses to close on invalid input and
// says which field is wrong and why.
class CandidateEditorDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit CandidateEditorDialog(QWidget *parent = nullptr);

    void setCandidate(const Candidate &candidate);
    // The candidate as typed; valid only after the dialog was accepted.
    Candidate candidate() const { return m_result; }
    QString errorText() const;

    ChannelTableEditor *channelEditor() const { return m_channels; }

public slots:
    void accept() override;

private:
    void retranslateUi() override;
    void showError(const Error &error);
    Candidate readForm(Error *error) const;

    qint64 m_id = 0;
    bool m_adding = true;
    QLineEdit *m_name;
    QComboBox *m_kind;
    NicheChecklist *m_niches;
    QLineEdit *m_regions;
    QPlainTextEdit *m_notes;
    ChannelTableEditor *m_channels;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    Candidate m_result;
};

} // namespace planner
