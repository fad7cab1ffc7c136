#include "import/resultimport.h"

#include "csv/csvreader.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"

#include <QCalendar>
#include <QDir>
#include <QFile>

namespace planner {

// What reading one row found wrong: the column at fault (-1: the row) and why; warnings
// are cells left empty, the row goes in.
struct ResultImport::Row
{
    qsizetype column = -1;
    QString field;
    QString reason;
    QList<std::pair<qsizetype, QString>> warnings; // column, "Field: reason"
};

namespace {

QString folded(QStringView text)
{
    QString word = text.trimmed().toString();
    if (word.startsWith(QLatin1Char('@')))
        word.remove(0, 1);
    return ImportVocabulary::key(word);
}

QString cell(const CsvRecord &record, qsizetype column)
{
    return column < 0 ? QString() : record.text(column).trimmed();
}

} // namespace

ResultImport::ResultImport(ResultStore &store, qint64 campaignId, const QString &campaignName)
    : m_store(store)
    , m_campaignId(campaignId)
    , m_campaignName(campaignName)
{
}

QDate ResultImport::readDate(QStringView text)
{
    QString latin;
    for (const QChar c : text.trimmed()) {
        const int digit = c.digitValue();
        latin += digit >= 0 ? QChar(u'0' + digit) : c;
    }
    if (latin.size() > 10 && latin.at(4) == QLatin1Char('-'))
        latin.truncate(10); // a time after the date
    for (const char *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"}) {
        QDate date = QDate::fromString(latin, QString::fromLatin1(format));
        // A year before 1500 is a Solar Hijri one (Persian exports: 1405/01/15).
        if (date.isValid() && date.year() < 1500)
            date = QDate(date.year(), date.month(), date.day(), QCalendar(QCalendar::System::Jalali));
        if (date.isValid())
            return date;
    }
    return {};
}

std::optional<CurrencyUnit> ResultImport::fallbackCurrency(const ImportSettings &settings,
                                                           const ResultColumns &columns, const CsvRecord &record)
{
    const QString named = cell(record, columns.column(ResultColumn::Currency));
    if (!ValueParser::isMissing(named)) {
        QString reason;
        if (const auto unit = ValueParser::currency(named, &reason))
            return unit;
    }
    if (const auto header = columns.headerCurrency())
        return header;
    if (settings.currency)
        return settings.currency;
    switch (columns.language()) {
    case QLocale::Vietnamese: return CurrencyUnit{QStringLiteral("VND"), 1};
    case QLocale::Indonesian: return CurrencyUnit{QStringLiteral("IDR"), 1};
    default: return std::nullopt;
    }
}

std::optional<qint64> ResultImport::findEntry(const CsvRecord &record, const ResultColumns &columns, Row *fault) const
{
    const qsizetype handleColumn = columns.column(ResultColumn::Handle);
    const qsizetype nameColumn = columns.column(ResultColumn::Name);
    const QString handle = folded(cell(record, handleColumn));
    const QString name = folded(cell(record, nameColumn));
    const QString platformText = cell(record, columns.column(ResultColumn::Platform));
    const auto platform = ImportVocabulary::platform(platformText);
    const QString formatText = cell(record, columns.column(ResultColumn::Format)).toLower();
    const auto format = deliverableFormatFromKey(formatText);
    fault->column = handleColumn >= 0 && !handle.isEmpty() ? handleColumn : nameColumn;
    fault->field = ResultColumns::name(fault->column == handleColumn ? ResultColumn::Handle : ResultColumn::Name);
    if (handle.isEmpty() && name.isEmpty()) {
        fault->reason = tr("a name or a handle is needed");
        return std::nullopt;
    }
    QList<const ResultTarget *> candidates;
    for (const ResultTarget &target : m_targets) {
        if (!handle.isEmpty() ? folded(target.handle) == handle : folded(target.name) == name)
            candidates << &target;
    }
    const QString who = handle.isEmpty() ? cell(record, nameColumn) : cell(record, handleColumn);
    if (candidates.isEmpty()) {
        //: %1 a name or handle of the imported row, %2 the campaign's name
        fault->reason = tr("“%1” is not on the shortlist of “%2”").arg(who, m_campaignName);
        return std::nullopt;
    }
    QList<const ResultTarget *> matching;
    for (const ResultTarget *target : std::as_const(candidates)) {
        if ((!platform || target->platform == *platform) && (!format || target->format == *format))
            matching << target;
    }
    if (matching.size() == 1)
        return matching.first()->entryId;
    fault->reason = matching.isEmpty()
        ? tr("“%1” is on the shortlist of “%2”, but not with this platform and format").arg(who, m_campaignName)
        : tr("“%1” is on the shortlist more than once: a platform and a format column say which entry")
              .arg(who);
    return std::nullopt;
}

void ResultImport::readFigures(const CsvRecord &record, const ResultColumns &columns, const ValueParser &parser,
                               const std::optional<CurrencyUnit> &fallback, DeliveryResult *result, Row *row) const
{
    const ResultColumn counted[] = {ResultColumn::Reach, ResultColumn::Impressions, ResultColumn::Views,
                                    ResultColumn::Likes, ResultColumn::Comments, ResultColumn::Shares,
                                    ResultColumn::Saves, ResultColumn::Clicks};
    for (int i = 0; i < DeliveryResult::measureCount; ++i) {
        const qsizetype at = columns.column(counted[i]);
        const QString text = cell(record, at);
        if (at < 0 || ValueParser::isMissing(text))
            continue;
        QString reason;
        result->figures[i] = parser.count(text, &reason);
        if (!result->figures[i])
            row->warnings.append({at, ResultColumns::name(counted[i]) + QStringLiteral(": ") + reason});
    }
    const qsizetype feeAt = columns.column(ResultColumn::Fee);
    const QString fee = cell(record, feeAt);
    if (feeAt < 0 || ValueParser::isMissing(fee))
        return;
    QString reason;
    result->feePaid = parser.money(fee, fallback, &reason);
    if (!result->feePaid)
        row->warnings.append({feeAt, ResultColumns::name(ResultColumn::Fee) + QStringLiteral(": ") + reason});
}

bool ResultImport::readRow(const CsvRecord &record, const ResultColumns &columns, const ValueParser &parser,
                           const std::optional<CurrencyUnit> &fallback, DeliveryResult *result, Row *row) const
{
    *result = DeliveryResult();
    const auto entry = findEntry(record, columns, row);
    if (!entry)
        return false;
    result->entryId = *entry;
    const qsizetype dateAt = columns.column(ResultColumn::Date);
    const QString dateText = cell(record, dateAt);
    result->date = readDate(dateText);
    if (!result->date.isValid()) {
        row->column = dateAt;
        row->field = ResultColumns::name(ResultColumn::Date);
        row->reason = dateText.isEmpty() ? tr("a date is needed")
                                         : tr("“%1” is not a date (write it as 2026-03-14 or 14/03/2026)").arg(dateText);
        return false;
    }
    readFigures(record, columns, parser, fallback, result, row);
    return true;
}

ImportReport ResultImport::run(const QString &csvPath, const ImportSettings &settings)
{
    ImportReport report;
    auto fileError = [&](const QString &reason) {
        //: %1 a file name, %2 why it could not be read
        return tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(csvPath), reason);
    };
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error.message = fileError(file.errorString());
        return report;
    }
    CsvReader reader(&file, settings.dialect);
    CsvRecord record;
    const bool headerRead = reader.next(record);
    report.encoding = reader.encodingName();
    report.encodingAssumed = reader.encodingAssumed();
    if (!headerRead) {
        if (reader.status() == CsvReader::Status::Failed)
            report.error.message = fileError(CsvReader::describe(*reader.failure()));
        return report;
    }
    const ResultColumns columns(record.toStringList());
    if (!columns.missing().isEmpty()) {
        report.error.message = fileError(columns.missing());
        return report;
    }
    m_targets = m_store.targets(m_campaignId, &report.error);
    if (report.failed())
        return report;
    DecimalMark mark = ValueParser::markFor(settings.locale);
    if (settings.decimalMark)
        mark = *settings.decimalMark;
    else if (columns.language() == QLocale::Vietnamese || columns.language() == QLocale::Indonesian)
        mark = DecimalMark::Comma;
    else if (columns.language() == QLocale::English || columns.language() == QLocale::Persian)
        mark = DecimalMark::Point;
    const ValueParser parser(mark);
    QList<DeliveryResult> accepted;
    auto note = [&](QList<ImportRejection> &list, qsizetype column, const QString &field, const QString &reason) {
        const CsvPosition at = record.position(std::max<qsizetype>(column, 0));
        if (list.size() < ImportReport::maxKeptRejections)
            list.append({csvPath, at.line, at.column, field, reason, column});
    };
    qint64 rows = 0;
    while (reader.next(record)) {
        if (m_progress && ++rows % 64 == 0 && !m_progress(file.pos(), file.size())) {
            report.cancelled = true;
            return report;
        }
        if (const auto &problem = record.problem()) {
            ++report.rejected;
            if (report.rejections.size() < ImportReport::maxKeptRejections)
                report.rejections.append({csvPath, problem->position.line, problem->position.column, QString(),
                                          CsvReader::describe(*problem)});
            continue;
        }
        DeliveryResult result;
        Row row;
        if (!readRow(record, columns, parser, fallbackCurrency(settings, columns, record), &result, &row)) {
            ++report.rejected;
            note(report.rejections, row.column, row.field, row.reason);
            continue;
        }
        for (const auto &[column, reason] : std::as_const(row.warnings)) {
            ++report.warningCount;
            note(report.warnings, column, QString(), reason);
        }
        accepted << result;
    }
    if (reader.status() == CsvReader::Status::Failed) {
        report.error.message = fileError(CsvReader::describe(*reader.failure()));
        return report;
    }
    if (!m_dryRun && !accepted.isEmpty() && !m_store.addAll(accepted, &report.error))
        return report;
    report.imported = accepted.size();
    return report;
}

ImportReport ResultImport::runFile(const QString &path, const QString &sheet, const ImportSettings &settings)
{
    if (!WorkbookReader::isWorkbook(path))
        return run(path, settings);
    WorkbookSource source;
    ImportReport report;
    if (!source.prepare(path, sheet, settings, &report.error))
        return report;
    return runWorkbook(source, settings);
}

ImportReport ResultImport::runWorkbook(const WorkbookSource &source, const ImportSettings &settings)
{
    return source.translated(run(source.csvPath(), source.csvSettings(settings)));
}

} // namespace planner
