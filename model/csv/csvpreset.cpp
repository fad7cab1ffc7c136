#include "csv/csvpreset.h"

namespace planner {

namespace {

const QString excelKey = QStringLiteral("excel");
const QString plainKey = QStringLiteral("plain");

} // namespace

CsvPreset CsvPreset::excel(const QLocale &interfaceLocale)
{
    CsvPreset preset;
    preset.kind = Kind::Excel;
    preset.byteOrderMark = true;
    preset.crlf = true;
    const bool decimalComma = interfaceLocale.decimalPoint() != QLatin1String(".");
    preset.delimiter = decimalComma ? QLatin1Char(';') : QLatin1Char(',');
    return preset;
}

CsvPreset CsvPreset::plain()
{
    return CsvPreset();
}

std::optional<CsvPreset> CsvPreset::fromKey(const QString &key, const QLocale &interfaceLocale)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == excelKey)
        return excel(interfaceLocale);
    if (wanted == plainKey)
        return plain();
    return std::nullopt;
}

QStringList CsvPreset::keys()
{
    return {excelKey, plainKey};
}

QString CsvPreset::key() const
{
    return kind == Kind::Excel ? excelKey : plainKey;
}

QString CsvPreset::lineEnd() const
{
    return crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

} // namespace planner
