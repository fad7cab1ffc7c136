#pragma once

#include "domain/candidatefilter.h"
#include "storage/backgroundconnection.h"
#include "storage/candidateorder.h"
#include "storage/channelfigures.h"
#include "storage/filteredorder.h"
#include "storage/searchmatches.h"

#include <QAtomicInt>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <memory>
#include <optional>

namespace planner {

// What the in-memory walk of a large candidate list needs to filter without SQL per row:
// the candidates the search finds and the channel figures the ranges bound. Made by
// FilterPreparer on a worker for one filter.
struct PreparedFilter
{
    CandidateFilter filter;
    std::shared_ptr<const SearchMatches> matches; // null without search words
    std::shared_ptr<const ChannelFigures> figures; // null without ranges
    // The order (and direction) the worker was asked to walk, and its first places the
    // search and ranges pass (FilteredOrder), null when not walked.
    std::shared_ptr<const CandidateOrder> order;
    bool descending = false;
    std::shared_ptr<const FilteredOrder> walked;

    // Whether this is filter's, prepared for order in that direction.
    bool isFor(const CandidateFilter &of, const CandidateOrder *by, bool inDescending) const
    {
        return filter == of && order.get() == by && descending == inDescending;
    }
    // Whether walked holds the first places of by in that direction.
    bool walkedFor(const CandidateOrder *by, bool inDescending) const
    {
        return walked && order.get() == by && descending == inDescending;
    }
};

// Reads the full-text matches and the range figures of a filter on a connection of its own
// in a worker thread (issue 14: a search word such as "1" matches nearly every candidate,
// and reading them on the window's thread held it up for a second; issue 19: a projected
// CPM bound was SQL arithmetic on every row). The figures read for one filter are kept for
// the next (ChannelFigures::load), so a keystroke in a range field reads nothing. Given the
// table's order, the worker also walks it (FilteredOrder): the window's thread then reads
// only the page it shows. Only the newest request is worked on, and a newer request stops
// the walk of an older one.
class FilterPreparer : public QObject
{
    Q_OBJECT

public:
    explicit FilterPreparer(const QString &databasePath, QObject *parent = nullptr);
    ~FilterPreparer() override;

    // order: the table's order to walk in the direction descending, or null.
    void request(const CandidateFilter &filter, std::shared_ptr<const CandidateOrder> order, bool descending,
                 int serial);
    // The figures read so far are of a file that changed: read again from the next request.
    void forgetFigures();

    // The same on the caller's connection (a small file, the tests). found: the filter's
    // search matches read already from the same file, taken instead of reading them; or null.
    static std::optional<PreparedFilter> prepare(const QSqlDatabase &db, const CandidateFilter &filter,
                                                 const ChannelFigures *previous,
                                                 std::shared_ptr<const SearchMatches> found = {});

signals:
    // prepared is empty when the file could not be read.
    void prepared(int serial, const std::shared_ptr<const planner::PreparedFilter> &prepared);

private:
    struct Request
    {
        CandidateFilter filter;
        std::shared_ptr<const CandidateOrder> order;
        bool descending;
        int serial;
    };
    void work(); // in the worker thread

    QMutex m_mutex;
    std::optional<Request> m_pending;
    QAtomicInt m_latest; // the newest request's serial: an older walk stops
    std::shared_ptr<const ChannelFigures> m_figures; // worker only
    bool m_forget = false;                           // under m_mutex
    BackgroundConnection m_background; // last: its thread ends before the rest goes
};

} // namespace planner

Q_DECLARE_METATYPE(std::shared_ptr<const planner::PreparedFilter>)
