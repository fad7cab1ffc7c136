#include "resultdatedelegate.h"

#include "text/localformat.h"

#include <QDateEdit>

namespace planner {

QWidget *ResultDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setCalendar(LocalFormat::calendar());
    editor->setCalendarPopup(true);
    return editor;
}

void ResultDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<QDateEdit *>(editor))
        field->setDate(index.data(Qt::UserRole).toDate());
}

void ResultDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<QDateEdit *>(editor))
        model->setData(index, field->date(), Qt::UserRole);
}

} // namespace planner
