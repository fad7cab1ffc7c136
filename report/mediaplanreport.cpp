#include "mediaplanreport.h"

#include "mediaplan.h"
#include "mediaplanhtml.h"
#include "mediaplanpdf.h"
#include "mediaplansvg.h"
#include "reportcharts.h"
#include "reportlanguage.h"
#include "text/localformat.h"

#include <QFileInfo>
#include <QSaveFile>

namespace planner {

bool MediaPlanReport::isHtml(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

bool MediaPlanReport::isKnownSuffix(const QString &path)
{
    return isHtml(path) || QFileInfo(path).suffix().toLower() == QLatin1String("pdf");
}

bool MediaPlanReport::write(const CampaignFile &file, const Campaign &campaign, const QString &language,
                            const QString &path, Error *error, const QList<QTranslator *> &suspended,
                            const QString &title)
{
    const ReportLanguage scope(language, suspended);
    std::optional<MediaPlan> plan = MediaPlan::read(file, campaign, error);
    if (!plan)
        return false;
    plan->title = title.simplified();
    const QList<ReportChart> charts = ReportChart::chartsOf(*plan);
    const bool html = isHtml(path);
    const MediaPlanHtml text(*plan, scope.isRightToLeft(), scope.isRightToLeft() && !html);
    const MediaPlanPdf pdf(scope, text.title(), LocalFormat::date(plan->written));

    QSaveFile out(path);
    bool written = out.open(QIODevice::WriteOnly);
    if (written && html) {
        const QString style = QStringLiteral("<style>\nbody { font-family: '%1', sans-serif; font-size: 10pt; "
                                             "max-width: 800px; margin: 24px auto; }\n%2"
                                             "svg { display: block; margin: 12px 0; }\n</style>\n")
                                  .arg(scope.fontFamilies().constFirst(), MediaPlanPdf::styleSheet(scope.isRightToLeft()));
        QString page = MediaPlanSvg::inlineCharts(text.html(int(charts.size())), charts, pdf.font(8.0), scope.isRightToLeft());
        page.replace(QLatin1String("</head>"), style + QLatin1String("</head>"));
        written = out.write(page.toUtf8()) >= 0;
    } else if (written) {
        written = pdf.write(text.html(int(charts.size()), true), charts, text.shortlistTable(), &out);
    }
    if (written && out.commit())
        return true;
    if (error) {
        //: %1 file name, %2 the system's reason
        error->message = tr("The report could not be written to %1: %2").arg(path, out.errorString());
    }
    return false;
}

} // namespace planner
