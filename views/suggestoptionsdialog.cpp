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
    : TranslatedDialog(parent)
    , m_intro(new QLabel(this))
    , m_capShare(new QCheckBox(this))
    , m_share(new DigitSpinBox(this))
    , m_needFit(new QCheckBox(this))
    , m_fit(new DigitSpinBox(this))
    , m_conflictNote(new QLabel(this))
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
    m_fit->setRange(0, 5);
    m_fit->setValue(3);
    m_fit->setEnabled(false);
    connect(m_needFit, &QCheckBox::toggled, m_fit, &QWidget::setEnabled);
    form->addRow(m_needFit, m_fit);
    m_conflictNote->setWordWrap(true);
    form->addRow(m_conflictNote);
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

std::optional<int> SuggestOptionsDialog::minimumBrandFit() const
{
    return m_needFit->isChecked() ? std::optional<int>(m_fit->value()) : std::nullopt;
}

void SuggestOptionsDialog::setMinimumBrandFit(std::optional<int> rating)
{
    m_needFit->setChecked(rating.has_value());
    if (rating)
        m_fit->setValue(*rating);
}

void SuggestOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Suggest shortlist"));
    m_intro->setText(tr("The suggestion gets the most out of the budget for the campaign's goal. "
                        "Locked entries stay as they are; declined candidates are left out; "
                        "every other entry may be replaced."));
    m_capShare->setText(tr("At most this share of the budget per candidate:"));
    m_minimumLabel->setText(tr("At least this many of each kind:"));
    m_needFit->setText(tr("Only candidates with a brand fit of at least:"));
    m_fit->setToolTip(tr("Candidates not rated for this campaign are left out too; locked ones stay"));
    m_conflictNote->setText(tr("Candidates who worked with a competitor recently are left out unless locked."));
    for (auto it = m_minimumLabels.cbegin(); it != m_minimumLabels.cend(); ++it)
        it.value()->setText(DisplayNames::kindPlural(it.key()) + QLatin1Char(':'));
    m_share->setSuffix(QLocale().percent());
}

} // namespace planner
