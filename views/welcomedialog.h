#pragma once

#include "translateddialog.h"

class QLabel;
class QPushButton;

namespace planner {

// The first-run welcome: what to do first, in three steps. Shown once on the first start
// (MainWindow remembers it in the settings) and again from Help > Getting Started.
class WelcomeDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *guideButton() const { return m_guide; }

signals:
    void guideRequested();

private:
    void retranslateUi() override;

    QLabel *m_text;
    QPushButton *m_guide;
    QPushButton *m_close;
};

} // namespace planner
