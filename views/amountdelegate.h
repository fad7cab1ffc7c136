#pragma once

#include <QStyledItemDelegate>

namespace planner {

// Edits a money cell in a line that groups its digits as typed (AmountGrouping).
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace planner
