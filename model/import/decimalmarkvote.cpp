#include "import/decimalmarkvote.h"

namespace planner {

std::optional<DecimalMark> DecimalMarkVote::ofValue(QStringView value)
{
    // The first run of digits and marks: "1.234,5 €" gives "1.234,5", "Rp 15,5 rb" "15,5".
    qsizetype start = 0;
    while (start < value.size() && !value.at(start).isDigit())
        ++start;
    qsizetype end = start;
    while (end < value.size()
           && (value.at(end).isDigit() || value.at(end) == QLatin1Char('.') || value.at(end) == QLatin1Char(',')))
        ++end;
    const QStringView body = value.mid(start, end - start);
    const qsizetype lastPoint = body.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = body.lastIndexOf(QLatin1Char(','));
    if (lastPoint < 0 && lastComma < 0)
        return std::nullopt;
    // Both marks: the last is the decimal one ("1.234,5", "1,234.5").
    if (lastPoint >= 0 && lastComma >= 0)
        return lastComma > lastPoint ? DecimalMark::Comma : DecimalMark::Point;
    const QChar mark = lastPoint >= 0 ? QLatin1Char('.') : QLatin1Char(',');
    const qsizetype last = std::max(lastPoint, lastComma);
    // A mark met twice groups thousands ("1.234.567"), so the other is the decimal one.
    if (body.count(mark) > 1)
        return mark == QLatin1Char('.') ? DecimalMark::Comma : DecimalMark::Point;
    // Once, with other than three digits after it ("3,5", "12,75", "1.2M"): a decimal mark.
    const qsizetype digitsAfter = body.size() - last - 1;
    if (digitsAfter == 3 || digitsAfter == 0)
        return std::nullopt;
    return mark == QLatin1Char('.') ? DecimalMark::Point : DecimalMark::Comma;
}

std::optional<DecimalMark> DecimalMarkVote::fromValues(const QList<QStringList> &rows, const HeaderMapping &mapping)
{
    int comma = 0;
    int point = 0;
    for (const ImportField field : {ImportField::Followers, ImportField::AvgViews, ImportField::EngagementRate,
                                    ImportField::Authenticity, ImportField::Fee}) {
        const qsizetype column = mapping.column(field);
        if (column < 0)
            continue;
        for (const QStringList &row : rows) {
            if (const auto mark = ofValue(row.value(column)))
                ++(*mark == DecimalMark::Comma ? comma : point);
        }
    }
    if (comma == point)
        return std::nullopt;
    return comma > point ? DecimalMark::Comma : DecimalMark::Point;
}

} // namespace planner
