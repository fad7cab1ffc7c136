#pragma once

#include "amountdelegate.h"

namespace planner {

// Edits shortlist cells with fitting widgets (format and status lists, a count box, the
// agreed fee as an AmountDelegate groups it) and strikes out entries that count for nothing.
class ShortlistDelegate : public AmountDelegate
{
    Q_OBJECT

public:
    using AmountDelegate::AmountDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace planner
