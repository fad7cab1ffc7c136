#include "shortlistcsvformat.h"

#include "csvfields.h"

#include <QStringList>

namespace planner {

ShortlistCsvFormat::ShortlistCsvFormat(const QString &currency)
    : m_currency(currency)
{
}

QString ShortlistCsvFormat::header()
{
    // A data format other programs read: never translated, columns never reordered.
    return QStringLiteral("candidate_id,name,kind,tier,platform,format,count,unique_reach,"
                          "impressions,engagements,cost,currency,cpm,cpe,emv,status\n");
}

QString ShortlistCsvFormat::line(const ShortlistEntry &entry, const Candidate *candidate,
                                 const ProjectedFigures &figures) const
{
    const auto optionalNumber = [](const std::optional<double> &value) {
        return value ? CsvFields::number(*value) : QString();
    };
    // Without its channel an entry has no tier; its figures are zeros, not estimates.
    const bool hasChannel = !figures.restsOn(ProjectedFigures::NoChannel);
    const QStringList fields{
        QString::number(entry.candidateId),
        CsvFields::field(candidate ? candidate->name : QString()),
        candidate ? kindKey(candidate->kind) : QString(),
        hasChannel ? tierKey(figures.tier) : QString(),
        platformKey(entry.platform),
        deliverableFormatKey(entry.format),
        QString::number(entry.deliverables),
        CsvFields::number(figures.uniqueReach),
        CsvFields::number(figures.impressions),
        CsvFields::number(figures.engagements),
        figures.cost ? figures.cost->toDecimalString() : QString(),
        CsvFields::field(m_currency),
        optionalNumber(figures.cpm),
        optionalNumber(figures.cpe),
        optionalNumber(figures.emv),
        entryStatusKey(entry.status),
    };
    return CsvFields::line(fields);
}

} // namespace planner
