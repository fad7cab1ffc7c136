#include "translateddialog.h"

#include <QEvent>

namespace planner {

void TranslatedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace planner
