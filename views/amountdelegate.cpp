#include "amountdelegate.h"

#include "amountgrouping.h"

#include <QLineEdit>

namespace planner {

QWidget *AmountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *field = qobject_cast<QLineEdit *>(editor))
        AmountGrouping::attach(field);
    return editor;
}

} // namespace planner
