#pragma once

#include <QDate>
#include <QObject>

class QDateEdit;

namespace planner {

// Turns a date edit's popup calendar to today's month when it opens on the edit's "not set"
// date, which is the earliest date it allows (January 2000): a marketer picks a campaign's
// days around today, not a quarter of a century back. It only turns the page; the date stays
// unset until a day is picked.
class TodayPageFilter : public QObject
{
    Q_OBJECT

public:
    TodayPageFilter(QDateEdit *edit, QDate unset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *m_edit;
    QDate m_unset;
};

} // namespace planner
