// Names and notes that try to be code (SQL, spreadsheet formulas, a right-to-left override,
// 10,000 characters) typed into the candidate editor under offscreen: the store keeps them
// exactly, the tables stay, and the editor shows them back unchanged.
#include "candidateeditordialog.h"
#include "storage/candidatestore.h"
#include "channeltableeditor.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>

using namespace planner;

namespace {

QStringList hostileTexts()
{
    return {QStringLiteral("'); DROP TABLE candidates; --"),
            QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("Nguyễn \u202Eevil.exe\u202C Hà"),
            QStringLiteral("%1 %2 %n"),
            QString(10000, QChar(u'ễ'))};
}

Candidate startingCandidate()
{
    Candidate candidate;
    candidate.name = QStringLiteral("Nguyễn Thu Hà");
    candidate.kind = CandidateKind::Creator;
    Channel channel;
    channel.platform = Platform::YouTube;
    channel.handle = QStringLiteral("@thuha");
    channel.followers = 85000;
    candidate.channels << channel;
    return candidate;
}

class HostileStringsEditorTest : public planner::test::TempDirTest
{
};

TEST_F(HostileStringsEditorTest, TypedTextIsStoredAndShownBackUnchanged)
{
    Error error;
    auto database = Database::open(filePath(QStringLiteral("campaign.sqlite")),
                                   Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    CandidateStore store(*database);
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i) {
        const QString name = texts.at(i);
        const QString notes = texts.at((i + 1) % texts.size()) + QLatin1Char('\n') + name;
        SCOPED_TRACE(name.left(40).toStdString());

        CandidateEditorDialog typing;
        typing.show();
        typing.setCandidate(startingCandidate());
        typing.findChild<QLineEdit *>(QStringLiteral("candidateName"))->setText(name);
        auto *notesField = typing.findChild<QPlainTextEdit *>();
        ASSERT_TRUE(notesField);
        notesField->setPlainText(notes);
        typing.channelEditor()->table()->item(0, ChannelTableEditor::HandleColumn)
            ->setText(QStringLiteral("@h%1").arg(i));
        typing.accept();
        ASSERT_EQ(typing.result(), QDialog::Accepted) << typing.errorText().toStdString();
        const auto id = store.add(typing.candidate(), &error);
        ASSERT_TRUE(id) << error.text().toStdString();

        const std::optional<Candidate> stored = store.find(*id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->name, name);
        EXPECT_EQ(stored->notes, notes);

        // Opened again for editing, the editor shows it as stored and saves it unchanged.
        CandidateEditorDialog editing;
        editing.show();
        editing.setCandidate(*stored);
        EXPECT_EQ(editing.findChild<QLineEdit *>(QStringLiteral("candidateName"))->text(), name);
        EXPECT_EQ(editing.findChild<QPlainTextEdit *>()->toPlainText(), notes);
        editing.accept();
        ASSERT_EQ(editing.result(), QDialog::Accepted) << editing.errorText().toStdString();
        Candidate again = editing.candidate();
        for (int c = 0; c < again.channels.size(); ++c)
            again.channels[c].id = stored->channels.value(c).id;
        EXPECT_EQ(again, *stored);
        ASSERT_TRUE(store.update(again, &error)) << error.text().toStdString();
        EXPECT_EQ(store.find(*id), stored);
    }
    EXPECT_EQ(store.candidateCount(), texts.size());
    QSqlQuery tables(database->connection());
    ASSERT_TRUE(tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                           " AND name IN ('candidates', 'channels')")));
    ASSERT_TRUE(tables.next());
    EXPECT_EQ(tables.value(0).toInt(), 2);
}

} // namespace
