#include "chartvalueproxy.h"

#include <algorithm>

namespace planner {

ChartValueProxy::ChartValueProxy(int valueRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_valueRole(valueRole)
{
}

double ChartValueProxy::columnMaximum(int column) const
{
    double maximum = 0.0;
    for (int row = 0; row < rowCount(); ++row)
        maximum = std::max(maximum, QIdentityProxyModel::data(index(row, column), m_valueRole).toDouble());
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
