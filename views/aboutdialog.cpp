#include "aboutdialog.h"

#include "applicationicon.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace planner {

namespace {

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Each part of a version in the interface's digits: 0.1.0, ۰.۱.۰.
QString localVersion(const QString &version)
{
    QStringList parts = version.split(QLatin1Char('.'));
    for (QString &part : parts)
        part = QLocale().toString(part.toInt());
    return parts.join(QLatin1Char('.'));
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_title(wrappedLabel(this))
    , m_summary(wrappedLabel(this))
    , m_licence(wrappedLabel(this))
    , m_credits(wrappedLabel(this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(ApplicationIcon::icon().pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_licence);
    text->addWidget(m_credits);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(iconLabel);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

QString AboutDialog::version()
{
    return QStringLiteral(PLANNER_VERSION);
}

QString AboutDialog::licenceId()
{
    return QStringLiteral(PLANNER_LICENSE_SPDX);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Campaign Planner"));
    m_title->setText(QStringLiteral("<p><b><big>Campaign Planner</big></b><br>%1</p>")
                         .arg(tr("Version %1").arg(localVersion(version()))));
    m_summary->setText(tr("Compare content creators, influencers, KOLs and KOCs for a campaign: "
                          "reach, engagement and cost."));
    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or "
                          "later (%1). It comes with no warranty. Built with Qt %2, under the GNU "
                          "Lesser General Public License, version 3.")
                           .arg(licenceId(), localVersion(QString::fromLatin1(qVersion()))));
    m_credits->setText(creditsText());
}

QString AboutDialog::creditsText() const
{
    const QStringList credits{
        tr("Reach per post and story: Minter.io; Facebook and X: Stellar"),
        tr("Engagement rates: Untapper"),
        tr("Fees per post and video: Influencer Marketing Hub"),
        tr("Real followers: HypeAuditor and Modash"),
        tr("Benchmark CPM for earned media value: Upfluence and Traackr"),
        tr("Views when only followers are known: CreatorIQ"),
        tr("Follower tiers: Later and Fohr, and Vietnamese articles on KOLs"),
    };
    QString list;
    for (const QString &credit : credits)
        list += QStringLiteral("<li>%1</li>").arg(credit.toHtmlEscaped());
    // The direction said outright: a line that begins with a Latin name ("CPM ...") would
    // otherwise be laid out left to right in Persian.
    return QStringLiteral("<div dir=\"%4\"><p>%1</p><ul>%2</ul><p>%3</p></div>")
        .arg(tr("The default assumptions rest on published figures from:"), list,
             tr("Each figure is shown with its source in Campaign > Assumptions, where you can "
                "change it. The exchange rates are examples: enter today's rates there."),
             QGuiApplication::isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"));
}

} // namespace planner
