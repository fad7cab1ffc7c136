#include "shortlistdelegate.h"

#include "digitspinbox.h"
#include "text/displaynames.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QComboBox>

namespace planner {

QWidget *ShortlistDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case ShortlistTableModel::FormatColumn: {
        auto *box = new QComboBox(parent);
        for (DeliverableFormat format : allDeliverableFormats())
            box->addItem(DisplayNames::format(format));
        return box;
    }
    case ShortlistTableModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        for (EntryStatus status : allEntryStatuses())
            box->addItem(DisplayNames::status(status));
        return box;
    }
    case ShortlistTableModel::CountColumn: {
        auto *box = new DigitSpinBox(parent);
        box->setRange(1, 1000);
        return box;
    }
    case ShortlistTableModel::FeeColumn:
        return AmountDelegate::createEditor(parent, option, index); // groups its digits as typed
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ShortlistDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ShortlistDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentIndex());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void ShortlistDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ShortlistTableModel::CountsRole).toBool())
        option->font.setStrikeOut(true);
    // Planned against actual: better than planned in green, worse in red (the words are in
    // the tooltip and the accessible text).
    const QVariant verdict = index.data(ShortlistTableModel::VerdictRole);
    if (verdict.isValid() && verdict.toInt() != 0)
        option->palette.setColor(QPalette::Text, verdict.toInt() > 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
}

} // namespace planner
