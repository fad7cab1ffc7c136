#pragma once

#include <QDialog>

namespace planner {

// A dialog that follows a live language switch: on QEvent::LanguageChange it calls
// retranslateUi(), where the dialog sets every text it shows (the Tiled way), so no
// translated text is kept from the language before.
class TranslatedDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

protected:
    // Sets every text of the dialog in the current language.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
};

} // namespace planner
