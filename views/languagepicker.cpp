#include "languagepicker.h"

#include "domain/languagematch.h"
#include "text/languagenames.h"

#include <QEvent>
#include <QMenu>

namespace planner {

LanguagePicker::LanguagePicker(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    rebuildMenu();
    updateText();
}

void LanguagePicker::setCodes(const QStringList &codes)
{
    const QStringList clean = LanguageMatch::normalized(codes);
    if (clean == m_codes)
        return;
    m_codes = clean;
    rebuildMenu();
    updateText();
    emit codesChanged();
}

void LanguagePicker::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateText();
}

void LanguagePicker::rebuildMenu()
{
    m_menu->clear();
    QStringList offered = LanguageNames::commonCodes();
    for (const QString &code : std::as_const(m_codes)) {
        if (!offered.contains(code))
            offered << code;
    }
    for (const QString &code : std::as_const(offered)) {
        QAction *action = m_menu->addAction(LanguageNames::name(code));
        action->setCheckable(true);
        action->setChecked(m_codes.contains(code));
        action->setData(code);
        connect(action, &QAction::toggled, this, [this, code](bool on) {
            QStringList next = m_codes;
            if (on && !next.contains(code))
                next << code;
            else if (!on)
                next.removeAll(code);
            // In the menu's order, so the same languages always read the same.
            QStringList ordered;
            for (QAction *item : m_menu->actions()) {
                if (next.contains(item->data().toString()))
                    ordered << item->data().toString();
            }
            m_codes = ordered;
            updateText();
            emit codesChanged();
        });
    }
}

void LanguagePicker::updateText()
{
    setText(m_codes.isEmpty() ? m_emptyText : LanguageNames::names(m_codes));
}

void LanguagePicker::changeEvent(QEvent *event)
{
    // The names are in the interface's language: a new language renames them.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        rebuildMenu();
        updateText();
    }
    QToolButton::changeEvent(event);
}

} // namespace planner
