// Compare Candidates on the demo file: enabled for 2 to 8 selected rows only (saying why
// otherwise), and the chart shows each candidate's projection for the open campaign
// without touching the shortlist; a Latin name's label reads right to left in Persian.
#include "campaignactions.h"
#include "campaignpanel.h"
#include "candidatecomparisondialog.h"
#include "candidatepanel.h"
#include "charts/reportchartview.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "mainwindow.h"
#include "planning/goalranking.h"
#include "planning/projection.h"
#include "demowindowtest.h"
#include "text/localformat.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <cmath>

using namespace planner;

namespace {

class CompareCandidatesTest : public test::DemoWindowTest
{
protected:
    void select(int count)
    {
        QTableView *table = m_window.panel()->table();
        table->clearSelection();
        for (int row = 0; row < count; ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QAction *action() const { return m_window.campaignActions()->compareCandidatesAction(); }
};

} // namespace

TEST_F(CompareCandidatesTest, EnabledForTwoToEightRowsAndSaysWhyOtherwise)
{
    ASSERT_GE(m_window.panel()->model()->rowCount(), 9);
    select(1);
    EXPECT_FALSE(action()->isEnabled());
    EXPECT_TRUE(action()->toolTip().contains(QStringLiteral("Select 2 to 8"))) << action()->toolTip().toStdString();
    EXPECT_EQ(m_window.campaignActions()->compareCandidates(), nullptr);
    select(2);
    EXPECT_TRUE(action()->isEnabled());
    select(8);
    EXPECT_TRUE(action()->isEnabled());
    select(9);
    EXPECT_FALSE(action()->isEnabled());
    EXPECT_TRUE(action()->toolTip().contains(QStringLiteral("At most 8"))) << action()->toolTip().toStdString();
    // In the table's context menu as well as the Campaign menu.
    EXPECT_TRUE(m_window.panel()->table()->actions().contains(action()));
}

TEST_F(CompareCandidatesTest, TheChartShowsEachCandidatesProjectionAndLeavesTheShortlist)
{
    const int before = m_window.campaignPanel()->model()->rowCount();
    select(4);
    const QList<CandidateRow> rows = m_window.panel()->selectedRows();
    ASSERT_EQ(rows.size(), 4);
    auto *dialog = qobject_cast<CandidateComparisonDialog *>(m_window.campaignActions()->compareCandidates());
    ASSERT_NE(dialog, nullptr);
    const Campaign campaign = *m_window.campaignPanel()->currentCampaign();
    const Projection &projection = *m_window.campaignPanel()->projection();
    const ReportChart &chart = dialog->chartView()->chart();
    ASSERT_EQ(chart.panels().size(), 5); // reach, engagements, cost, CPM, CPE
    for (int i = 0; i < rows.size(); ++i) {
        const CandidateRow &row = rows.at(i);
        const ProjectedFigures f = projection.project(row.channel, GoalRanking::naturalFormat(row.channel.platform),
                                                      1, std::nullopt, campaign.currency());
        EXPECT_TRUE(chart.panels().at(0).labels.at(i).contains(row.name));
        EXPECT_DOUBLE_EQ(chart.panels().at(0).values.at(i), f.uniqueReach) << row.name.toStdString();
        EXPECT_DOUBLE_EQ(chart.panels().at(1).values.at(i), f.engagements);
        EXPECT_DOUBLE_EQ(chart.panels().at(2).values.at(i), f.costValue());
        EXPECT_DOUBLE_EQ(chart.panels().at(3).values.at(i), f.cpm.value_or(0.0));
        EXPECT_DOUBLE_EQ(chart.panels().at(4).values.at(i), f.cpe.value_or(0.0));
        EXPECT_EQ(chart.panels().at(0).valueTexts.at(i), LocalFormat::compact(f.uniqueReach));
    }
    EXPECT_GT(chart.panels().at(0).values.at(0), 0.0);
    EXPECT_EQ(m_window.campaignPanel()->model()->rowCount(), before);
    dialog->close();
}

// A bar's label on a right-to-left page reads right to left whatever it begins with: the
// Latin name of "Ahmad Faizal · اینستاگرام" stands first, on the right, of the Persian
// platform. The chart view is printed to a PDF and the words' boxes read back with
// poppler's pdftotext -bbox.
TEST_F(CompareCandidatesTest, ALatinNameStandsOnTheRightOfItsPersianPlatformInARightToLeftChart)
{
    const QString platform = QStringLiteral("اینستاگرام");
    ProjectedFigures figures;
    figures.uniqueReach = 12000.0;
    figures.engagements = 300.0;
    ReportChartView view;
    view.setLayoutDirection(Qt::RightToLeft);
    view.setChart(ReportChart::measuresChart(QStringLiteral("مقایسه"),
                                             {LocalFormat::isolated(QStringLiteral("Ahmad Faizal")) + QStringLiteral(" · ")
                                              + platform},
                                             {figures}, QStringLiteral("IDR")));
    view.resize(700, view.heightForWidth(700));
    const QString path = filePath(QStringLiteral("label.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        const double scale = writer.width() / double(view.width());
        painter.scale(scale, scale);
        view.render(&painter);
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    // The label's line: the box of "Ahmad", and every box of Persian letters beside it
    // (pdftotext may give a Persian word letter by letter).
    static const QRegularExpression box(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    static const QRegularExpression arabic(QStringLiteral("\\p{Arabic}"));
    double name = -1.0;
    double line = -1.0;
    for (const QRegularExpressionMatch &match : box.globalMatch(boxes)) {
        if (match.captured(4) == QLatin1String("Ahmad")) {
            name = match.captured(1).toDouble();
            line = match.captured(2).toDouble();
        }
    }
    ASSERT_GE(name, 0.0) << boxes.toStdString();
    double persian = -1.0; // the right edge of the Persian on the name's line
    for (const QRegularExpressionMatch &match : box.globalMatch(boxes)) {
        if (std::abs(match.captured(2).toDouble() - line) < 3.0 && match.captured(4).contains(arabic))
            persian = std::max(persian, match.captured(3).toDouble());
    }
    ASSERT_GE(persian, 0.0) << boxes.toStdString();
    EXPECT_GT(name, persian) << "the name must stand wholly right of the platform";
}
