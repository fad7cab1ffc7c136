// Nothing is cut at 1024×700 in any language: every label, button, tab, group title and
// chart legend in the main window, the charts and the dialogs shows its whole text.
#include "assumptionsdialog.h"
#include "campaigneditordialog.h"
#include "campaignpanel.h"
#include "candidateeditordialog.h"
#include "charts/budgetchart.h"
#include "charts/chartlegend.h"
#include "charts/chartspanel.h"
#include "charts/costscatterchart.h"
#include "charts/shortlistchart.h"
#include "candidatepanel.h"
#include "domain/candidatekind.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "storage/campaignfile.h"
#include "storage/candidatestore.h"
#include "text/displaynames.h"
#include "guidedialog.h"
#include "helpactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>

using namespace planner;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString plain(const QLabel *label)
{
    if (!Qt::mightBeRichText(label->text()))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString withoutMnemonic(QString text)
{
    return text.replace(QLatin1String("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QChar(1), QLatin1Char('&'));
}

// Each widget on show whose text does not fit its room, described for the failure message.
QStringList cutTexts(QWidget *top)
{
    QStringList cut;
    const auto report = [&cut](const QWidget *w, const QString &text, int needed, int room) {
        cut << QStringLiteral("%1 “%2”: needs %3 px, has %4").arg(QString::fromLatin1(w->metaObject()->className()), text)
                   .arg(needed).arg(room);
    };
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty() || label->width() <= 0)
            continue;
        // Against the window's edge a glyph's first stroke is cut (Persian «کمپین:» when the
        // margins did not mirror): the text keeps two pixels from either side.
        const QRect text(label->mapTo(top, label->contentsRect().topLeft()), label->contentsRect().size());
        if (text.left() < 2 || text.right() > top->width() - 3)
            cut << QStringLiteral("QLabel “%1” at the window's edge (%2 to %3 of %4)")
                       .arg(plain(label)).arg(text.left()).arg(text.right()).arg(top->width());
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                report(label, plain(label), needed, label->height());
        } else {
            const QRect room = label->contentsRect();
            int widest = 0;
            for (const QString &line : plain(label).split(QLatin1Char('\n')))
                widest = std::max(widest, label->fontMetrics().horizontalAdvance(withoutMnemonic(line)));
            if (widest > room.width())
                report(label, plain(label), widest, room.width());
        }
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(top) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width())
            report(button, button->text(), button->sizeHint().width(), button->width());
    }
    for (QTabBar *bar : top->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(top))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QRect rect = bar->tabRect(i);
            const int text = bar->fontMetrics().horizontalAdvance(withoutMnemonic(bar->tabText(i)));
            // Scrolled off to one side ("ost and reach") or squeezed ("Ti…").
            if (rect.left() < 0 || rect.right() >= bar->width() || rect.width() < text)
                report(bar, bar->tabText(i), text, rect.width());
        }
    }
    for (QGroupBox *group : top->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(top) && group->minimumSizeHint().width() > group->width())
            report(group, group->title(), group->minimumSizeHint().width(), group->width());
    }
    for (QComboBox *box : top->findChildren<QComboBox *>()) {
        if (!box->isVisibleTo(top) || box->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(box);
        const QSize text(box->fontMetrics().horizontalAdvance(box->currentText()), box->fontMetrics().height());
        const int needed = box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width();
        if (needed > box->width())
            report(box, box->currentText(), needed, box->width());
    }
    return cut;
}

class LayoutTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("layout.sqlite")), true, &error));
        ASSERT_TRUE(m_window.loadDemo(&error)) << error.text().toStdString();
        m_window.resize(1024, 700);
        m_window.show();
        settle();
    }
    void TearDown() override { m_languages.setLanguage(QStringLiteral("en")); }

    LanguageManager m_languages;
    MainWindow m_window{&m_languages};
};

const QStringList languages{QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")};

} // namespace

TEST_F(LayoutTest, MainWindowAndEveryChartShowTheirTextWholeAt1024x700)
{
    for (const QString &code : languages) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        settle();
        EXPECT_EQ(m_window.width(), 1024) << "the window grew past 1024 px";
        QTabWidget *tabs = m_window.chartsPanel()->tabs();
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            settle();
            const QStringList cut = cutTexts(&m_window);
            EXPECT_TRUE(cut.isEmpty()) << "page " << page << ": " << cut.join(QLatin1String("; ")).toStdString();
        }
        tabs->setCurrentIndex(0);
    }
}

TEST_F(LayoutTest, ChartLegendsNameEverySeriesWhole)
{
    for (const QString &code : languages) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        ChartsPanel *charts = m_window.chartsPanel();
        charts->tabs()->setCurrentIndex(1); // the scatter builds once shown
        settle();
        QChart *bars = charts->shortlistChart()->chart();
        EXPECT_FALSE(bars->legend()->isVisible());
        ChartLegend *legend = charts->shortlistChart()->findChild<ChartLegend *>();
        ASSERT_NE(legend, nullptr);
        // Every measure's whole name: "Unique reach", never "Unique …".
        EXPECT_EQ(legend->texts().size(), 4);
        for (int column = ShortlistTableModel::ReachColumn; column <= ShortlistTableModel::CostColumn; ++column)
            EXPECT_TRUE(legend->texts().contains(m_window.campaignPanel()->model()->headerData(column, Qt::Horizontal).toString()));
        // The scatter's kinds: KOL and KOC each by its own whole name.
        ChartLegend *kinds = charts->scatterChart()->findChild<ChartLegend *>();
        ASSERT_NE(kinds, nullptr);
        for (CandidateKind kind : allKinds())
            EXPECT_TRUE(kinds->texts().contains(DisplayNames::kindPlural(kind))) << DisplayNames::kindPlural(kind).toStdString();
        EXPECT_FALSE(charts->scatterChart()->chart()->legend()->isVisible());
        // The pie's slices named whole in its legend, with their share.
        const auto slices = charts->budgetChart()->slices(0);
        ASSERT_FALSE(slices.isEmpty());
        const QStringList pieNames = charts->budgetChart()->legend(0)->texts();
        ASSERT_EQ(pieNames.size(), slices.size());
        for (int i = 0; i < slices.size(); ++i)
            EXPECT_TRUE(pieNames.at(i).startsWith(slices.at(i).first)) << pieNames.at(i).toStdString();
        charts->tabs()->setCurrentIndex(0);
    }
}

TEST_F(LayoutTest, DialogsShowTheirTextWholeInEveryLanguage)
{
    for (const QString &code : languages) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        CampaignEditorDialog campaign({QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("VND")}, &m_window);
        campaign.setCampaign(m_window.campaignPanel()->currentCampaign().value());
        CandidateEditorDialog candidate(&m_window);
        candidate.setCandidate(m_window.store()->find(m_window.panel()->model()->rowAt(0)->candidateId).value());
        AssumptionsDialog assumptions(&m_window.file()->assumptions(), &m_window.file()->rates(), &m_window);
        WelcomeDialog welcome(&m_window);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&campaign, &candidate, &assumptions, &welcome}) {
            dialog->show();
            settle();
            const QStringList cut = cutTexts(dialog);
            EXPECT_TRUE(cut.isEmpty()) << dialog->metaObject()->className() << ": "
                                       << cut.join(QLatin1String("; ")).toStdString();
            dialog->hide();
        }
    }
}

TEST_F(LayoutTest, ChartPanelKeepsItsWidthAcrossCampaigns)
{
    QComboBox *chooser = m_window.campaignPanel()->chooser();
    ASSERT_GE(chooser->count(), 2);
    const int width = m_window.chartsPanel()->width();
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        settle();
        EXPECT_EQ(m_window.chartsPanel()->width(), width) << chooser->currentText().toStdString();
    }
}

TEST_F(LayoutTest, ShortlistColumnsKeepTheirWidthAfterAnEdit)
{
    ShortlistTableModel *model = m_window.campaignPanel()->model();
    ASSERT_GT(model->rowCount(), 0);
    QTableView *table = m_window.campaignPanel()->table();
    QList<int> before;
    for (int column = 0; column < model->columnCount(); ++column)
        before << table->columnWidth(column);
    // Ten times the count: the figures grow, EMV with them.
    const QModelIndex count = model->index(0, ShortlistTableModel::CountColumn);
    ASSERT_TRUE(model->setData(count, count.data(Qt::EditRole).toInt() * 10));
    settle();
    for (int column = 0; column < model->columnCount(); ++column)
        EXPECT_GE(table->columnWidth(column), before.at(column)) << "column " << column;
    // The EMV column shows its figure whole.
    const QModelIndex emv = model->index(0, ShortlistTableModel::EmvColumn);
    EXPECT_GE(table->columnWidth(ShortlistTableModel::EmvColumn),
              table->fontMetrics().horizontalAdvance(emv.data().toString()));
}

TEST_F(LayoutTest, SelectedShortlistRowStaysInViewAfterALanguageSwitch)
{
    ShortlistTableModel *model = m_window.campaignPanel()->model();
    QTableView *table = m_window.campaignPanel()->table();
    const int row = model->rowCount() - 1;
    ASSERT_GE(row, 0);
    table->setCurrentIndex(model->index(row, ShortlistTableModel::EmvColumn));
    table->scrollTo(model->index(row, ShortlistTableModel::EmvColumn)); // scrolled to the far side
    for (const QString &code : {QStringLiteral("fa"), QStringLiteral("vi"), QStringLiteral("en")}) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        settle();
        const QRect name = table->visualRect(model->index(row, ShortlistTableModel::NameColumn));
        EXPECT_TRUE(table->viewport()->rect().intersects(name)) << "the candidate's name is out of view";
        table->scrollTo(model->index(row, ShortlistTableModel::EmvColumn));
    }
}
