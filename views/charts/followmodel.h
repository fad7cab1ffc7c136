#pragma once

#include <QAbstractItemModel>
#include <QObject>

namespace planner {

// Points a chart at a model (or at none): drops the connections to the model it followed
// before, and calls rebuild on every reset or change of the new one. The caller rebuilds
// once itself.
template<typename Chart, typename Model>
void followModel(Chart *chart, Model *&current, Model *model, void (Chart::*rebuild)())
{
    if (current)
        QObject::disconnect(current, nullptr, chart, nullptr);
    current = model;
    if (model) {
        QObject::connect(model, &QAbstractItemModel::modelReset, chart, rebuild);
        QObject::connect(model, &QAbstractItemModel::dataChanged, chart, rebuild);
    }
}

} // namespace planner
