#pragma once

#include "campaignpanel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>

namespace planner::test {

// The main window on the demo file in a temporary folder, its campaign open.
class DemoWindowTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("demo.sqlite")), true, &error));
        ASSERT_TRUE(m_window.loadDemo(&error)) << error.text().toStdString();
        QApplication::processEvents();
        m_window.resize(1280, 760);
        ASSERT_TRUE(m_window.campaignPanel()->currentCampaign());
    }

    MainWindow m_window{nullptr};
};

} // namespace planner::test
