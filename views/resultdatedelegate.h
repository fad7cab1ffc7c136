#pragma once

#include <QStyledItemDelegate>

namespace planner {

// Edits a date cell with a date field in the interface's calendar (Solar Hijri in Persian);
// the date is kept in the cell's Qt::UserRole, the text shown is the caller's.
class ResultDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace planner
