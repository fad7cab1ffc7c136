#include "export/candidateexport.h"

#include "storage/candidaterowbytes.h"
#include "storage/candidatestore.h"
#include "csv/csvwriter.h"
#include "export/csvtablesink.h"
#include "export/xlsxworkbookwriter.h"

#include <QIODevice>

namespace planner {

namespace {

// Rows fetched from the cursor at a time, and so rows between progress reports.
constexpr int batchSize = 1000;

// A CandidateRow as writeRow() reads a row: the same values CandidateRowBytes gives of a
// row read in place, lists joined as the file writes them.
class HeldRow
{
public:
    explicit HeldRow(const CandidateRow &row)
        : m_row(row)
    {
    }
    qint64 candidateId() const { return m_row.candidateId; }
    const QString &name() const { return m_row.name; }
    CandidateKind kind() const { return m_row.kind; }
    Platform platform() const { return m_row.channel.platform; }
    const QString &handle() const { return m_row.channel.handle; }
    std::optional<qint64> followers() const { return m_row.channel.followers; }
    std::optional<double> engagementRatePct() const { return m_row.channel.engagementRatePct; }
    std::optional<qint64> avgViews() const { return m_row.channel.avgViews; }
    const std::optional<Money> &fee() const { return m_row.channel.fee; }
    std::optional<double> authenticityPct() const { return m_row.channel.authenticityPct; }
    QString niches() const { return m_row.niches.join(QLatin1Char('|')); }
    QString regions() const { return m_row.regions.join(QLatin1Char('|')); }
    QString languages() const { return m_row.channel.languages.join(QLatin1Char('|')); }

private:
    const CandidateRow &m_row;
};

void addText(TableSink &sink, QStringView text)
{
    sink.addText(text);
}

void addText(TableSink &sink, QUtf8StringView text)
{
    sink.addUtf8Text(text);
}

// One channel's row, in the order of CandidateExport::columns(), from either kind of row.
template<typename Row>
void writeRow(TableSink &sink, const Row &row, const TierThresholds &thresholds)
{
    sink.addId(row.candidateId());
    addText(sink, row.name());
    sink.addText(kindKey(row.kind()));
    // An unknown follower count: empty tier and followers cells.
    const std::optional<qint64> followers = row.followers();
    if (followers)
        sink.addText(tierKey(thresholds.tierFor(*followers)));
    else
        sink.addEmpty();
    sink.addText(platformKey(row.platform()));
    addText(sink, row.handle());
    if (followers)
        sink.addInteger(*followers);
    else
        sink.addEmpty();
    if (const std::optional<double> rate = row.engagementRatePct())
        sink.addPercent(*rate);
    else
        sink.addEmpty();
    if (const std::optional<qint64> views = row.avgViews())
        sink.addInteger(*views);
    else
        sink.addEmpty();
    if (const std::optional<Money> fee = row.fee()) {
        sink.addMoney(*fee);
        sink.addText(fee->currency());
    } else {
        sink.addEmpty();
        sink.addEmpty();
    }
    if (const std::optional<double> authenticity = row.authenticityPct())
        sink.addPercent(*authenticity);
    else
        sink.addEmpty();
    addText(sink, row.niches());
    addText(sink, row.regions());
    addText(sink, row.languages());
    sink.endRow();
}

// Writes each row the cursor hands over.
class RowWriter : public CandidateRowVisitor
{
public:
    RowWriter(TableSink &sink, const TierThresholds &thresholds)
        : m_sink(sink)
        , m_thresholds(thresholds)
    {
    }
    void visit(const CandidateRowBytes &row) override { writeRow(m_sink, row, m_thresholds); }
    void visit(const CandidateRow &row) override { writeRow(m_sink, HeldRow(row), m_thresholds); }

private:
    TableSink &m_sink;
    const TierThresholds &m_thresholds;
};

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
    writeRow(sink, HeldRow(row), thresholds);
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
    // Rows of SQLite are written as they are read, without a CandidateRow (issue 14).
    RowWriter writer(sink, thresholds);
    while (!cursor->atEnd() && sink.isOk()) {
        m_rowsWritten += cursor->visit(batchSize, writer);
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
