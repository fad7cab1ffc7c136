// GoogleTest entry for widget tests: a QApplication on the offscreen platform.
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Test discovery runs this binary without ctest's environment, so set it here.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerTests"));
    // ctest runs test processes in parallel: each keeps its own settings file.
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner-tests-%1")
                                             .arg(QCoreApplication::applicationPid()));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());
    return result;
}
