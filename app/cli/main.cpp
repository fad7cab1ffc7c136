#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner"));
    planner::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
