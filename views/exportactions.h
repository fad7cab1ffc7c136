#pragma once

#include "domain/brandfit.h"
#include "csv/csvpreset.h"
#include "domain/error.h"
#include "export/candidateexport.h"
#include "export/workbookoptions.h"

#include <QHash>
#include "menuactions.h"

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace planner {

class CampaignPanel;
class CandidateTableModel;
class CandidatePanel;

// File menu's exports: the open campaign's shortlist with every projected figure, and the
// candidate table as filtered and sorted. The marketer picks an Excel workbook (.xlsx, the
// first choice), CSV for Excel or plain CSV in the save dialog, and whether the column names
// are in the interface language (ticked) or the stable English keys; long exports show
// progress and can be cancelled.
class ExportActions : public MenuActions
{
    Q_OBJECT

public:
    ExportActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window);

    QAction *exportShortlistAction() const { return m_shortlist; }
    QAction *exportCandidatesAction() const { return m_candidates; }

    // What the save dialog asked for.
    struct Choice
    {
        QString path;
        bool workbook = true;
        CsvPreset preset;
        bool localizedHeaders = true;
    };

    // The exports without dialogs (for tests and the dialogs themselves).
    // Each tells written() what it wrote where, for the status bar.
    bool exportShortlist(const QString &path, const CsvPreset &preset, Error *error);
    bool exportCandidates(const QString &path, const CsvPreset &preset, Error *error);
    bool exportShortlistWorkbook(const QString &path, bool localizedHeaders, Error *error);
    bool exportCandidatesWorkbook(const QString &path, bool localizedHeaders, Error *error);
    // The workbook's layout for the window: right to left in Persian.
    WorkbookOptions workbookOptions(const QString &sheetName, bool localizedHeaders) const;

    void updateEnabled();

private:
    void retranslate() override;
    // The open campaign's brand fits, for the shortlist export's rating columns.
    QHash<qint64, BrandFit> brandFits(qint64 campaignId) const;
    // Writes the candidates as filtered and sorted, with progress and cancel, and tells
    // written() on success; write does the writing in one format.
    using CandidateWrite = std::function<bool(CandidateExport &, const CandidateTableModel &,
                                              const CandidateExport::Progress &)>;
    bool writeCandidates(const QString &path, const CandidateWrite &write);

    // Asks where and how; nothing when the marketer cancelled.
    std::optional<Choice> ask(const QString &title, const QString &name) const;
    bool exportShortlistAs(const Choice &choice, Error *error);
    bool exportCandidatesAs(const Choice &choice, Error *error);
    void exportShortlistDialog();
    void exportCandidatesDialog();

    CandidatePanel *m_candidatePanel;
    CampaignPanel *m_campaignPanel;
    QAction *m_shortlist;
    QAction *m_candidates;
};

} // namespace planner
