// A power cut during an edit in the window: a child process makes the edits the GUI makes,
// through the same stores (CandidateStore add, update with its channels, remove;
// CampaignStore update), one after another, and is killed with SIGKILL at seeded random
// moments. After every kill the file opens, SQLite finds it sound, and it holds exactly the
// edits the child had finished, plus at most the one it was making, whole.
#include "crashtestsupport.h"
#include "modeltestsupport.h"

#include "storage/campaignstore.h"

#include <QMap>
#include <QRandomGenerator>
#include <QThread>
#include <iostream>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace planner::test {
namespace {

constexpr int startingCandidates = 40;
constexpr int kills = 12;

// What the file holds, in words a comparison can print: one line per candidate and campaign.
using Snapshot = QMap<QString, QString>;

QString channelText(const Channel &channel)
{
    return platformKey(channel.platform) + QLatin1Char(' ') + channel.handle + QLatin1Char(' ')
        + (channel.followers ? QString::number(*channel.followers) : QStringLiteral("unknown"));
}

QString candidateText(const Candidate &candidate)
{
    QStringList channels;
    for (const Channel &channel : candidate.channels)
        channels << channelText(channel);
    channels.sort();
    return candidate.notes + QLatin1String(" | ") + channels.join(QLatin1String(", "));
}

QString campaignText(const Campaign &campaign)
{
    return campaign.budget.toDecimalString() + QLatin1Char(' ') + campaign.currency()
        + QLatin1String(" | ") + campaign.notes;
}

Candidate candidateOfEdit(const QString &name, const QString &handle, qint64 edit)
{
    Candidate candidate = makeCandidate(
        name, CandidateKind::Kol,
        {makeChannel(Platform::Instagram, handle + QStringLiteral("-a-g%1").arg(edit), edit),
         makeChannel(Platform::TikTok, handle + QStringLiteral("-b-g%1").arg(edit), edit)});
    candidate.notes = QStringLiteral("g%1").arg(edit);
    return candidate;
}

Campaign campaignOfEdit(qint64 edit)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Tết skincare");
    campaign.goal = Goal::Awareness;
    campaign.budget = Money(150000000 + edit, QStringLiteral("VND"));
    campaign.notes = QStringLiteral("g%1").arg(edit);
    return campaign;
}

// Edit number edit (from 1) is, in turn: 3 update the campaign, 0 add a candidate "New",
// 1 update one of the starting candidates and all its channels, 2 remove the "New" of
// edit - 2.
int editKind(qint64 edit)
{
    return int((edit + 2) % 4);
}

QString startingName(qint64 edit)
{
    return QStringLiteral("C%1").arg((edit / 4) % startingCandidates);
}

QString newName(qint64 edit)
{
    return QStringLiteral("New %1").arg(edit);
}

// What the file must hold after the first `edits` edits.
Snapshot expectedAfter(qint64 edits)
{
    Snapshot state;
    for (int i = 0; i < startingCandidates; ++i) {
        const QString name = QStringLiteral("C%1").arg(i);
        state.insert(name, candidateText(candidateOfEdit(name, QLatin1Char('@') + name, 0)));
    }
    state.insert(QStringLiteral("campaign"), campaignText(campaignOfEdit(0)));
    for (qint64 edit = 1; edit <= edits; ++edit) {
        switch (editKind(edit)) {
        case 0:
            state.insert(newName(edit), candidateText(candidateOfEdit(newName(edit), QStringLiteral("@n"), edit)));
            break;
        case 1: {
            const QString name = startingName(edit);
            state.insert(name, candidateText(candidateOfEdit(name, QLatin1Char('@') + name, edit)));
            break;
        }
        case 2:
            state.remove(newName(edit - 2));
            break;
        case 3:
            state.insert(QStringLiteral("campaign"), campaignText(campaignOfEdit(edit)));
            break;
        }
    }
    return state;
}

Snapshot snapshotOf(CandidateStore &candidates, CampaignStore &campaigns)
{
    Snapshot state;
    Error error;
    for (const Candidate &candidate : candidates.allCandidates(&error))
        state.insert(candidate.name, candidateText(candidate));
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
    for (const Campaign &campaign : campaigns.campaigns())
        state.insert(QStringLiteral("campaign"), campaignText(campaign));
    return state;
}

// The child: edits from `first` on, as the window's stores make them, and writes the number
// of each finished edit to the pipe. Never returns.
[[noreturn]] void editForever(const QString &path, qint64 first, int reportFd)
{
    Error error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    if (!database)
        _exit(3);
    CandidateStore candidates(*database);
    CampaignStore campaigns(*database);
    QHash<QString, qint64> ids;
    for (const Candidate &candidate : candidates.allCandidates())
        ids.insert(candidate.name, candidate.id);
    const qint64 campaignId = campaigns.campaigns().value(0).id;
    for (qint64 edit = first; edit < first + 1000000; ++edit) {
        bool ok = false;
        switch (editKind(edit)) {
        case 0: {
            const auto id = candidates.add(candidateOfEdit(newName(edit), QStringLiteral("@n"), edit), &error);
            ok = id.has_value();
            ids.insert(newName(edit), id.value_or(0));
            break;
        }
        case 1: {
            const QString name = startingName(edit);
            Candidate candidate = candidateOfEdit(name, QLatin1Char('@') + name, edit);
            candidate.id = ids.value(name);
            ok = candidates.update(candidate, &error);
            break;
        }
        case 2:
            ok = candidates.remove(ids.value(newName(edit - 2)), &error);
            break;
        case 3: {
            Campaign campaign = campaignOfEdit(edit);
            campaign.id = campaignId;
            ok = campaigns.update(campaign, &error);
            break;
        }
        }
        if (!ok) {
            std::cerr << "edit " << edit << " failed: " << error.text().toStdString() << std::endl;
            _exit(4);
        }
        if (write(reportFd, &edit, sizeof edit) != sizeof edit)
            _exit(5);
    }
    _exit(0);
}

class StoreEditKillTest : public TempDirTest
{
protected:
    QString dbPath() const { return filePath(QStringLiteral("campaign.sqlite")); }
};

TEST_F(StoreEditKillTest, AnEditKilledAtAnyMomentIsWholeOrAbsent)
{
    const quint32 seed = crashSeed(20261124);
    std::cout << "seed " << seed << " (PLANNER_CRASH_SEED replays a run)" << std::endl;
    {
        Error error;
        auto database = Database::open(dbPath(), Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(database) << error.text().toStdString();
        CandidateStore candidates(*database);
        for (int i = 0; i < startingCandidates; ++i) {
            const QString name = QStringLiteral("C%1").arg(i);
            ASSERT_TRUE(candidates.add(candidateOfEdit(name, QLatin1Char('@') + name, 0), &error))
                << error.text().toStdString();
        }
        CampaignStore campaigns(*database);
        ASSERT_TRUE(campaigns.create(campaignOfEdit(0), &error)) << error.text().toStdString();
        ASSERT_EQ(snapshotOf(candidates, campaigns), expectedAfter(0));
    }

    QRandomGenerator random(seed);
    qint64 done = 0; // edits the file holds
    int killed = 0;
    int caughtInTheMiddle = 0; // kills after which the edit in flight was found whole
    for (int round = 1; round <= kills; ++round) {
        int pipeFds[2];
        ASSERT_EQ(pipe(pipeFds), 0);
        const pid_t child = fork();
        ASSERT_NE(child, -1);
        if (child == 0) {
            close(pipeFds[0]);
            editForever(dbPath(), done + 1, pipeFds[1]);
        }
        close(pipeFds[1]);
        // Somewhere in the first 400 ms: opening the file, then a few dozen edits.
        QThread::usleep(static_cast<unsigned long>(random.bounded(400000)));
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the editing child stopped by itself with exit code " << WEXITSTATUS(status);
        ++killed;
        qint64 reported = done;
        qint64 edit = 0;
        while (read(pipeFds[0], &edit, sizeof edit) == sizeof edit)
            reported = edit;
        close(pipeFds[0]);

        Error error;
        auto database = Database::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(database) << "round " << round << ": " << error.text().toStdString();
        ASSERT_EQ(integrityCheck(database->connection()), QStringLiteral("ok")) << "round " << round;
        CandidateStore candidates(*database);
        CampaignStore campaigns(*database);
        const Snapshot actual = snapshotOf(candidates, campaigns);
        if (actual == expectedAfter(reported)) {
            done = reported;
        } else {
            // Killed after its commit reached the file but before it could say so (most kills
            // land while COMMIT waits for fsync, and SIGKILL keeps what the system was given):
            // that edit is there, whole.
            ASSERT_EQ(actual, expectedAfter(reported + 1))
                << "round " << round << ": neither the " << reported << " finished edits nor one more";
            done = reported + 1;
            ++caughtInTheMiddle;
        }
    }
    std::cout << "killed the editor " << killed << " times; " << done << " edits made it, "
              << caughtInTheMiddle << " times the edit in flight was there whole, else absent" << std::endl;
    EXPECT_GE(killed, 10);
    EXPECT_GT(done, 0) << "no edit ran before the kills: nothing was tested";
}

} // namespace
} // namespace planner::test
