#pragma once

#include "translateddialog.h"

class QLabel;

namespace planner {

// Help > About: the program's icon, name and version, what it is for, its licence, and
// where the figures behind the default assumptions come from.
class AboutDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The program's version ("0.1.0"), and its licence's SPDX name.
    static QString version();
    static QString licenceId();

private:
    void retranslateUi() override;
    QString creditsText() const;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_licence;
    QLabel *m_credits;
};

} // namespace planner
