#pragma once

#include <QDialog>

class QLabel;

namespace planner {

// Help > About: the program's icon, name and version, what it is for, its licence, and
// where the figures behind the default assumptions come from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The program's version ("0.1.0"), and its licence's SPDX name.
    static QString version();
    static QString licenceId();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString creditsText() const;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_licence;
    QLabel *m_credits;
};

} // namespace planner
