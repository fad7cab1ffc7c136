// The main window on a real database file: open, edit through undoable commands, filter.
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "storage/database.h"
#include "storage/defaultdatabase.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QAction>
#include <QUndoStack>

using namespace planner;

namespace {

Candidate candidate(const QString &name, qint64 followers)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Influencer;
    Channel channel;
    channel.platform = Platform::TikTok;
    channel.handle = QStringLiteral("@") + name.left(3);
    channel.followers = followers;
    result.channels << channel;
    return result;
}

class MainWindowTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
    }

    CandidateTableModel *model() const { return m_window.panel()->model(); }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(MainWindowTest, DemoDataFillsTheTableAndStatusBar)
{
    Error error;
    ASSERT_TRUE(m_window.loadDemo(&error)) << error.text().toStdString();
    EXPECT_GE(m_window.store()->candidateCount(), 50);
    EXPECT_GT(model()->rowCount(), 50);
    EXPECT_TRUE(m_window.panel()->countsText().contains(QString::number(m_window.store()->candidateCount())));
    EXPECT_EQ(DefaultDatabase::lastFile(), filePath(QStringLiteral("plan.sqlite")));
}

TEST_F(MainWindowTest, AddEditDeleteAreUndoableAndRedoable)
{
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(QStringLiteral("Putri Ayu"), 12000)));
    ASSERT_EQ(m_window.store()->candidateCount(), 1);
    const qint64 id = model()->rowAt(0)->candidateId;
    const Candidate stored = *m_window.store()->find(id);

    Candidate changed = stored;
    changed.name = QStringLiteral("Putri Ayu Lestari");
    changed.channels[0].followers = 150000;
    ASSERT_TRUE(m_window.editCandidate(stored, changed));
    EXPECT_EQ(m_window.store()->find(id)->name, QStringLiteral("Putri Ayu Lestari"));
    EXPECT_EQ(model()->rowAt(0)->channel.followers, 150000);

    ASSERT_TRUE(m_window.deleteCandidate(id));
    EXPECT_EQ(m_window.store()->candidateCount(), 0);
    EXPECT_EQ(model()->rowCount(), 0);

    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); // delete undone
    ASSERT_EQ(m_window.store()->candidateCount(), 1);
    EXPECT_EQ(m_window.store()->find(id)->name, QStringLiteral("Putri Ayu Lestari"));
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); // edit undone
    EXPECT_EQ(m_window.store()->find(id)->name, QStringLiteral("Putri Ayu"));
    EXPECT_EQ(m_window.store()->find(id)->channels.at(0).followers, 12000);
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); // add undone
    EXPECT_EQ(m_window.store()->candidateCount(), 0);
    EXPECT_FALSE(m_window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());

    m_window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    m_window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(m_window.store()->candidateCount(), 1);
    EXPECT_EQ(m_window.store()->find(id)->name, QStringLiteral("Putri Ayu Lestari"));
}

TEST_F(MainWindowTest, AnInvalidEditIsRefusedAndLeavesNothingToUndo)
{
    Candidate bad = candidate(QStringLiteral("Budi"), 5000);
    bad.channels[0].followers = -1;
    EXPECT_FALSE(m_window.addCandidateFromEditor(bad));
    EXPECT_EQ(m_window.store()->candidateCount(), 0);
    EXPECT_EQ(m_window.undoStack()->count(), 0);
}

TEST_F(MainWindowTest, TypingInTheSearchFieldFiltersTheTable)
{
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(QStringLiteral("Nguyễn Minh"), 5000)));
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(QStringLiteral("Dewi Lestari"), 50000)));
    ASSERT_EQ(model()->rowCount(), 2);
    m_window.panel()->filterBar()->searchField()->setText(QStringLiteral("Nguy"));
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(model()->rowAt(0)->name, QStringLiteral("Nguyễn Minh"));
    EXPECT_EQ(model()->matchingRowCount(), 1);
    m_window.panel()->filterBar()->clear();
    EXPECT_EQ(model()->rowCount(), 2);
}

TEST_F(MainWindowTest, ABadFileIsRefusedAndTheOpenFileStays)
{
    const QString junk = filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database at all, just text");
    file.close();
    Error error;
    EXPECT_FALSE(m_window.openFile(junk, false, &error));
    EXPECT_TRUE(error.text().contains(QStringLiteral("junk.sqlite"))) << error.text().toStdString();
    EXPECT_EQ(m_window.currentFile(), filePath(QStringLiteral("plan.sqlite")));
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(QStringLiteral("Still works"), 10)));
}

TEST_F(MainWindowTest, SaveAsCopiesTheDatabaseAndContinuesInTheCopy)
{
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(QStringLiteral("Agus"), 100000)));
    Error error;
    const QString copy = filePath(QStringLiteral("copy.sqlite"));
    // Database::saveCopyAs is what File > Save As runs after its dialog.
    auto database = Database::open(m_window.currentFile(), Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database);
    ASSERT_TRUE(database->saveCopyAs(copy, &error)) << error.text().toStdString();
    database.reset();
    ASSERT_TRUE(m_window.openFile(copy, false, &error));
    EXPECT_EQ(m_window.store()->candidateCount(), 1);
}

TEST_F(MainWindowTest, ATableThatCannotBeReadSaysWhyInTheStatusBar)
{
    ASSERT_TRUE(m_window.store()->add(candidate(QStringLiteral("Nguyễn Thu Hà"), 1200000)));
    // Damage that SQLite finds only when a query reaches it, made by another connection.
    const QString other = QStringLiteral("main-window-test-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(filePath(QStringLiteral("plan.sqlite")));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE candidate_search")));
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    CandidateFilter filter;
    filter.search = QStringLiteral("thu");
    model()->setFilter(filter);
    QCoreApplication::processEvents(); // the message is queued: the table may be painting
    const QString message = m_window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(filePath(QStringLiteral("plan.sqlite")))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("candidate_search"))) << message.toStdString();
}

TEST_F(MainWindowTest, AHostileNameIsKeptThroughUndoAndIsolatedInTheMenu)
{
    // An override that is never closed, SQL and placeholders.
    const QString name = QStringLiteral("'); DROP TABLE candidates; -- %1 \u202Eexe.vni");
    ASSERT_TRUE(m_window.addCandidateFromEditor(candidate(name, 12000)));
    const qint64 id = model()->rowAt(0)->candidateId;
    EXPECT_EQ(m_window.store()->find(id)->name, name);
    // The override ends with the name: the closing quote and the rest stay as written.
    const QString undo = m_window.findChild<QAction *>(QStringLiteral("undoAction"))->text();
    EXPECT_TRUE(undo.contains(QChar(0x2068) + name + QChar(0x2069) + QStringLiteral("”")))
        << undo.toStdString();
    ASSERT_TRUE(m_window.deleteCandidate(id));
    m_window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(m_window.store()->find(id)->name, name);
    EXPECT_EQ(m_window.store()->candidateCount(), 1);
}
