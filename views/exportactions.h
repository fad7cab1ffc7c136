#pragma once

#include "csv/csvpreset.h"
#include "domain/error.h"

#include <QObject>

class QAction;
class QWidget;

namespace planner {

class CampaignPanel;
class CandidatePanel;

// File menu's CSV exports: the open campaign's shortlist with every projected figure, and
// the candidate table as filtered and sorted. The marketer picks "for Excel" (the default)
// or "plain" in the save dialog; long exports show progress and can be cancelled.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window);

    QAction *exportShortlistAction() const { return m_shortlist; }
    QAction *exportCandidatesAction() const { return m_candidates; }

    // The exports without dialogs (for tests and the dialogs themselves).
    // Each tells written() what it wrote where, for the status bar.
    bool exportShortlist(const QString &path, const CsvPreset &preset, Error *error);
    bool exportCandidates(const QString &path, const CsvPreset &preset, Error *error);

    void retranslate();
    void updateEnabled();

signals:
    void written(const QString &message);

private:
    // Asks where and how; empty path when the marketer cancelled.
    QString askPath(const QString &title, const QString &name, CsvPreset *preset) const;
    void exportShortlistDialog();
    void exportCandidatesDialog();

    CandidatePanel *m_candidatePanel;
    CampaignPanel *m_campaignPanel;
    QWidget *m_window;
    QAction *m_shortlist;
    QAction *m_candidates;
};

} // namespace planner
