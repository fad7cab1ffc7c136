#pragma once

#include <QListWidget>

namespace planner {

// Niches as a wrapping list of check boxes in the current language; keys stay lowercase.
class NicheChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit NicheChecklist(QWidget *parent = nullptr);

    void setCheckedKeys(const QStringList &keys);
    QStringList checkedKeys() const;
    void retranslate();
};

} // namespace planner
