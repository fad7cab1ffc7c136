#pragma once

#include "domain/candidatefilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace planner {

// The row above the candidate table: text search and the kind, tier, platform, niche and
// region filters. Every change is applied at once.
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

    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *nicheBox() const { return m_niche; }
    QComboBox *regionBox() const { return m_region; }

signals:
    void filterChanged(const planner::CandidateFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void emitFilter();

    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_tier;
    QComboBox *m_platform;
    QComboBox *m_niche;
    QComboBox *m_region;
    QStringList m_niches;
    QStringList m_regions;
    bool m_filling = false;
};

} // namespace planner
