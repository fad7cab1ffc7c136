#pragma once

#include "candidate.h"
#include "projectedfigures.h"
#include "shortlistentry.h"

#include <QString>

namespace planner {

// A campaign's projected shortlist as CSV for other programs ("campaigns project"): one
// row per entry, declined ones included, keys rather than translated words, plain numbers,
// every amount in the campaign's currency (see CsvFields).
class ShortlistCsvFormat
{
public:
    explicit ShortlistCsvFormat(const QString &currency);

    // The header line, '\n' included.
    static QString header();
    // One row, '\n' included; candidate is null when it is no longer in the file.
    QString line(const ShortlistEntry &entry, const Candidate *candidate,
                 const ProjectedFigures &figures) const;

private:
    QString m_currency;
};

} // namespace planner
