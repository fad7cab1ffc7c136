#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace planner {

// A button that shows languages by name in the interface's language ("Tiếng Việt, English")
// and opens a menu of languages to tick: a channel's languages, a campaign's target
// languages, the candidate list's language filter. The owner says what no language means.
class LanguagePicker : public QToolButton
{
    Q_OBJECT

public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    // ISO 639 codes, in the menu's order.
    QStringList codes() const { return m_codes; }
    void setCodes(const QStringList &codes);
    // The button's text when no language is ticked ("Any language", "Unknown").
    void setEmptyText(const QString &text);
    QMenu *languageMenu() const { return m_menu; }

signals:
    void codesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void updateText();

    QMenu *m_menu;
    QStringList m_codes;
    QString m_emptyText;
};

} // namespace planner
