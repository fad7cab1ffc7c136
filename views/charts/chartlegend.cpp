#include "charts/chartlegend.h"

#include <QBrush>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QAbstractSeries>

namespace planner {

ChartLegend::ChartLegend(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignCenter);
    // The label grows in height, never in width: a long legend must not widen the panel.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_texts.clear();
    QStringList parts;
    for (const Entry &entry : entries) {
        m_texts << entry.text;
        // The swatch stays with its name; the gap between entries is where a line may break.
        parts << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                     .arg(entry.color.name(), entry.text.toHtmlEscaped());
    }
    setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
    setVisible(!entries.isEmpty());
}

void ChartLegend::takeOver(QChart *chart, const QList<QAbstractSeries *> &skip)
{
    QList<Entry> entries;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        // Not isVisible(): a marker's item is hidden until the chart is first laid out.
        if (!skip.contains(marker->series()) && !marker->label().isEmpty())
            entries << Entry{marker->brush().color(), marker->label()};
    }
    chart->legend()->hide();
    setEntries(entries);
}

} // namespace planner
