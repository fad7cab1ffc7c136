#include "todaypagefilter.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>

namespace planner {

TodayPageFilter::TodayPageFilter(QDateEdit *edit, QDate unset)
    : QObject(edit)
    , m_edit(edit)
    , m_unset(unset)
{
    if (QCalendarWidget *calendar = edit->calendarWidget())
        calendar->installEventFilter(this);
}

bool TodayPageFilter::eventFilter(QObject *watched, QEvent *event)
{
    // On show: the edit has just handed its date to the calendar, which turned to its page.
    if (event->type() == QEvent::Show && m_edit->date() == m_unset) {
        auto *calendar = static_cast<QCalendarWidget *>(watched);
        const QCalendar::YearMonthDay today = calendar->calendar().partsFromDate(QDate::currentDate());
        calendar->setCurrentPage(today.year, today.month);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace planner
