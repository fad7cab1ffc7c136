#pragma once

#include "domain/error.h"
#include "reportcharts.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextDocument;
class QPainter;
class QPaintDevice;

namespace planner {

class ChartObject;
class ReportLanguage;

// Lays the report's HTML out on pages of the language's paper (A4 or Letter), the charts
// drawn as vectors where their markers stand, each page signed at its foot with the title,
// the date and "page n of m" in the language's digits; the fonts are embedded.
class MediaPlanPdf
{
    Q_DECLARE_TR_FUNCTIONS(MediaPlanPdf)

public:
    MediaPlanPdf(const ReportLanguage &language, QString title, QString date);

    // Writes to device; false when it cannot be written. html is MediaPlanHtml's with the
    // shortlist as an object (MediaPlanHtml::tableMarker()), drawn from table.
    bool write(const QString &html, const QList<ReportChart> &charts, const ReportTable &table,
               QIODevice *device) const;

    // The style both the PDF and the HTML file give the report's text.
    static QString styleSheet(bool rightToLeft);
    QFont font(double points) const;

private:
    // html with table's pieces, laid out to the document's pages, in place of its marker.
    QString placeTable(QString html, const ReportTable &table, ChartObject *objects, QTextDocument *document,
                       QPaintDevice *device) const;
    void paintFooter(QPainter *painter, const QRectF &rect, int page, int pages) const;

    const ReportLanguage &m_language;
    QString m_title;
    QString m_date;
};

} // namespace planner
