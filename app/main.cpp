// Campaign Planner's GUI entry: reads the command line, sets up the language, opens a file.
#include "storage/candidatestore.h"
#include "storage/defaultdatabase.h"
#include "applicationicon.h"
#include "languagemanager.h"
#include "helpactions.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

using namespace planner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Campaign Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("campaign-planner"));
    QApplication::setWindowIcon(ApplicationIcon::icon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan campaigns with creators, influencers and KOLs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Campaign database to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: en, vi, id or fa."),
                                            QStringLiteral("code"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill the file with demo candidates if it is empty."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to this PNG, print the window's title and quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size for this run, e.g. 1024x700."),
                                        QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({languageOption, demoOption, shotOption, sizeOption});
    parser.process(app);

    LanguageManager languages;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : LanguageManager::initialLanguage();
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("en"));

    MainWindow window(&languages);
    const QString path = parser.positionalArguments().value(0, DefaultDatabase::path());
    const bool firstStart = !QFileInfo::exists(path) && path == DefaultDatabase::standardPath();
    Error error;
    if (!window.openFile(path, true, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Campaign Planner"), error.text());
        return 1;
    }
    if ((firstStart || parser.isSet(demoOption)) && window.store()->candidateCount() == 0)
        window.loadDemo(&error);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();

    if (!parser.isSet(shotOption))
        window.helpActions()->showWelcomeOnFirstRun(); // what to do first, once
    if (parser.isSet(shotOption)) {
        const QString shot = parser.value(shotOption);
        QTimer::singleShot(800, &window, [&window, shot] {
            window.grab().save(shot);
            // Says which file and language were shown: a check of an installed copy reads it.
            QTextStream(stdout) << window.windowTitle() << Qt::endl;
            window.close();
        });
    }
    return app.exec();
}
