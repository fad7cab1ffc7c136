#pragma once

#include "translateddialog.h"

#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace planner {

// File > Connect to Team Database…: where the team's PostgreSQL server is (host, port, the
// database, the user) and how the connection is secured (libpq's sslmode). It never takes a
// password: libpq finds it (~/.pgpass, PGPASSFILE, PGSERVICE), else the window asks for it
// each time. The last values given (never a password) are filled in next time.
class TeamDatabaseDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);

    // The address the fields make: postgresql://user@host:port/database?sslmode=MODE.
    QString address() const;
    // Keeps the fields for the next time (the settings file; no password).
    void remember() const;

    // libpq's sslmode values the TLS box offers, in its order.
    static QStringList tlsModes();

protected:
    void retranslateUi() override;

private:
    void updateOk();

    QLabel *m_intro;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLabel *m_passwordNote;
    QList<QLabel *> m_labels; // the form's, in row order
    QDialogButtonBox *m_buttons;
};

} // namespace planner
