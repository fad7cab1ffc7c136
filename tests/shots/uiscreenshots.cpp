// Renders each screen of the program in English, Vietnamese, Indonesian and Persian on the
// demo data and saves PNGs, so a developer can look at them:  ui_screenshots OUTDIR
#include "candidateeditordialog.h"
#include "candidatepanel.h"
#include "candidatestore.h"
#include "candidatetablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace planner;

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
    window.resize(1280, 760);
    Error error;
    if (!window.openFile(dir.filePath(QStringLiteral("demo.sqlite")), true, &error) || !window.loadDemo(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.text()));
        return 1;
    }
    window.show();
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        languages.setLanguage(language.code);
        QCoreApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("main-%1.png").arg(language.code)));

        const qint64 id = window.panel()->model()->rowAt(8)->candidateId;
        CandidateEditorDialog editor(&window);
        editor.setCandidate(window.store()->find(id).value());
        editor.show();
        QCoreApplication::processEvents();
        editor.grab().save(out.filePath(QStringLiteral("editor-%1.png").arg(language.code)));
        editor.nameField()->clear();
        editor.accept(); // refused: shows the error line
        QCoreApplication::processEvents();
        editor.grab().save(out.filePath(QStringLiteral("editor-error-%1.png").arg(language.code)));
    }
    std::printf("screenshots in %s\n", qPrintable(out.absolutePath()));
    return 0;
}
