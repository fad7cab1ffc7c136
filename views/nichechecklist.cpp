#include "nichechecklist.h"

#include "text/displaynames.h"

namespace planner {

NicheChecklist::NicheChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMaximumHeight(90);
    setCheckedKeys({});
}

void NicheChecklist::setCheckedKeys(const QStringList &keys)
{
    QStringList all = DisplayNames::knownNicheKeys();
    for (const QString &key : keys) {
        if (!all.contains(key))
            all << key; // a niche typed elsewhere stays choosable
    }
    clear();
    for (const QString &key : std::as_const(all)) {
        auto *item = new QListWidgetItem(DisplayNames::niche(key), this);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList NicheChecklist::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            keys << item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

void NicheChecklist::retranslate()
{
    for (int i = 0; i < count(); ++i)
        item(i)->setText(DisplayNames::niche(item(i)->data(Qt::UserRole).toString()));
}

} // namespace planner
