#include "charts/chartwindow.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace planner {

ChartWindow::ChartWindow(QWidget *chart, const SettingsKey<QByteArray> &geometryKey, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_geometryKey(geometryKey)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    if (chart->hasHeightForWidth()) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(chart);
        layout->addWidget(scroll, 1);
    } else {
        chart->setParent(this);
        layout->addWidget(chart, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 720);
    const QByteArray geometry = m_geometryKey.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void ChartWindow::hideEvent(QHideEvent *event)
{
    m_geometryKey.setValue(saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace planner
