// A colleague's change between reading a candidate and saving an edit of it, through the
// window: the edit is refused with a message that says who, when and what, and Reload opens
// the editor on the colleague's version. Two real connections to one SQLite file (the store
// suite's RowVersionTest does the same on PostgreSQL).
#include "candidateeditordialog.h"
#include "conflictnotice.h"
#include "mainwindow.h"
#include "storage/campaignfile.h"
#include "storage/candidatestore.h"
#include "storage/rowversion.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

using namespace planner;

namespace {

Candidate creator(const QString &name)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Creator;
    Channel channel;
    channel.platform = Platform::Instagram;
    channel.handle = QStringLiteral("@aisyah.glow");
    channel.followers = 64000;
    result.channels << channel;
    return result;
}

class ConflictNoticeTest : public test::TempDirTest
{
protected:
    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(ConflictNoticeTest, AColleaguesChangeRefusesTheEditSaysWhoWhenAndWhatAndReloadsTheirs)
{
    const QString path = filePath(QStringLiteral("team.sqlite"));
    Error error;
    ASSERT_TRUE(m_window.openFile(path, true, &error)) << error.text().toStdString();
    const auto id = m_window.store()->add(creator(QStringLiteral("Aisyah Putri")), &error);
    ASSERT_TRUE(id);
    const Candidate read = *m_window.store()->find(*id);

    // A colleague, on a connection of their own, changes the notes and the name.
    auto colleague = CampaignFile::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(colleague) << error.text().toStdString();
    Candidate theirs = *colleague->candidates().find(*id);
    theirs.name = QStringLiteral("Aisyah Putri Glow");
    theirs.notes = QStringLiteral("Sudah dihubungi lewat DM");
    ASSERT_TRUE(colleague->candidates().update(theirs, &error)) << error.text().toStdString();

    Candidate mine = read;
    mine.regions = {QStringLiteral("ID-JK")};
    QString message;
    QString editorName;
    QTimer::singleShot(0, &m_window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        message = box->text();
        QTimer::singleShot(0, &m_window, [&] {
            // Reload opened the editor on their version.
            if (auto *editor = qobject_cast<CandidateEditorDialog *>(QApplication::activeModalWidget())) {
                editorName = editor->nameField()->text();
                editor->reject();
            }
        });
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    EXPECT_FALSE(m_window.editCandidate(read, mine));

    const auto change = RowVersion::lastChange(colleague->database().connection(), QStringLiteral("candidates"), *id);
    ASSERT_TRUE(change);
    EXPECT_TRUE(message.startsWith(change->by + QStringLiteral(" changed this on ")
                                   + RowVersion::when(change->at)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("What they changed: the name and the notes."))) << message.toStdString();
    EXPECT_EQ(editorName, QStringLiteral("Aisyah Putri Glow"));
    // Their change is kept whole; mine was not half-written, and there is nothing to undo.
    const Candidate stored = *m_window.store()->find(*id);
    EXPECT_EQ(stored.name, theirs.name);
    EXPECT_EQ(stored.notes, theirs.notes);
    EXPECT_TRUE(stored.regions.isEmpty());
    EXPECT_FALSE(m_window.undoStack()->canUndo());
}

TEST_F(ConflictNoticeTest, UndoClaimsTheVersionItsOwnEditLeft)
{
    const QString path = filePath(QStringLiteral("own.sqlite"));
    Error error;
    ASSERT_TRUE(m_window.openFile(path, true, &error)) << error.text().toStdString();
    const auto id = m_window.store()->add(creator(QStringLiteral("Putri Ayu")), &error);
    ASSERT_TRUE(id);
    const Candidate before = *m_window.store()->find(*id);
    Candidate after = before;
    after.notes = QStringLiteral("Giá đã thương lượng");
    ASSERT_TRUE(m_window.editCandidate(before, after));
    m_window.undoStack()->undo();
    EXPECT_TRUE(m_window.store()->find(*id)->notes.isEmpty());
    m_window.undoStack()->redo();
    EXPECT_EQ(m_window.store()->find(*id)->notes, after.notes);
    EXPECT_EQ(m_window.store()->find(*id)->version, before.version + 3);
}
