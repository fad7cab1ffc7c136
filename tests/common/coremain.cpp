// GoogleTest entry for tests that need a QCoreApplication (model and CLI tests).
#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Settings and data folders go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
