#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace planner {

// Hands chart model mappers the numbers behind a table's formatted cells: DisplayRole reads
// the source's value role, so charts are fed from the item model itself. Normalised, each
// column's values come as shares of that column's largest value (0..1), so measures of very
// different sizes (reach in millions, cost in rupiah) can stand side by side.
class ChartValueProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    ChartValueProxy(int valueRole, QObject *parent = nullptr);
    void setNormalized(bool normalized) { m_normalized = normalized; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The largest value of a column, in the source's units.
    double columnMaximum(int column) const;
    void setSourceModel(QAbstractItemModel *model) override;

private:
    int m_valueRole;
    bool m_normalized = false;
    // Column maxima, worked out once per change of the source rather than once per cell.
    mutable QHash<int, double> m_maxima;
};

} // namespace planner
