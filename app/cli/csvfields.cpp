#include "csvfields.h"

#include <QLocale>

namespace planner {

QString CsvFields::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : text)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvFields::number(double value)
{
    // Fifteen significant digits give back any decimal typed with up to fifteen, and hide
    // the binary noise of arithmetic (0.8999999999999999 is written 0.9); 'f' keeps an
    // exponent out of the file.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

QString CsvFields::line(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace planner
