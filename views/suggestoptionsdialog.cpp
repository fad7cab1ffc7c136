#include "suggestoptionsdialog.h"

#include "digitspinbox.h"
#include "text/displaynames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace planner {

SuggestOptionsDialog::SuggestOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_capShare(new QCheckBox(this))
    , m_share(new DigitSpinBox(this))
    , m_minimumLabel(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_share->setRange(1, 100);
    m_share->setValue(40);
    m_share->setSuffix(QLocale().percent());
    m_capShare->setChecked(true);
    connect(m_capShare, &QCheckBox::toggled, m_share, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(m_capShare, m_share);
    form->addRow(m_minimumLabel);
    for (CandidateKind kind : allKinds()) {
        auto *box = new DigitSpinBox(this);
        box->setRange(0, 50);
        auto *label = new QLabel(this);
        label->setBuddy(box);
        m_minimums.insert(kind, box);
        m_minimumLabels.insert(kind, label);
        form->addRow(label, box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslateUi();
}

std::optional<double> SuggestOptionsDialog::maxShare() const
{
    return m_capShare->isChecked() ? std::optional<double>(m_share->value() / 100.0) : std::nullopt;
}

void SuggestOptionsDialog::setMaxShare(std::optional<double> share)
{
    m_capShare->setChecked(share.has_value());
    if (share)
        m_share->setValue(qRound(*share * 100.0));
}

QMap<CandidateKind, int> SuggestOptionsDialog::minimumPerKind() const
{
    QMap<CandidateKind, int> result;
    for (auto it = m_minimums.cbegin(); it != m_minimums.cend(); ++it) {
        if (it.value()->value() > 0)
            result.insert(it.key(), it.value()->value());
    }
    return result;
}

void SuggestOptionsDialog::setMinimum(CandidateKind kind, int count)
{
    m_minimums.value(kind)->setValue(count);
}

void SuggestOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Suggest shortlist"));
    m_intro->setText(tr("The suggestion gets the most out of the budget for the campaign's goal. "
                        "Locked entries stay as they are; declined candidates are left out; "
                        "every other entry may be replaced."));
    m_capShare->setText(tr("At most this share of the budget per candidate:"));
    m_minimumLabel->setText(tr("At least this many of each kind:"));
    for (auto it = m_minimumLabels.cbegin(); it != m_minimumLabels.cend(); ++it)
        it.value()->setText(DisplayNames::kindPlural(it.key()) + QLatin1Char(':'));
    m_share->setSuffix(QLocale().percent());
}

void SuggestOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace planner
