#pragma once

#include "domain/candidatefilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace planner {

class RangeFilterRow;

// The row above the candidate table: text search and the kind, tier, platform, niche and
// region filters, and a "More filters" button that shows the range filters under them
// (with how many are on). Every change is applied at once.
class CandidateFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateFilterBar(QWidget *parent = nullptr);

    CandidateFilter filter() const;
    // Fills the niche and region choices with what the open file uses.
    void setChoices(const QStringList &niches, const QStringList &regions);
    void focusSearch();
    void clear();
    // Shows a filter (a saved view's): choices the file does not use yet are added.
    void setFilter(const CandidateFilter &filter);
    // Adds a widget at the end of the top row (the saved views button).
    void addToRow(QWidget *widget);

    QLineEdit *searchField() const { return m_search; }
    RangeFilterRow *rangeRow() const { return m_ranges; }
    QToolButton *moreFiltersButton() const { return m_more; }

signals:
    void filterChanged(const planner::CandidateFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void emitFilter();
    void updateMoreFilters();

    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_tier;
    QComboBox *m_platform;
    QComboBox *m_niche;
    QComboBox *m_region;
    QToolButton *m_more;
    RangeFilterRow *m_ranges;
    QStringList m_niches;
    QStringList m_regions;
    bool m_filling = false;
};

} // namespace planner
