// Renders each screen of the program in English, Vietnamese, Indonesian and Persian on the
// demo data and saves PNGs, so a developer can look at them:  ui_screenshots OUTDIR [WIDTHxHEIGHT]
// (the window's size, 1280x760 unless given: 1024x700 is the smallest the layout promises).
#include "assumptionsdialog.h"
#include "brandfitdialog.h"
#include "candidatefilterbar.h"
#include "languagepicker.h"
#include "rangefilterrow.h"
#include "savedviewsbutton.h"
#include "campaignactions.h"
#include "campaigneditordialog.h"
#include "campaignpanel.h"
#include "resultactions.h"
#include "resultsdialog.h"
#include "candidateeditordialog.h"
#include "charts/chartspanel.h"
#include "charts/chartwindow.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/resultstore.h"
#include "planning/assumptionlearner.h"
#include "planning/planninginput.h"
#include <QUndoCommand>
#include "storage/exchangeratestore.h"
#include "exportactions.h"
#include "importdialog.h"
#include "../model/import/workbookfixture.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "languagemanager.h"
#include "aboutdialog.h"
#include "guidedialog.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "teamdatabasedialog.h"
#include "conflictnotice.h"
#include "domain/changedfields.h"
#include "storage/rowversion.h"
#include "welcomedialog.h"
#include "plandialog.h"
#include "shortlistsuggestrunner.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QEventLoop>
#include <QTimer>
#include <QKeyEvent>
#include <QMessageBox>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QMessageBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <cstdio>

using namespace planner;

namespace {

// Lets posted events (language change, layout requests, paints) run out, as a user's
// event loop would before they look.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    loop.exec();
}

void save(QWidget &widget, const QDir &out, const QString &name, const QString &code)
{
    widget.show();
    settle();
    widget.grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(name, code)));
}

// The import dialog over a workbook of two sheets with a title row (issue 20), before and
// after importing its first sheet.
void saveWorkbookImport(MainWindow &window, const QDir &out, const QString &code)
{
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("campaign-planner-shot-%1.xlsx").arg(code));
    if (!planner::test::writeRoster(path))
        return;
    ImportDialog import(window.store()->databasePath(), path, &window);
    save(import, out, QStringLiteral("import-workbook"), code);
    import.runImport();
    save(import, out, QStringLiteral("import-workbook-report"), code);
    QFile::remove(path);
}

// The campaign screens: editor, assumptions (both pages), why a candidate ranks where it
// does, and the two goals' plans side by side.
void shootCampaignScreens(MainWindow &window, const QDir &out, const QString &code)
{
    CampaignPanel *panel = window.campaignPanel();
    CampaignEditorDialog editor({QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("VND")}, &window);
    editor.setCampaign(panel->currentCampaign().value());
    save(editor, out, QStringLiteral("campaign-editor"), code);
    // A new campaign: the language's currency, and a budget typed key by key groups itself.
    {
        CampaignEditorDialog fresh({QStringLiteral("EUR"), QStringLiteral("USD")}, &window);
        for (QLineEdit *field : fresh.findChildren<QLineEdit *>()) {
            if (field->placeholderText().contains(QLocale().toString(250000000))) {
                for (const QChar c : QStringLiteral("300000000")) {
                    QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                    QCoreApplication::sendEvent(field, &key);
                }
            }
        }
        save(fresh, out, QStringLiteral("campaign-editor-new"), code);
    }
    // The start date's calendar, as its popup shows it (Solar Hijri in Persian).
    if (QDateEdit *start = editor.findChild<QDateEdit *>(); start && start->calendarWidget()) {
        QCalendarWidget *calendar = start->calendarWidget();
        calendar->setSelectedDate(start->date());
        calendar->resize(calendar->sizeHint());
        save(*calendar, out, QStringLiteral("calendar"), code);
        calendar->hide();
    }

    AssumptionsDialog assumptions(&window.file()->assumptions(), &window.file()->rates(), &window);
    // What the demo's completed campaign suggests (results added in main()).
    assumptions.setSuggestions(
        AssumptionLearner(PlanningInput::projection(*window.file())).learn(window.file()->results().history()),
        [](QUndoCommand *command) { delete command; return false; });
    assumptions.assumptionTable()->scrollToBottom();
    save(assumptions, out, QStringLiteral("assumptions"), code);
    assumptions.tabs()->setCurrentIndex(1);
    save(assumptions, out, QStringLiteral("exchange-rates"), code);
    // As a viewer on a team database sees it: to read, with the line saying why.
    assumptions.setReadOnly(true);
    assumptions.tabs()->setCurrentIndex(0);
    save(assumptions, out, QStringLiteral("assumptions-viewer"), code);

    window.panel()->table()->setCurrentIndex(window.panel()->model()->index(3, 0));
    QMessageBox why(QMessageBox::Information, QStringLiteral("?"), window.campaignActions()->whyText(),
                    QMessageBox::Ok, &window);
    save(why, out, QStringLiteral("why"), code);
    // "Why" from a shortlist row: the entry as booked, with the brief it meets or misses.
    if (panel->model() && panel->model()->rowCount() > 0) {
        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        QMessageBox whyEntry(QMessageBox::Information, QStringLiteral("?"),
                             window.campaignActions()->whyText(), QMessageBox::Ok, &window);
        save(whyEntry, out, QStringLiteral("why-shortlist"), code);
    }

    ShortlistSuggestRunner runner(panel, &window);
    const auto plans = runner.plan({Goal::Awareness, Goal::NicheTrust}, SuggestOptions{0.4, {}});
    if (plans) {
        PlanDialog compare(*panel->currentCampaign(), *plans, runner.candidates(), &window);
        save(compare, out, QStringLiteral("compare-goals"), code);
        panel->setComparison(*plans, runner.candidates());
    }
    // Every chart page, as it stands beside the shortlist.
    ChartsPanel *charts = window.chartsPanel();
    const QStringList pages{QStringLiteral("chart-shortlist"), QStringLiteral("chart-scatter"),
                            QStringLiteral("chart-budget"), QStringLiteral("chart-goals")};
    for (int page = 0; page < pages.size(); ++page) {
        charts->tabs()->setCurrentIndex(page);
        settle();
        charts->grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(pages.at(page), code)));
        // The same chart full size, in its own window.
        if (ChartWindow *full = charts->showFullSize()) {
            full->resize(1100, 760);
            settle();
            full->grab().save(out.filePath(QStringLiteral("%1-full-%2.png").arg(pages.at(page), code)));
            full->close();
        }
    }
    charts->tabs()->setCurrentIndex(0);

    // Compare Candidates on the first five rows of the candidate list.
    QTableView *candidates = window.panel()->table();
    candidates->clearSelection();
    for (int row = 0; row < 5; ++row)
        candidates->selectionModel()->select(candidates->model()->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (QWidget *comparison = window.campaignActions()->compareCandidates()) {
        comparison->resize(1000, 900);
        settle();
        comparison->grab().save(out.filePath(QStringLiteral("compare-candidates-%1.png").arg(code)));
        comparison->close();
    }

    // The import dialog over a small Persian sheet, before and after importing.
    const QString csv = QDir(QDir::tempPath()).filePath(QStringLiteral("campaign-planner-shot-%1.csv").arg(code));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QStringLiteral("نام,پلتفرم,شناسه,دنبال‌کننده,قیمت\n"
                                  "سارا رضایی,Instagram,@sara.style,۱۲۰ هزار,۲۵۰٬۰۰۰ تومان\n"
                                  "علی کریمی,YouTube,@ali.tech,۱٫۲ میلیون,۸۰۰ دلار\n"
                                  "نگار,Instagram,@negar,زیاد,۱۰۰ تومان\n").toUtf8());
        file.close();
        ImportDialog import(window.store()->databasePath(), csv, &window);
        save(import, out, QStringLiteral("import"), code);
        import.runImport();
        save(import, out, QStringLiteral("import-report"), code);
        QFile::remove(csv);
    }
    // Files marketers download (tests/data/import): one that does not say its platform, and
    // an analytics export with engagement counts and unreadable cells, before and after.
    const QDir corpus(QStringLiteral(PLANNER_TEST_DATA_DIR "/import"));
    ImportDialog top(window.store()->databasePath(), corpus.filePath(QStringLiteral("instagram-top-channel-info.csv")), &window);
    save(top, out, QStringLiteral("import-no-platform"), code);
    ImportDialog analytics(window.store()->databasePath(), corpus.filePath(QStringLiteral("analytics-engagement-counts.csv")),
                           &window);
    analytics.show();
    settle();
    analytics.table()->scrollToItem(analytics.table()->item(3, 8)); // the marked cells
    save(analytics, out, QStringLiteral("import-marked-cells"), code);
    analytics.runImport();
    save(analytics, out, QStringLiteral("import-warnings-report"), code);
    saveWorkbookImport(window, out, code);
    // The shortlist as the File menu exports it to .xlsx, with column names in the language
    // (right to left in Persian): open it in a spreadsheet to look at it.
    Error error;
    window.exportActions()->exportShortlistWorkbook(
        out.filePath(QStringLiteral("shortlist-%1.xlsx").arg(code)), true, &error);
    // The export's save dialog (the workbook first, the column-name choice below), pictured
    // once it is up and then closed without saving.
    QTimer::singleShot(400, [&out, code] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            dialog->resize(900, 560);
            save(*dialog, out, QStringLiteral("export-dialog"), code);
            dialog->close();
        }
    });
    window.exportActions()->exportShortlistAction()->trigger();
}

} // namespace

// Results for every entry of the first campaign's shortlist, the campaign completed: the
// Assumptions dialog then shows what this history suggests.
void addDemoResults(CampaignFile &file)
{
    const QList<Campaign> campaigns = file.campaigns().campaigns();
    if (campaigns.isEmpty())
        return;
    QList<DeliveryResult> results;
    for (const ShortlistEntry &entry : file.campaigns().entries(campaigns.first().id)) {
        const std::optional<Candidate> candidate = file.candidates().find(entry.candidateId);
        const Channel *channel = candidate ? Projection::channelFor(*candidate, entry.platform) : nullptr;
        const qint64 followers = channel ? channel->followers.value_or(0) : 0;
        for (int piece = 0; followers > 0 && piece < 3; ++piece) {
            DeliveryResult result;
            result.entryId = entry.id;
            result.date = QDate(2026, 3, 10 + piece);
            result.setFigure(ResultMeasure::Reach, followers * (12 + piece) / 100);
            result.setFigure(ResultMeasure::Likes, followers * (2 + piece) / 100);
            results << result;
        }
    }
    file.results().addAll(results);
    file.results().complete(campaigns.first().id, QDate(2026, 4, 1));
}

// Issue 18: the shortlist of the campaign with results (actual columns beside the projected
// ones, the delivered totals), the Results dialog and the projection-quality chart.
void shootResultScreens(MainWindow &window, const QDir &out, const QString &code)
{
    const QList<Campaign> campaigns = window.file()->campaigns().campaigns();
    const auto before = window.campaignPanel()->currentCampaign();
    if (campaigns.isEmpty() || !before)
        return;
    window.campaignPanel()->selectCampaign(campaigns.first().id);
    settle();
    QTableView *table = window.campaignPanel()->table();
    table->scrollTo(table->model()->index(0, ShortlistTableModel::FeePaidColumn));
    settle();
    window.grab().save(out.filePath(QStringLiteral("results-shortlist-%1.png").arg(code)));
    std::unique_ptr<ResultsDialog> dialog(window.findChild<ResultActions *>()->createResultsDialog());
    if (dialog)
        save(*dialog, out, QStringLiteral("results-dialog"), code);
    std::unique_ptr<QWidget> quality(window.findChild<ResultActions *>()->createQualityWindow());
    if (quality) {
        quality->resize(760, 620);
        save(*quality, out, QStringLiteral("projection-quality"), code);
    }
    table->scrollTo(table->model()->index(0, 0));
    window.campaignPanel()->selectCampaign(before->id);
    settle();
}

// Issue 19: the "More filters" row with two ranges on, a saved view from the Views menu, the
// menu itself and the brand fit editor.
void shootFilterScreens(MainWindow &window, const QDir &out, const QString &code)
{
    CandidateFilterBar *bar = window.panel()->filterBar();
    bar->moreFiltersButton()->setChecked(true);
    bar->rangeRow()->field(0, false)->setText(QStringLiteral("10000"));
    bar->rangeRow()->field(1, false)->setText(QStringLiteral("3"));
    bar->rangeRow()->languagePicker()->setCodes({QStringLiteral("vi"), QStringLiteral("fa")});
    bar->rangeRow()->field(5, true)->setText(QLocale().toString(500000)); // CPM, the campaign's currency
    settle();
    window.grab().save(out.filePath(QStringLiteral("more-filters-%1.png").arg(code)));
    SavedViewsButton *views = window.panel()->savedViews();
    emit views->viewMenu()->aboutToShow();
    views->viewMenu()->actions().first()->trigger();
    settle();
    window.grab().save(out.filePath(QStringLiteral("saved-view-%1.png").arg(code)));
    views->viewMenu()->popup(views->mapToGlobal(QPoint(0, views->height())));
    settle();
    views->viewMenu()->grab().save(out.filePath(QStringLiteral("views-menu-%1.png").arg(code)));
    views->viewMenu()->hide();
    bar->clear();
    bar->moreFiltersButton()->setChecked(false);
    const auto campaign = window.campaignPanel()->currentCampaign();
    const CandidateRow *row = window.panel()->model()->rowAt(3);
    if (!campaign || !row)
        return;
    BrandFit fit;
    fit.campaignId = campaign->id;
    fit.candidateId = row->candidateId;
    fit.rating = 4;
    fit.reasons = {BrandFit::Reason::UsesProduct, BrandFit::Reason::AudienceMatches};
    fit.note = QStringLiteral("Posts the product unpaid since 2024");
    BrandFitDialog dialog(window.file()->database(), fit, row->name, campaign->name, &window);
    save(dialog, out, QStringLiteral("brand-fit"), code);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerShots"));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("shots"));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    const QStringList size = QString::fromLocal8Bit(argc > 2 ? argv[2] : "1280x760").split(QLatin1Char('x'));
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                  size.value(1).toInt() > 0 ? size.value(1).toInt() : 760);
    Error error;
    if (!window.openFile(dir.filePath(QStringLiteral("demo.sqlite")), true, &error) || !window.loadDemo(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.text()));
        return 1;
    }
    addDemoResults(*window.file());
    // A rate set by hand today, so the exchange-rate table shows a day in each calendar.
    window.file()->rates().setRate(QStringLiteral("IRR"), 1050000, &error);
    window.show();
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        languages.setLanguage(language.code);
        settle(); // language change, then the layout requests it posts
        window.grab().save(out.filePath(QStringLiteral("main-%1.png").arg(language.code)));

        // Help: the first-run welcome and the Guide.
        window.helpActions()->showWelcome();
        save(*window.helpActions()->welcome(), out, QStringLiteral("welcome"), language.code);
        window.helpActions()->welcome()->hide();
        window.helpActions()->showGuide();
        save(*window.helpActions()->guide(), out, QStringLiteral("guide"), language.code);
        window.helpActions()->guide()->hide();
        window.helpActions()->showAbout();
        save(*window.helpActions()->about(), out, QStringLiteral("about"), language.code);
        window.helpActions()->about()->hide();

        const qint64 id = window.panel()->model()->rowAt(8)->candidateId;
        CandidateEditorDialog editor(&window);
        editor.setCandidate(window.store()->find(id).value());
        editor.show();
        settle();
        editor.grab().save(out.filePath(QStringLiteral("editor-%1.png").arg(language.code)));
        editor.findChild<QLineEdit *>(QStringLiteral("candidateName"))->clear();
        editor.accept(); // refused: shows the error line
        settle();
        editor.grab().save(out.filePath(QStringLiteral("editor-error-%1.png").arg(language.code)));
        // The same candidate with its follower counts unknown: empty cells, no tier.
        Candidate unknown = window.store()->find(id).value();
        for (Channel &channel : unknown.channels)
            channel.followers.reset();
        CandidateEditorDialog unknownEditor(&window);
        unknownEditor.setCandidate(unknown);
        save(unknownEditor, out, QStringLiteral("editor-unknown-followers"), language.code);
        TeamDatabaseDialog team(&window);
        save(team, out, QStringLiteral("team-database"), language.code);
        // A colleague changed the candidate being edited (RowVersion's refusal).
        Candidate theirs = window.store()->find(id).value();
        theirs.name += QStringLiteral(" (KOL)");
        theirs.notes = QStringLiteral("DM");
        const Error conflict = RowVersion::withWhatChanged(
            RowVersion::conflict({2, QStringLiteral("minh.anh"), QDateTime::currentDateTimeUtc()}),
            ChangedFields::between(window.store()->find(id).value(), theirs));
        std::unique_ptr<QMessageBox> notice(
            ConflictNotice::create(&window, conflict, ConflictNotice::Subject::Candidate));
        save(*notice, out, QStringLiteral("conflict"), language.code);
        shootCampaignScreens(window, out, language.code);
        shootFilterScreens(window, out, language.code);
        shootResultScreens(window, out, language.code);
    }
    // Persian on the Nowruz campaign (rial, Solar Hijri dates), then with toman chosen.
    QComboBox *chooser = window.campaignPanel()->chooser();
    chooser->setCurrentIndex(chooser->count() - 1);
    settle();
    window.grab().save(out.filePath(QStringLiteral("main-fa-rial.png")));
    window.findChild<QAction *>(QStringLiteral("tomanAction"))->setChecked(true);
    settle();
    window.grab().save(out.filePath(QStringLiteral("main-fa-toman.png")));
    window.chartsPanel()->tabs()->setCurrentIndex(2);
    settle();
    window.chartsPanel()->grab().save(out.filePath(QStringLiteral("chart-budget-fa-toman.png")));
    CampaignEditorDialog tomanEditor({QStringLiteral("IRR")}, &window);
    tomanEditor.setCampaign(window.campaignPanel()->currentCampaign().value());
    save(tomanEditor, out, QStringLiteral("campaign-editor"), QStringLiteral("fa-toman"));
    window.findChild<QAction *>(QStringLiteral("tomanAction"))->setChecked(false);
    std::printf("screenshots in %s\n", qPrintable(out.absolutePath()));
    return 0;
}
