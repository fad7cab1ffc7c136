#include "charts/chartvalueproxy.h"

#include <algorithm>

namespace planner {

ChartValueProxy::ChartValueProxy(int valueRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_valueRole(valueRole)
{
}

void ChartValueProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_maxima.clear();
    QIdentityProxyModel::setSourceModel(model);
    if (!model)
        return;
    const auto forget = [this] { m_maxima.clear(); };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
}

double ChartValueProxy::columnMaximum(int column) const
{
    if (const auto known = m_maxima.constFind(column); known != m_maxima.constEnd())
        return *known;
    double maximum = 0.0;
    for (int row = 0; row < rowCount(); ++row)
        maximum = std::max(maximum, QIdentityProxyModel::data(index(row, column), m_valueRole).toDouble());
    m_maxima.insert(column, maximum);
    return maximum;
}

QVariant ChartValueProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant value = QIdentityProxyModel::data(index, m_valueRole);
    if (!m_normalized || value.typeId() != QMetaType::Double)
        return value;
    const double maximum = columnMaximum(index.column());
    return maximum > 0.0 ? value.toDouble() / maximum : 0.0;
}

} // namespace planner
