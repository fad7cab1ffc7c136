#include "export/candidateexport.h"

#include "storage/candidatestore.h"
#include "csv/csvwriter.h"
#include "export/csvtablesink.h"
#include "export/xlsxworkbookwriter.h"

#include <QIODevice>

namespace planner {

namespace {

// Rows fetched from the cursor at a time, and so rows between progress reports.
constexpr int batchSize = 1000;

} // namespace

CandidateExport::CandidateExport(const CandidateStore &store)
    : m_store(store)
{
}

QStringList CandidateExport::columns()
{
    // A data format other programs and the import read: never translated, never reordered.
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("kind"),
            QStringLiteral("tier"),
            QStringLiteral("platform"),
            QStringLiteral("handle"),
            QStringLiteral("followers"),
            QStringLiteral("engagement_rate_pct"),
            QStringLiteral("avg_views"),
            QStringLiteral("fee"),
            QStringLiteral("currency"),
            QStringLiteral("authenticity_pct"),
            QStringLiteral("niches"),
            QStringLiteral("regions"),
            QStringLiteral("languages")};
}

QStringList CandidateExport::titles()
{
    // The same columns as columns(), named in the interface language for people.
    return {tr("ID"),
            tr("Name"),
            tr("Kind"),
            tr("Tier"),
            tr("Platform"),
            tr("Handle"),
            tr("Followers"),
            tr("Engagement rate (%)"),
            tr("Average views"),
            tr("Fee"),
            tr("Currency"),
            tr("Authenticity (%)"),
            tr("Niches"),
            tr("Regions"),
            //: Column of the languages a channel posts in (ISO 639 codes)
            tr("Languages")};
}

QStringList CandidateExport::header(bool localized)
{
    return localized ? titles() : columns();
}

void CandidateExport::addRow(CsvWriter &writer, const CandidateRow &row,
                             const TierThresholds &thresholds)
{
    CsvTableSink sink(writer);
    addRow(sink, row, thresholds);
}

void CandidateExport::addRow(TableSink &sink, const CandidateRow &row,
                             const TierThresholds &thresholds)
{
    const Channel &channel = row.channel;
    sink.addId(row.candidateId);
    sink.addText(row.name);
    sink.addText(kindKey(row.kind));
    // An unknown follower count: empty tier and followers cells.
    if (channel.followers)
        sink.addText(tierKey(thresholds.tierFor(*channel.followers)));
    else
        sink.addEmpty();
    sink.addText(platformKey(channel.platform));
    sink.addText(channel.handle);
    if (channel.followers)
        sink.addInteger(*channel.followers);
    else
        sink.addEmpty();
    if (channel.engagementRatePct)
        sink.addPercent(*channel.engagementRatePct);
    else
        sink.addEmpty();
    if (channel.avgViews)
        sink.addInteger(*channel.avgViews);
    else
        sink.addEmpty();
    if (channel.fee) {
        sink.addMoney(*channel.fee);
        sink.addText(channel.fee->currency());
    } else {
        sink.addEmpty();
        sink.addEmpty();
    }
    if (channel.authenticityPct)
        sink.addPercent(*channel.authenticityPct);
    else
        sink.addEmpty();
    sink.addText(row.niches.join(QLatin1Char('|')));
    sink.addText(row.regions.join(QLatin1Char('|')));
    sink.addText(row.channel.languages.join(QLatin1Char('|')));
    sink.endRow();
}

bool CandidateExport::writeRows(TableSink &sink, bool localizedHeaders,
                                const CandidateFilter &filter, const CandidateSort &sort,
                                const Progress &progress)
{
    m_rowsWritten = 0;
    m_readError = Error();
    const TierThresholds &thresholds = m_store.tierThresholds();
    sink.addHeader(header(localizedHeaders));
    const std::unique_ptr<CandidateRowCursor> cursor = m_store.rows(filter, sort);
    while (!cursor->atEnd() && sink.isOk()) {
        const QList<CandidateRow> rows = cursor->fetch(batchSize);
        for (const CandidateRow &row : rows)
            addRow(sink, row, thresholds);
        m_rowsWritten += rows.size();
        if (progress && !progress(m_rowsWritten))
            return false;
    }
    if (cursor->failed()) {
        m_readError = cursor->error();
        return false;
    }
    return sink.isOk();
}

bool CandidateExport::writeRows(CsvWriter &writer, const CandidateFilter &filter,
                                const CandidateSort &sort, const Progress &progress)
{
    CsvTableSink sink(writer);
    return writeRows(sink, writer.preset().localizedHeaders, filter, sort, progress);
}

bool CandidateExport::exportTo(const QString &path, const CandidateFilter &filter,
                               const CandidateSort &sort, const CsvPreset &preset, Error *error,
                               const Progress &progress)
{
    const bool saved = CsvWriter::saveFile(
        path, preset,
        [&](CsvWriter &writer) { return writeRows(writer, filter, sort, progress); }, error);
    // A database that fails while it is read is no cancel: say why (the file stays as it was).
    if (!saved && error && !m_readError.isEmpty())
        *error = m_readError;
    return saved;
}

bool CandidateExport::exportWorkbook(const QString &path, const CandidateFilter &filter,
                                     const CandidateSort &sort, const WorkbookOptions &options,
                                     Error *error, const Progress &progress)
{
    const bool saved = XlsxWorkbookWriter::saveFile(
        path, options,
        [&](XlsxWorkbookWriter &writer) {
            return writeRows(writer, options.localizedHeaders, filter, sort, progress);
        },
        error);
    if (!saved && error && !m_readError.isEmpty())
        *error = m_readError;
    return saved;
}

bool CandidateExport::write(QIODevice *device, const CandidateFilter &filter,
                            const CandidateSort &sort, const CsvPreset &preset, Error *error)
{
    CsvWriter writer(device, preset);
    if (writeRows(writer, filter, sort, {}) && writer.flush())
        return true;
    if (error && !m_readError.isEmpty())
        *error = m_readError;
    else if (error)
        error->message = tr("The candidates could not be written: %1").arg(writer.errorString());
    return false;
}

} // namespace planner
