#pragma once

#include <QColor>
#include <QLabel>
#include <QList>

class QAbstractSeries;
class QChart;

namespace planner {

// A chart's legend as a word-wrapped label beside the chart. Qt Charts cuts a legend entry
// short when the chart is narrow ("Unique …", "KO…" for both KOL and KOC); a label wraps
// between words instead and shows every name whole, in every language and at any width.
class ChartLegend : public QLabel
{
    Q_OBJECT

public:
    struct Entry {
        QColor color;
        QString text;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    // The entries' texts as shown, for tests and tooltips.
    QStringList texts() const { return m_texts; }
    // Hides the chart's own legend and lists its markers' labels and colours here, but
    // those of the skipped series.
    void takeOver(QChart *chart, const QList<QAbstractSeries *> &skip = {});

private:
    QStringList m_texts;
};

} // namespace planner
