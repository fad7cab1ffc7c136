#include "export/candidateexport.h"

#include "storage/candidatestore.h"
#include "csv/csvwriter.h"

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
            QStringLiteral("regions")};
}

void CandidateExport::addRow(CsvWriter &writer, const CandidateRow &row,
                             const TierThresholds &thresholds)
{
    const Channel &channel = row.channel;
    writer.addInteger(row.candidateId);
    writer.addText(row.name);
    writer.addText(kindKey(row.kind));
    writer.addText(tierKey(thresholds.tierFor(channel.followers)));
    writer.addText(platformKey(channel.platform));
    writer.addText(channel.handle);
    writer.addInteger(channel.followers);
    if (channel.engagementRatePct)
        writer.addNumber(*channel.engagementRatePct);
    else
        writer.addEmpty();
    if (channel.avgViews)
        writer.addInteger(*channel.avgViews);
    else
        writer.addEmpty();
    if (channel.fee) {
        writer.addDecimal(channel.fee->toDecimalString());
        writer.addText(channel.fee->currency());
    } else {
        writer.addEmpty();
        writer.addEmpty();
    }
    if (channel.authenticityPct)
        writer.addNumber(*channel.authenticityPct);
    else
        writer.addEmpty();
    writer.addText(row.niches.join(QLatin1Char('|')));
    writer.addText(row.regions.join(QLatin1Char('|')));
    writer.endRow();
}

bool CandidateExport::writeRows(CsvWriter &writer, const CandidateFilter &filter,
                                const CandidateSort &sort, const Progress &progress)
{
    m_rowsWritten = 0;
    m_readError = Error();
    const TierThresholds &thresholds = m_store.tierThresholds();
    writer.writeRow(columns());
    const std::unique_ptr<CandidateRowCursor> cursor = m_store.rows(filter, sort);
    while (!cursor->atEnd() && writer.isOk()) {
        for (const CandidateRow &row : cursor->fetch(batchSize))
            addRow(writer, row, thresholds);
        m_rowsWritten = writer.rowsWritten() - 1;
        if (progress && !progress(m_rowsWritten))
            return false;
    }
    if (cursor->failed()) {
        m_readError = cursor->error();
        return false;
    }
    return writer.isOk();
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
