#pragma once

#include "domain/campaign.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace planner {

class CampaignFile;

// Writes the media plan report of a campaign in a language (en, vi, id, fa), as a PDF or
// as one self-contained HTML file by the file's suffix (.pdf, .html or .htm), through a
// save file: a report that fails leaves the file that was there.
class MediaPlanReport
{
    Q_DECLARE_TR_FUNCTIONS(MediaPlanReport)

public:
    // suspended: the window's translators, out of the way while the report is written.
    // title: the client-facing title on the cover ("Summer launch for Acme"); empty: "Media plan".
    static bool write(const CampaignFile &file, const Campaign &campaign, const QString &language,
                      const QString &path, Error *error, const QList<QTranslator *> &suspended = {},
                      const QString &title = {});
    static bool isHtml(const QString &path);
    static bool isKnownSuffix(const QString &path);
};

} // namespace planner
