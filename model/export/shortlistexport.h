#pragma once

#include "domain/brandfit.h"
#include "domain/campaign.h"
#include "domain/candidate.h"
#include "csv/csvpreset.h"
#include "domain/error.h"
#include "planning/projectedfigures.h"
#include "planning/projection.h"
#include "domain/shortlistentry.h"
#include "export/workbookoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QIODevice;

namespace planner {

class CsvWriter;
class TableSink;

// A campaign's shortlist with every projected figure, to CSV: one row per entry, declined
// ones included with their status, in the order of the shortlist.
//
// The header holds stable keys in English snake_case, never translated and never reordered
// (columns are only ever added at the end): the file must read back through the import in
// any interface language, and scripts find columns by name or place. The first sixteen are
// the columns "campaigns project" has always written:
//   candidate_id,name,kind,tier,platform,format,count,unique_reach,impressions,engagements,
//   cost,currency,cpm,cpe,emv,status,handle,fee,fee_currency,fee_source,rests_on_defaults,notes,
//   brand_fit,brand_fit_reasons
// - count: deliverables; cost, cpm, cpe and emv in the campaign's currency ("currency"),
//   rounded to its minor unit (whole đồng, rupiah and rials; cents); reach, impressions and
//   engagements as projected (fractions kept, never rounded here).
// - fee: the fee per deliverable the cost rests on, in its own currency (fee_currency);
//   fee_source says which: "agreed" (the entry's), "listed" (the channel's) or "default"
//   (the tier's assumed fee); all three empty when the channel is gone and no fee was agreed.
// - rests_on_defaults: the inputs that were the tier's defaults rather than the candidate's
//   own data, joined with '|' (reach_rate, engagement_rate, fee, authenticity), plus
//   no_channel when the candidate has no channel on the platform any more (figures are
//   zeros, tier and handle empty) and no_exchange_rate when the fee's currency has no rate
//   (cost and the figures per cost empty).
// - brand_fit: the marketer's rating 0-5 of the candidate for this campaign (empty: not
//   rated); brand_fit_reasons its reasons' keys joined with '|' (BrandFit::reasonKey).
// - Other values are keys (kind, tier, platform, format, status); empty means unknown.
class ShortlistExport
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistExport)

public:
    // Projects the entries now (a shortlist is small): candidates by id, as the shortlist
    // model and Workspace hold them; an entry whose candidate is missing keeps its row with
    // an empty name.
    ShortlistExport(const Campaign &campaign, const QList<ShortlistEntry> &entries,
                    const QHash<qint64, Candidate> &candidates, const Projection &projection,
                    const QHash<qint64, BrandFit> &brandFits = {});

    static QStringList columns();
    // The same columns named in the interface language, for people (CsvPreset's and the
    // workbook's localizedHeaders); the import reads columns().
    static QStringList titles();
    static QStringList header(bool localized);
    // The keys of rests_on_defaults, in the order they are written.
    static QString defaultsKeys(ProjectedFigures::Defaults defaults);

    // Writes the file through QSaveFile: replaced only when every row was written, else left
    // exactly as it was, with the reason in *error.
    bool exportTo(const QString &path, const CsvPreset &preset, Error *error = nullptr) const;
    // The same rows to a device that is already open (the CLI's standard output).
    bool write(QIODevice *device, const CsvPreset &preset, Error *error = nullptr) const;
    // The same rows as an .xlsx workbook (see XlsxWorkbookWriter), replaced only when
    // written whole.
    bool exportWorkbook(const QString &path, const WorkbookOptions &options,
                        Error *error = nullptr) const;

    const QList<ProjectedFigures> &figures() const { return m_figures; }
    // Header and rows into any sink (the workbook export).
    void writeRows(TableSink &sink, bool localizedHeaders) const;
    // The campaign's currency, in which cost, CPM, CPE and EMV are written.
    const QString &currency() const { return m_currency; }

private:
    void writeRows(CsvWriter &writer) const;
    void addRow(TableSink &writer, const ShortlistEntry &entry,
                const ProjectedFigures &figures) const;

    Projection m_projection;
    QString m_currency;
    QList<ShortlistEntry> m_entries;
    QHash<qint64, Candidate> m_candidates;
    QHash<qint64, BrandFit> m_brandFits;
    QList<ProjectedFigures> m_figures;
};

} // namespace planner
