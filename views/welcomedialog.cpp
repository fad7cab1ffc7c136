#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_text(new QLabel(this))
    , m_guide(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_guide, QDialogButtonBox::HelpRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_guide, &QPushButton::clicked, this, [this] {
        emit guideRequested();
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

QString WelcomeDialog::text() const
{
    return m_text->text();
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Campaign Planner"));
    const QStringList steps{
        tr("Look through the candidates in the list: demo creators, influencers, KOLs and KOCs. "
           "Add your own (Edit > Add Candidate…) or bring in a sheet (File > Import Candidates…)."),
        tr("Make a campaign with Campaign > New Campaign…: its goal, budget, niches and regions."),
        tr("Press “Suggest Shortlist…” for the candidates that bring the most for the budget, or add "
           "them yourself; the charts beside the shortlist compare them."),
    };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Three steps to a first plan:").toHtmlEscaped());
    // Numbered by the locale, not by an <ol>: rich text numbers lists in Latin digits only,
    // and Persian reads ۱ ۲ ۳.
    const QLocale locale;
    for (int i = 0; i < steps.size(); ++i)
        html += QStringLiteral("<p style=\"margin-left:12px; margin-right:12px\">%1. %2</p>")
                    .arg(locale.toString(i + 1), steps.at(i).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Not sure how a KOL differs from an influencer? The Guide explains the kinds, "
                        "tiers and goals (Help > Guide).").toHtmlEscaped());
    m_text->setText(html);
    m_guide->setText(tr("Open the &Guide"));
    m_close->setText(tr("&Start"));
}

} // namespace planner
