#include "teamdatabasedialog.h"

#include "dialogbuttons.h"
#include "formfields.h"
#include "settingskeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace planner {

namespace {

// The last server connected to; a password is never among them.
const SettingsKey<QString> lastHost{"team/host", QStringLiteral("localhost")};
const SettingsKey<int> lastPort{"team/port", 5432};
const SettingsKey<QString> lastDatabase{"team/database"};
const SettingsKey<QString> lastUser{"team/user", qEnvironmentVariable("USER")};
const SettingsKey<QString> lastTls{"team/sslmode", QStringLiteral("prefer")};

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_intro(new QLabel(this))
    , m_host(new QLineEdit(lastHost.value(), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(lastDatabase.value(), this))
    , m_user(new QLineEdit(lastUser.value(), this))
    , m_tls(new QComboBox(this))
    , m_passwordNote(new QLabel(this))
    , m_buttons(DialogButtons::okCancel(this))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    // The fields' names, by which tests fill them in.
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_tls->setObjectName(QStringLiteral("teamTls"));
    m_port->setRange(1, 65535);
    m_port->setValue(lastPort.value());
    m_port->setGroupSeparatorShown(false);
    for (const QString &mode : tlsModes())
        m_tls->addItem(QString(), mode);
    m_tls->setCurrentIndex(std::max(0, int(tlsModes().indexOf(lastTls.value()))));
    m_intro->setWordWrap(true);
    m_passwordNote->setWordWrap(true);
    auto *form = new QFormLayout;
    m_labels = FormFields::addRows(form, {m_host, m_port, m_database, m_user, m_tls});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passwordNote);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateOk);
    retranslateUi();
    updateOk();
    setMinimumWidth(460);
}

QStringList TeamDatabaseDialog::tlsModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-full")};
}

void TeamDatabaseDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Team Database"));
    m_intro->setText(tr("Work on the team's shared candidate list and campaigns on a PostgreSQL "
                        "server. Ask whoever runs the server for these details."));
    FormFields::setTexts(m_labels, {tr("&Server:"), tr("&Port:"), tr("&Database:"), tr("&User name:"),
                                    tr("&Secure connection (TLS):")});
    m_host->setPlaceholderText(tr("e.g. db.agency.local"));
    FormFields::setItemTexts(m_tls, {tr("Off (only on a trusted network)"), tr("When the server offers it"),
                                     tr("Always (encrypted)"), tr("Always, and check the server's certificate")});
    m_passwordNote->setText(tr("Your password is never saved by Campaign Planner: it is read from "
                               "your password file (~/.pgpass) when you have one, otherwise you "
                               "are asked for it each time you connect."));
}

void TeamDatabaseDialog::updateOk()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

QString TeamDatabaseDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setQuery(QStringLiteral("sslmode=") + m_tls->currentData().toString());
    return url.toString(QUrl::FullyEncoded);
}

void TeamDatabaseDialog::remember() const
{
    lastHost.setValue(m_host->text().trimmed());
    lastPort.setValue(m_port->value());
    lastDatabase.setValue(m_database->text().trimmed());
    lastUser.setValue(m_user->text().trimmed());
    lastTls.setValue(m_tls->currentData().toString());
}

} // namespace planner
