#include "candidateeditordialog.h"
#include "currencydefaults.h"
#include "dialogbuttons.h"
#include "formfields.h"

#include "storage/candidatevalidator.h"
#include "channeltableeditor.h"
#include "text/displaynames.h"
#include "nichechecklist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace planner {

CandidateEditorDialog::CandidateEditorDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_niches(new NicheChecklist(this))
    , m_regions(new QLineEdit(this))
    , m_notes(FormFields::notesEdit(this))
    , m_channels(new ChannelTableEditor(this))
    , m_error(FormFields::errorLabel(this))
    , m_buttons(DialogButtons::okCancel(this))
    , m_form(new QFormLayout)
{
    for (CandidateKind kind : allKinds())
        m_kind->addItem(DisplayNames::kind(kind), kindKey(kind));
    // The fields' names, by which tests fill them in.
    m_name->setObjectName(QStringLiteral("candidateName"));
    m_kind->setObjectName(QStringLiteral("candidateKind"));
    m_niches->setObjectName(QStringLiteral("candidateNiches"));
    m_regions->setObjectName(QStringLiteral("candidateRegions"));

    m_labels = FormFields::addRows(m_form, {m_name, m_kind, m_niches, m_regions, m_notes});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_channels, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(980, 560);
    Candidate blank;
    blank.channels.append(Channel());
    setCandidate(blank);
}

void CandidateEditorDialog::setCandidate(const Candidate &candidate)
{
    m_id = candidate.id;
    m_adding = candidate.id == 0;
    m_name->setText(candidate.name);
    m_kind->setCurrentIndex(m_kind->findData(kindKey(candidate.kind)));
    m_niches->setCheckedKeys(candidate.niches);
    m_regions->setText(candidate.regions.join(QLatin1String(", ")));
    m_notes->setPlainText(candidate.notes);
    m_channels->setChannels(candidate.channels);
    m_error->hide();
    retranslateUi();
}

Candidate CandidateEditorDialog::readForm(Error *error) const
{
    Candidate candidate;
    candidate.id = m_id;
    candidate.name = m_name->text().trimmed();
    candidate.kind = kindFromKey(m_kind->currentData().toString()).value_or(CandidateKind::Influencer);
    candidate.niches = m_niches->checkedKeys();
    candidate.regions = FormFields::regionCodes(m_regions->text());
    candidate.notes = m_notes->toPlainText();
    candidate.channels = m_channels->channels(error);
    return candidate;
}

void CandidateEditorDialog::accept()
{
    Error error;
    Candidate candidate = readForm(&error);
    error = FormFields::firstFault(error, CandidateValidator::validate(candidate));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_result = candidate;
    for (const Channel &channel : std::as_const(candidate.channels)) {
        if (channel.fee) {
            CurrencyDefaults::remember(channel.fee->currency()); // the next field starts there
            break;
        }
    }
    QDialog::accept();
}

void CandidateEditorDialog::showError(const Error &error)
{
    m_error->setText(error.text());
    m_error->show();
    if (error.channelIndex >= 0 || error.fieldKey == QLatin1String("channels"))
        m_channels->focusCell(error.channelIndex, error.fieldKey);
    else if (error.fieldKey == QLatin1String("name"))
        m_name->setFocus();
}

QString CandidateEditorDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void CandidateEditorDialog::retranslateUi()
{
    setWindowTitle(m_adding ? tr("Add candidate") : tr("Edit candidate"));
    FormFields::setTexts(m_labels, {tr("&Name:"), tr("&Kind:"), tr("N&iches:"), tr("&Regions:"), tr("N&otes:")});
    m_name->setPlaceholderText(tr("Name as the marketer knows them"));
    m_regions->setPlaceholderText(tr("Country or province codes, e.g. VN, ID-JK, IR-23"));
    m_kind->setToolTip(tr("Content creators make content for its own sake; influencers build an "
                          "audience and promote; KOLs are recognised experts; KOCs are ordinary "
                          "customers with a small, trusting following."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, DisplayNames::kind(allKinds().at(i)));
    m_niches->retranslate();
}

} // namespace planner
