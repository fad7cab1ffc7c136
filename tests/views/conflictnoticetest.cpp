// A colleague's change between reading a candidate and saving an edit of it, through the
// window: the edit is refused with a message that says who, when and what, and Reload opens
// the editor on the colleague's version. Two real connections to one SQLite file (the store
// suite's RowVersionTest does the same on PostgreSQL).
#include "candidateeditordialog.h"
#include "commands/shortlistcommands.h"
#include "conflictnotice.h"
#include "mainwindow.h"
#include "modeltestsupport.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/rowversion.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

using namespace planner;

namespace {

Candidate creator(const QString &name)
{
    return test::makeCandidate(name, CandidateKind::Creator,
                               {test::makeChannel(Platform::Instagram, QStringLiteral("@aisyah.glow"), 64000)});
}

class ConflictNoticeTest : public test::TempDirTest
{
protected:
    // Opens a new file in the window with one candidate; returns the candidate's id.
    qint64 openWith(const QString &fileName, const QString &candidateName)
    {
        Error error;
        EXPECT_TRUE(m_window.openFile(filePath(fileName), true, &error)) << error.text().toStdString();
        const auto id = m_window.store()->add(creator(candidateName), &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    // Edits the candidate's notes through the window (undoably); returns the copy read before.
    Candidate editNotes(qint64 id, const QString &notes)
    {
        const Candidate before = *m_window.store()->find(id);
        Candidate after = before;
        after.notes = notes;
        EXPECT_TRUE(m_window.editCandidate(before, after));
        return before;
    }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(ConflictNoticeTest, AColleaguesChangeRefusesTheEditSaysWhoWhenAndWhatAndReloadsTheirs)
{
    const QString path = filePath(QStringLiteral("team.sqlite"));
    const std::optional<qint64> id = openWith(QStringLiteral("team.sqlite"), QStringLiteral("Aisyah Putri"));
    Error error;
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
                editorName = editor->findChild<QLineEdit *>(QStringLiteral("candidateName"))->text();
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
    EXPECT_TRUE(message.contains(QStringLiteral("What they changed: %1.").arg(QLocale().createSeparatedList(
                    {QStringLiteral("the name"), QStringLiteral("the notes")})))) << message.toStdString();
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
    const qint64 id = openWith(QStringLiteral("own.sqlite"), QStringLiteral("Putri Ayu"));
    const Candidate before = editNotes(id, QStringLiteral("Giá đã thương lượng"));
    m_window.undoStack()->undo();
    EXPECT_TRUE(m_window.store()->find(id)->notes.isEmpty());
    m_window.undoStack()->redo();
    EXPECT_EQ(m_window.store()->find(id)->notes, QStringLiteral("Giá đã thương lượng"));
    EXPECT_EQ(m_window.store()->find(id)->version, before.version + 3);
}

TEST_F(ConflictNoticeTest, AnUndoOfARowAColleagueChangedSinceIsRefusedAndTheirWorkStays)
{
    const qint64 id = openWith(QStringLiteral("undo.sqlite"), QStringLiteral("Dewi Lestari"));
    editNotes(id, QStringLiteral("Harga naik bulan depan"));

    Error error;
    auto colleague = CampaignFile::open(filePath(QStringLiteral("undo.sqlite")), Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(colleague) << error.text().toStdString();
    Candidate theirs = *colleague->candidates().find(id);
    theirs.regions = {QStringLiteral("ID-JB")};
    ASSERT_TRUE(colleague->candidates().update(theirs, &error)) << error.text().toStdString();

    QString message;
    QTimer::singleShot(0, &m_window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        message = box->text();
        box->reject();
    });
    m_window.undoStack()->undo();
    EXPECT_TRUE(message.contains(QStringLiteral("What they changed: the regions."))) << message.toStdString();
    const Candidate stored = *m_window.store()->find(id);
    EXPECT_EQ(stored.notes, QStringLiteral("Harga naik bulan depan"));
    EXPECT_EQ(stored.regions, theirs.regions);
}

TEST_F(ConflictNoticeTest, CampaignAndShortlistUndoClaimTheirOwnVersionsAndRefuseAColleaguesChange)
{
    const QString path = filePath(QStringLiteral("campaign.sqlite"));
    Error error;
    auto mine = CampaignFile::open(path, Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(mine) << error.text().toStdString();
    const auto candidateId = mine->candidates().add(creator(QStringLiteral("Aisyah Putri")), &error);
    ASSERT_TRUE(candidateId) << error.text().toStdString();
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan 2027");
    campaign.budget = Money(5000000000, QStringLiteral("IDR"));
    const auto campaignId = mine->campaigns().create(campaign, &error);
    ASSERT_TRUE(campaignId) << error.text().toStdString();
    ShortlistEntry entry;
    entry.campaignId = *campaignId;
    entry.candidateId = *candidateId;
    entry.platform = Platform::Instagram;
    ASSERT_TRUE(mine->campaigns().addEntry(entry, &error)) << error.text().toStdString();

    QList<Error> errors;
    QUndoStack stack;
    const Campaign read = *mine->campaigns().find(*campaignId);
    Campaign renamed = read;
    renamed.notes = QStringLiteral("Fokus ke skincare");
    stack.push(new EditCampaignCommand(&mine->campaigns(), read, renamed, [&](const Error &e) { errors << e; }));
    const ShortlistEntry readEntry = mine->campaigns().entries(*campaignId).first();
    ShortlistEntry more = readEntry;
    more.deliverables = 3;
    stack.push(new EditEntryCommand(&mine->campaigns(), read.name, readEntry, more, QStringLiteral("Aisyah Putri"),
                                    [&](const Error &e) { errors << e; }));
    // My own undo and redo go through: each claims the version the other left.
    stack.undo();
    stack.redo();
    ASSERT_TRUE(errors.isEmpty()) << errors.first().text().toStdString();
    EXPECT_EQ(mine->campaigns().entries(*campaignId).first().version, readEntry.version + 3);

    // A colleague changes the entry's status and the campaign's budget.
    auto colleague = CampaignFile::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(colleague) << error.text().toStdString();
    ShortlistEntry theirEntry = colleague->campaigns().entries(*campaignId).first();
    theirEntry.status = EntryStatus::Negotiating;
    ASSERT_TRUE(colleague->campaigns().updateEntry(theirEntry, &error)) << error.text().toStdString();
    Campaign theirCampaign = *colleague->campaigns().find(*campaignId);
    theirCampaign.budget = Money(7000000000, QStringLiteral("IDR"));
    ASSERT_TRUE(colleague->campaigns().update(theirCampaign, &error)) << error.text().toStdString();

    stack.undo(); // the entry
    stack.undo(); // the campaign
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors.at(0).message.endsWith(QStringLiteral("What they changed: the status."))) << errors.at(0).text().toStdString();
    EXPECT_TRUE(errors.at(1).message.endsWith(QStringLiteral("What they changed: the budget."))) << errors.at(1).text().toStdString();
    const ShortlistEntry storedEntry = mine->campaigns().entries(*campaignId).first();
    EXPECT_EQ(storedEntry.deliverables, 3);
    EXPECT_EQ(storedEntry.status, EntryStatus::Negotiating);
    const Campaign storedCampaign = *mine->campaigns().find(*campaignId);
    EXPECT_EQ(storedCampaign.notes, renamed.notes);
    EXPECT_EQ(storedCampaign.budget, theirCampaign.budget);
}
