#include "cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

namespace {

// "campaigns report" lays out text and draws charts, which needs Qt Gui's fonts; it runs
// without a window system (the offscreen platform). Every other command stays Core only.
bool writesReport(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "campaigns") == 0 && std::strcmp(argv[i + 1], "report") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesReport(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner"));
    planner::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
