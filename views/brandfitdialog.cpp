#include "brandfitdialog.h"

#include "storage/brandfitstore.h"
#include "text/localformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace planner {

BrandFitDialog::BrandFitDialog(Database &database, const BrandFit &fit, const QString &candidateName,
                               const QString &campaignName, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_fit(fit)
    , m_rating(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Brand Fit"));
    auto *layout = new QVBoxLayout(this);
    //: %1 candidate name, %2 campaign name
    auto *title = new QLabel(tr("How well <b>%1</b> fits the brand of “%2”")
                                 .arg(LocalFormat::isolated(candidateName.toHtmlEscaped()),
                                      LocalFormat::isolated(campaignName.toHtmlEscaped())), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    m_rating->addItem(tr("Not rated"));
    for (int stars = 0; stars <= BrandFit::maxRating; ++stars) {
        //: A brand-fit rating: %1 the number, %2 as stars
        m_rating->addItem(tr("%1 — %2").arg(LocalFormat::count(stars),
                                            QString(stars, QChar(0x2605)) + QString(BrandFit::maxRating - stars, QChar(0x2606))),
                          stars);
    }
    m_rating->setCurrentIndex(fit.rating ? *fit.rating + 1 : 0);
    m_rating->setToolTip(tr("3 is neutral; each star above or below changes goal fit by the brand fit weight (Assumptions)"));
    form->addRow(tr("&Rating:"), m_rating);
    auto *reasons = new QVBoxLayout;
    for (BrandFit::Reason reason : BrandFit::allReasons()) {
        auto *box = new QCheckBox(BrandFit::reasonName(reason), this);
        box->setChecked(fit.reasons.contains(reason));
        reasons->addWidget(box);
        m_reasons << box;
    }
    form->addRow(tr("Reasons:"), reasons);
    m_note->setPlainText(fit.note);
    m_note->setPlaceholderText(tr("What you saw: posts with the product, a past campaign, the audience…"));
    m_note->setMaximumHeight(90);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BrandFitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BrandFitDialog::reject);
    layout->addWidget(buttons);
}

QCheckBox *BrandFitDialog::reasonBox(BrandFit::Reason reason) const
{
    return m_reasons.value(int(BrandFit::allReasons().indexOf(reason)));
}

BrandFit BrandFitDialog::fit() const
{
    BrandFit result = m_fit;
    const QVariant rating = m_rating->currentData();
    result.rating = rating.isValid() ? std::optional<int>(rating.toInt()) : std::nullopt;
    result.reasons.clear();
    const QList<BrandFit::Reason> all = BrandFit::allReasons();
    for (int i = 0; i < all.size(); ++i) {
        if (m_reasons.at(i)->isChecked())
            result.reasons << all.at(i);
    }
    result.note = m_note->toPlainText().trimmed();
    return result;
}

void BrandFitDialog::accept()
{
    Error error;
    if (!BrandFitStore(m_database).save(fit(), &error)) {
        QMessageBox::warning(this, tr("Brand Fit"), error.text());
        return;
    }
    QDialog::accept();
}

} // namespace planner
