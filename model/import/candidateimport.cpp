#include "import/candidateimport.h"

#include "storage/candidatewriter.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "import/decimalmarkvote.h"
#include "import/importrowreader.h"
#include "import/workbooksource.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace planner {

namespace {

// Rows between two progress reports: often enough for a smooth bar, rare enough to cost nothing.
constexpr qint64 progressRows = 1024;
// Rows read before the import to see how the file writes its values.
constexpr int sampleRows = 200;

} // namespace

// A candidate a key stood for, and what the import did with it.
struct CandidateImport::Keyed
{
    enum class Outcome { Imported, Skipped, Updated };
    qint64 candidateId = 0;
    Outcome outcome = Outcome::Imported;
};

struct CandidateImport::Run
{
    QString path;
    const ImportSettings &settings;
    const Progress &progress;
    CsvReader &reader;
    ImportRowReader &rows;
    CandidateWriter &writer;
    ImportReport report;
    QList<ImportedRow> group; // consecutive rows of one candidate, not yet written
    // What became of each candidate key met so far, so that rows of one exported candidate
    // join it even when a sort by figures spread them over the file.
    QHash<QString, Keyed> keys;
    Error error;
};

CandidateImport::CandidateImport(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

CandidateImport::~CandidateImport() = default;

bool CandidateImport::openForReading(QFile &file, Error *error)
{
    if (file.open(QIODevice::ReadOnly))
        return true;
    error->message = fileError(file.fileName(), file.errorString());
    return false;
}

QString CandidateImport::fileError(const QString &path, const QString &reason)
{
    //: %1 a file name, %2 why it could not be read
    return tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool CandidateImport::readHeader(CsvReader &reader, CsvRecord &record, const QString &path, ImportReport &report)
{
    const bool headerRead = reader.next(record);
    report.encoding = reader.encodingName();
    report.encodingAssumed = reader.encodingAssumed();
    if (!headerRead && reader.status() == CsvReader::Status::Failed)
        report.error.message = fileError(path, CsvReader::describe(*reader.failure()));
    return headerRead;
}

DecimalMark CandidateImport::decimalMark(const ImportSettings &settings, const HeaderMapping &mapping,
                                         const QList<QStringList> &sample)
{
    // The marketer's choice; else the file's own values ("1.234,5", "3,5%"); else the mark
    // the preview settled on; the headers' language only when no value decides.
    if (settings.decimalMark)
        return *settings.decimalMark;
    if (const auto voted = DecimalMarkVote::fromValues(sample, mapping))
        return *voted;
    if (const auto settled = mapping.decimalMark())
        return *settled;
    switch (mapping.language()) {
    case QLocale::Vietnamese:
    case QLocale::Indonesian: return DecimalMark::Comma;
    case QLocale::Persian:
    case QLocale::English: return DecimalMark::Point;
    default: return ValueParser::markFor(settings.locale);
    }
}

std::optional<CurrencyUnit> CandidateImport::fallbackCurrency(const ImportSettings &settings,
                                                              const HeaderMapping &mapping)
{
    // The file's own word ("Giá (VNĐ)") comes before the marketer's general choice.
    if (const auto named = mapping.headerCurrency(ImportField::Fee))
        return named;
    if (settings.currency)
        return settings.currency;
    return ImportVocabulary::languageCurrency(mapping.language());
}

ImportPreview CandidateImport::preview(const QString &csvPath, const ImportSettings &settings, int rowCount)
{
    ImportPreview preview;
    QFile file(csvPath);
    if (!openForReading(file, &preview.error))
        return preview;
    CsvReader reader(&file, settings.dialect);
    CsvRecord record;
    QList<QStringList> sample;
    if (reader.next(record)) {
        preview.headers = record.toStringList();
        preview.mapping = HeaderMapping(preview.headers);
        while (sample.size() < std::max(rowCount, sampleRows) && reader.next(record)) {
            sample << record.toStringList();
            if (preview.rowLines.size() < rowCount)
                preview.rowLines << record.line();
        }
    }
    if (reader.status() == CsvReader::Status::Failed)
        preview.error.message = fileError(csvPath, CsvReader::describe(*reader.failure()));
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encodingName();
    preview.encodingAssumed = reader.encodingAssumed();
    preview.decimalMark = decimalMark(settings, preview.mapping, sample);
    preview.mapping.setDecimalMark(preview.decimalMark);
    preview.mapping.settle(sample, preview.decimalMark);
    preview.platformStated = statesPlatform(preview.mapping, sample, settings);
    preview.rows = sample.mid(0, rowCount);
    return preview;
}

bool CandidateImport::statesPlatform(const HeaderMapping &mapping, const QList<QStringList> &rows,
                                     const ImportSettings &settings)
{
    if (settings.platform || mapping.has(ImportField::Platform) || mapping.headerPlatform())
        return true;
    // Profile links: the platform of each row is in its address.
    for (const ImportField field : {ImportField::ProfileUrl, ImportField::Handle}) {
        const qsizetype column = mapping.column(field);
        if (column < 0)
            continue;
        for (const QStringList &row : rows) {
            const QString cell = row.value(column).toLower();
            for (const char *host : {"instagram.com/", "tiktok.com/", "youtube.com/", "facebook.com/",
                                     "twitter.com/", "x.com/", "linkedin.com/"}) {
                if (cell.contains(QLatin1String(host)))
                    return true;
            }
        }
    }
    return false;
}

ImportReport CandidateImport::run(const QString &csvPath, const HeaderMapping &mapping,
                                  const ImportSettings &settings, const Progress &progress)
{
    ImportReport report;
    QFile file(csvPath);
    if (!openForReading(file, &report.error))
        return report;
    CsvReader reader(&file, settings.dialect);
    CsvRecord record;
    if (!readHeader(reader, record, csvPath, report))
        return report; // an empty file holds no candidates; that is no fault
    // Without a mapping: the detected one, settled on the first rows' values.
    const HeaderMapping used = mapping.columnCount() > 0 ? mapping : preview(csvPath, settings, 0).mapping;
    if (!used.missing().isEmpty()) {
        report.error.message = fileError(csvPath, used.missing());
        return report;
    }
    ImportRowReader rows(used, settings, decimalMark(settings, used), fallbackCurrency(settings, used));
    const std::unique_ptr<CandidateWriter> writer = CandidateWriter::forDatabase(m_databasePath);
    Run run{csvPath, settings, progress, reader, rows, *writer, report, {}, {}, {}};
    if (!used.has(ImportField::Followers))
        run.report.notes << tr("No column holds the follower counts: every candidate is stored with "
                               "its follower count unknown (no tier; reach is projected from average views "
                               "where they are known).");
    if (used.holdsCounts(ImportField::EngagementRate))
        run.report.notes << tr("Engagement was given as counts per post (column “%1”): each rate is that "
                               "count divided by the follower count.")
                                .arg(used.headers().at(used.column(ImportField::EngagementRate)));
    if (used.holdsShares(ImportField::EngagementRate))
        run.report.notes << tr("Engagement rates written without a percent sign were shares of one (0.034): "
                               "read as percentages (3.4%).");
    if (!writer->begin(&run.error)) {
        report.error = run.error;
        return report;
    }
    if (readRows(run) && (m_dryRun ? (writer->rollback(), true) : writer->commit(&run.error)))
        return run.report;
    writer->rollback();
    report.rejections = run.report.rejections;
    report.rejected = run.report.rejected;
    report.warnings = run.report.warnings;
    report.warningCount = run.report.warningCount;
    report.cancelled = run.error.isEmpty();
    report.error = run.error;
    return report;
}

bool CandidateImport::readRows(Run &run)
{
    CsvRecord record;
    ImportedRow row;
    RowFault fault;
    qint64 count = 0;
    while (run.reader.next(record)) {
        if (++count % progressRows == 0) {
            const bool goOn = !run.progress || run.progress(run.reader.bytesRead(), run.reader.totalBytes());
            if (!goOn || m_cancelled.load(std::memory_order_relaxed))
                return false;
        }
        if (const auto &problem = record.problem()) {
            reject(run, problem->position, QString(), CsvReader::describe(*problem));
            continue;
        }
        if (!run.rows.read(record, &row, &fault)) {
            reject(run, record.position(std::max<qsizetype>(fault.column, 0)), fault.field, fault.reason,
                   fault.column);
            continue;
        }
        for (const RowFault &warning : std::as_const(row.warnings))
            warn(run, record, warning);
        if (!run.group.isEmpty() && !joinsGroup(run.group, row) && !flushGroup(run))
            return false;
        run.group.append(std::move(row));
    }
    if (run.reader.status() == CsvReader::Status::Failed) {
        run.error.message = fileError(run.path, CsvReader::describe(*run.reader.failure()));
        return false;
    }
    if (m_cancelled.load(std::memory_order_relaxed))
        return false;
    return flushGroup(run);
}

void CandidateImport::reject(Run &run, const CsvPosition &at, const QString &field,
                             const QString &reason, qint64 cell) const
{
    ++run.report.rejected;
    const ImportRejection rejection{run.path, at.line, at.column, field, reason, cell};
    if (m_onRejected)
        m_onRejected(rejection);
    if (run.report.rejections.size() < ImportReport::maxKeptRejections)
        run.report.rejections.append(rejection);
}

void CandidateImport::warn(Run &run, const CsvRecord &record, const RowFault &warning) const
{
    ++run.report.warningCount;
    const CsvPosition at = record.position(std::max<qsizetype>(warning.column, 0));
    const ImportRejection entry{run.path, at.line, at.column, warning.field, warning.reason, warning.column};
    if (m_onWarning)
        m_onWarning(entry);
    if (run.report.warnings.size() < ImportReport::maxKeptRejections)
        run.report.warnings.append(entry);
}

bool CandidateImport::joinsGroup(const QList<ImportedRow> &group, const ImportedRow &row)
{
    const ImportedRow &first = group.first();
    if (first.keyed || row.keyed)
        return first.keyed && row.keyed && first.groupKey == row.groupKey;
    if (first.groupKey != row.groupKey)
        return false;
    // Rows without a handle are never joined by their name alone.
    if (row.candidate.channels.first().handle.isEmpty())
        return false;
    for (const ImportedRow &member : group) {
        if (member.candidate.channels.first().handle.isEmpty())
            return false;
    }
    // The same name again on a platform the candidate already has is more likely another
    // person of that name than a second account.
    const Platform platform = row.candidate.channels.first().platform;
    for (const ImportedRow &member : group) {
        if (member.candidate.channels.first().platform == platform)
            return false;
    }
    return true;
}

bool CandidateImport::flushGroup(Run &run)
{
    if (run.group.isEmpty())
        return true;
    const ImportedRow &first = run.group.first();
    const auto known = first.keyed ? run.keys.constFind(first.groupKey) : run.keys.cend();
    if (known != run.keys.cend())
        return flushKnownGroup(run, *known);
    const qint64 rows = run.group.size();
    std::optional<CandidateWriter::Match> stored;
    for (const ImportedRow &row : std::as_const(run.group)) {
        const Channel &channel = row.candidate.channels.first();
        if (channel.handle.isEmpty())
            continue;
        stored = run.writer.findChannel(channel.platform, channel.handle, &run.error);
        if (!run.error.isEmpty())
            return false;
        if (stored)
            break;
    }
    // Rows without a handle, each equal in name, platform and figures to a channel of one
    // stored candidate, are that candidate again (a file the program exported, imported
    // back). Their figures are the stored ones: there is nothing to update.
    bool sameFigures = false;
    if (!stored) {
        std::optional<CandidateWriter::Match> same;
        for (const ImportedRow &row : std::as_const(run.group)) {
            const Channel &channel = row.candidate.channels.first();
            const auto match = channel.handle.isEmpty()
                ? run.writer.findSameWithoutHandle(row.candidate.name, channel, &run.error)
                : std::nullopt;
            if (!run.error.isEmpty())
                return false;
            if (!match || (same && match->candidateId != same->candidateId)) {
                same.reset();
                break;
            }
            same = match;
        }
        stored = same;
        sameFigures = same.has_value();
    }
    Keyed keyed;
    bool ok = true;
    if (!stored) {
        Candidate candidate = first.candidate;
        for (qsizetype i = 1; i < run.group.size(); ++i)
            candidate.channels.append(run.group.at(i).candidate.channels.first());
        keyed.candidateId = run.writer.insert(candidate, &run.error);
        ok = keyed.candidateId > 0;
        run.report.imported += rows;
    } else if (run.settings.onDuplicate == DuplicatePolicy::Skip || sameFigures) {
        keyed = {stored->candidateId, Keyed::Outcome::Skipped};
        run.report.skipped += rows;
    } else {
        keyed = {stored->candidateId, Keyed::Outcome::Updated};
        ok = updateGroup(run, stored->candidateId);
        run.report.updated += rows;
    }
    if (first.keyed)
        run.keys.insert(first.groupKey, keyed);
    run.group.clear();
    return ok;
}

bool CandidateImport::flushKnownGroup(Run &run, const Keyed &keyed)
{
    const qint64 rows = run.group.size();
    bool ok = true;
    switch (keyed.outcome) {
    case Keyed::Outcome::Skipped:
        run.report.skipped += rows;
        break;
    case Keyed::Outcome::Updated:
        ok = updateGroup(run, keyed.candidateId);
        run.report.updated += rows;
        break;
    case Keyed::Outcome::Imported:
        for (const ImportedRow &row : std::as_const(run.group))
            ok = ok && run.writer.addChannel(keyed.candidateId, row.candidate.channels.first(), &run.error);
        ok = ok && run.writer.refreshSearchTerms(keyed.candidateId, &run.error);
        run.report.imported += rows;
        break;
    }
    run.group.clear();
    return ok;
}

bool CandidateImport::updateGroup(Run &run, qint64 candidateId)
{
    // Only what the file gives changes: an empty cell keeps the stored value.
    CandidateWriter::CandidateChanges changes;
    for (const ImportedRow &row : std::as_const(run.group)) {
        const Candidate &candidate = row.candidate;
        if (row.nameGiven && !changes.name)
            changes.name = candidate.name;
        if (row.kindGiven && !changes.kind)
            changes.kind = candidate.kind;
        if (row.nichesGiven && !changes.niches)
            changes.niches = candidate.niches;
        if (row.regionsGiven && !changes.regions)
            changes.regions = candidate.regions;
        if (row.notesGiven && !changes.notes)
            changes.notes = candidate.notes;
    }
    if (!run.writer.updateCandidate(candidateId, changes, &run.error))
        return false;
    for (const ImportedRow &row : std::as_const(run.group)) {
        const Channel &channel = row.candidate.channels.first();
        const auto stored = channel.handle.isEmpty()
            ? std::nullopt
            : run.writer.findChannel(channel.platform, channel.handle, &run.error);
        const bool ok = stored ? run.writer.updateChannel(stored->channelId, channel, row.followersGiven, &run.error)
                               : run.error.isEmpty() && run.writer.addChannel(candidateId, channel, &run.error);
        if (!ok)
            return false;
    }
    return run.writer.refreshSearchTerms(candidateId, &run.error);
}

ImportReport CandidateImport::runWorkbook(const WorkbookSource &source, const HeaderMapping &mapping,
                                          const ImportSettings &settings, const Progress &progress)
{
    // Rejections and warnings are said at the workbook's cells, not the temporary CSV's lines.
    const std::function<void(const ImportRejection &)> onRejected = m_onRejected;
    const std::function<void(const ImportRejection &)> onWarning = m_onWarning;
    if (onRejected)
        m_onRejected = [&](const ImportRejection &rejection) { onRejected(source.translated(rejection)); };
    if (onWarning)
        m_onWarning = [&](const ImportRejection &warning) { onWarning(source.translated(warning)); };
    const ImportReport report =
        run(source.csvPath(), mapping, source.csvSettings(settings), progress);
    m_onRejected = onRejected;
    m_onWarning = onWarning;
    return source.translated(report);
}

ImportPreview CandidateImport::previewWorkbook(const WorkbookSource &source,
                                               const ImportSettings &settings, int rowCount)
{
    ImportPreview shown = preview(source.csvPath(), source.csvSettings(settings), rowCount);
    // The cells as the workbook holds them: without the apostrophe the CSV guard put in front.
    for (QStringList &row : shown.rows) {
        for (QString &field : row)
            field = CsvWriter::restoreNeutralised(field);
    }
    shown.error.message.replace(QDir::toNativeSeparators(source.csvPath()),
                                QDir::toNativeSeparators(source.workbookPath()));
    return shown;
}

} // namespace planner
