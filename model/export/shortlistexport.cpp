#include "export/shortlistexport.h"

#include "csv/csvwriter.h"
#include "export/csvtablesink.h"
#include "export/xlsxworkbookwriter.h"

#include <QIODevice>

namespace planner {

namespace {

void addOptionalAmount(TableSink &sink, const std::optional<double> &value,
                       const QString &currency)
{
    if (value)
        sink.addAmount(*value, currency);
    else
        sink.addEmpty();
}

void addOptionalMoney(TableSink &sink, const std::optional<Money> &value)
{
    if (value)
        sink.addMoney(*value);
    else
        sink.addEmpty();
}

} // namespace

ShortlistExport::ShortlistExport(const Campaign &campaign, const QList<ShortlistEntry> &entries,
                                 const QHash<qint64, Candidate> &candidates,
                                 const Projection &projection,
                                 const QHash<qint64, BrandFit> &brandFits)
    : m_projection(projection)
    , m_currency(campaign.currency())
    , m_entries(entries)
    , m_candidates(candidates)
    , m_brandFits(brandFits)
    , m_figures(projection.projectEntries(campaign, entries, candidates))
{
}

QStringList ShortlistExport::columns()
{
    // A data format other programs and the import read: never translated, never reordered.
    return {QStringLiteral("candidate_id"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("tier"), QStringLiteral("platform"), QStringLiteral("format"),
            QStringLiteral("count"), QStringLiteral("unique_reach"),
            QStringLiteral("impressions"), QStringLiteral("engagements"), QStringLiteral("cost"),
            QStringLiteral("currency"), QStringLiteral("cpm"), QStringLiteral("cpe"),
            QStringLiteral("emv"), QStringLiteral("status"), QStringLiteral("handle"),
            QStringLiteral("fee"), QStringLiteral("fee_currency"), QStringLiteral("fee_source"),
            QStringLiteral("rests_on_defaults"), QStringLiteral("notes"),
            QStringLiteral("brand_fit"), QStringLiteral("brand_fit_reasons")};
}

QStringList ShortlistExport::titles()
{
    // The same columns as columns(), named in the interface language for people.
    return {tr("Candidate ID"), tr("Name"), tr("Kind"), tr("Tier"), tr("Platform"),
            tr("Format"), tr("Deliverables"), tr("Unique reach"), tr("Impressions"),
            tr("Engagements"), tr("Cost"), tr("Currency"), tr("CPM"), tr("CPE"), tr("EMV"),
            tr("Status"), tr("Handle"), tr("Fee"), tr("Fee currency"), tr("Fee source"),
            tr("Rests on defaults"), tr("Notes"), tr("Brand fit"), tr("Brand fit reasons")};
}

QStringList ShortlistExport::header(bool localized)
{
    return localized ? titles() : columns();
}

QString ShortlistExport::defaultsKeys(ProjectedFigures::Defaults defaults)
{
    using F = ProjectedFigures;
    static const QList<QPair<F::Default, QString>> keys{
        {F::ReachRate, QStringLiteral("reach_rate")},
        {F::EngagementRate, QStringLiteral("engagement_rate")},
        {F::Fee, QStringLiteral("fee")},
        {F::Authenticity, QStringLiteral("authenticity")},
        {F::NoChannel, QStringLiteral("no_channel")},
        {F::NoExchangeRate, QStringLiteral("no_exchange_rate")},
        {F::NoFollowers, QStringLiteral("no_followers")},
        {F::NotProjected, QStringLiteral("not_projected")}};
    QStringList present;
    for (const auto &[flag, key] : keys) {
        if (defaults.testFlag(flag))
            present << key;
    }
    return present.join(QLatin1Char('|'));
}

void ShortlistExport::addRow(TableSink &writer, const ShortlistEntry &entry,
                             const ProjectedFigures &figures) const
{
    const auto found = m_candidates.constFind(entry.candidateId);
    const Candidate *candidate = found == m_candidates.constEnd() ? nullptr : &*found;
    const Channel *channel = candidate ? Projection::channelFor(*candidate, entry.platform) : nullptr;
    // Without its channel an entry has no tier; its figures are zeros, not estimates.
    const bool hasChannel = channel && !figures.restsOn(ProjectedFigures::NoChannel);
    // The fee the projection used, and where it came from (the same order as Projection).
    std::optional<Money> fee = entry.agreedFee;
    QString feeSource = QStringLiteral("agreed");
    // Without a follower count there is no tier, and no tier default fee.
    const bool tiered = hasChannel && !figures.restsOn(ProjectedFigures::NoFollowers);
    if (!fee && hasChannel && (channel->fee || tiered)) {
        fee = channel->fee ? *channel->fee
                           : m_projection.assumptions().defaultFee(entry.platform, figures.tier);
        feeSource = channel->fee ? QStringLiteral("listed") : QStringLiteral("default");
    }
    writer.addId(entry.candidateId);
    writer.addText(candidate ? candidate->name : QString());
    writer.addText(candidate ? kindKey(candidate->kind) : QString());
    writer.addText(tiered ? tierKey(figures.tier) : QString());
    writer.addText(platformKey(entry.platform));
    writer.addText(deliverableFormatKey(entry.format));
    writer.addInteger(entry.deliverables);
    writer.addCount(figures.uniqueReach);
    writer.addCount(figures.impressions);
    writer.addCount(figures.engagements);
    addOptionalMoney(writer, figures.cost);
    writer.addText(m_currency);
    addOptionalAmount(writer, figures.cpm, m_currency);
    addOptionalAmount(writer, figures.cpe, m_currency);
    addOptionalAmount(writer, figures.emv, m_currency);
    writer.addText(entryStatusKey(entry.status));
    writer.addText(hasChannel ? channel->handle : QString());
    addOptionalMoney(writer, fee);
    writer.addText(fee ? fee->currency() : QString());
    writer.addText(fee ? feeSource : QString());
    writer.addText(defaultsKeys(figures.defaults));
    writer.addText(entry.notes);
    const BrandFit fit = m_brandFits.value(entry.candidateId);
    if (fit.rating)
        writer.addInteger(*fit.rating);
    else
        writer.addEmpty();
    writer.addText(fit.reasonKeys().join(QLatin1Char('|')));
    writer.endRow();
}

void ShortlistExport::writeRows(CsvWriter &writer) const
{
    CsvTableSink sink(writer);
    writeRows(sink, writer.preset().localizedHeaders);
}

void ShortlistExport::writeRows(TableSink &sink, bool localizedHeaders) const
{
    sink.addHeader(header(localizedHeaders));
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        addRow(sink, m_entries.at(i), m_figures.at(i));
}

bool ShortlistExport::exportTo(const QString &path, const CsvPreset &preset, Error *error) const
{
    return CsvWriter::saveFile(
        path, preset,
        [this](CsvWriter &writer) {
            writeRows(writer);
            return writer.isOk();
        },
        error);
}

bool ShortlistExport::write(QIODevice *device, const CsvPreset &preset, Error *error) const
{
    CsvWriter writer(device, preset);
    writeRows(writer);
    if (writer.flush())
        return true;
    if (error)
        error->message = tr("The shortlist could not be written: %1").arg(writer.errorString());
    return false;
}

bool ShortlistExport::exportWorkbook(const QString &path, const WorkbookOptions &options,
                                     Error *error) const
{
    return XlsxWorkbookWriter::saveFile(
        path, options,
        [&](XlsxWorkbookWriter &writer) {
            writeRows(writer, options.localizedHeaders);
            return writer.isOk();
        },
        error);
}

} // namespace planner
