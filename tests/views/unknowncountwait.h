#pragma once

// The count of rows a range or language filter leaves out as unknown comes from the panel's
// background counter: the tests let events run until the label says what they expect (or a
// generous deadline passes; the assertion is on the text, never on the time).
#include "rangefilterrow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLabel>

namespace planner::test {

inline bool unknownLabelShows(const RangeFilterRow *row, const QWidget *window, const QString &text)
{
    QDeadlineTimer deadline(30000);
    const auto shows = [&] {
        return row->unknownLabel()->isVisibleTo(window) && row->unknownLabel()->text().contains(text);
    };
    while (!shows() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return shows();
}

} // namespace planner::test
