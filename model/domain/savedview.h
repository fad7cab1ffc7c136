#pragma once

#include "domain/candidatefilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// A named way of looking at the candidate list, kept in the file so a colleague opening it
// sees it too: the filter, the sort and the columns shown. The filter is stored by keys and
// plain numbers, never by displayed text, so a view reads the same in every language.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    qint64 id = 0;
    QString name;    // as the marketer named it; empty for a view that came with the file
    QString seedKey; // of a view that came with the file: its name is shown translated
    CandidateFilter filter; // ranges.rates are the file's at use, not stored
    CandidateSort sort;
    QStringList columns; // sort keys of the columns shown (sortKeyName), in order; empty: all

    QJsonObject filterJson() const;
    // Empty, with the reason, when the text is not a filter this program wrote.
    static std::optional<CandidateFilter> filterFromJson(const QJsonObject &json, QString *reason);

    bool operator==(const SavedView &other) const;
};

// "name", "kind", ..., "goal_fit": the stored names of the sort keys and columns.
QString sortKeyName(CandidateSortKey key);
std::optional<CandidateSortKey> sortKeyFromName(const QString &name);

} // namespace planner
