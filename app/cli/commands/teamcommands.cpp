#include "commandline.h"
#include "commandspec.h"
#include "console.h"
#include "optionreader.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/teamroles.h"
#include "storage/teamtransfer.h"
#include "workspace.h"

#include <QFile>

namespace planner {

namespace {

// The options of "team init": the group roles' names, the login roles made members.
const QLatin1String plannerRoleOption("planner-role");
const QLatin1String viewerRoleOption("viewer-role");
const QLatin1String plannerOption("planner");
const QLatin1String viewerOption("viewer");

// One line of the report of "team init": the role, what it may do, whether it was made now,
// and the login roles made its members by this run.
QString roleLine(const QString &role, const QString &rights, bool created, const QStringList &members)
{
    return Text::tr("role %1 (%2): %3; members added: %4\n")
        .arg(role, rights, created ? Text::tr("created") : Text::tr("already there"),
             members.isEmpty() ? Text::tr("none") : members.join(QLatin1String(", ")));
}

ExitCode initRoles(const TeamRoles::Plan &plan, Workspace &workspace, Console &console)
{
    Error error;
    const std::optional<TeamRoles::Outcome> outcome = TeamRoles::init(workspace.database(), plan, &error);
    if (!outcome) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << Text::tr("schema %1: campaign database ready\n").arg(outcome->schema)
                  << roleLine(plan.plannerRole, Text::tr("read and edit"), outcome->plannerRoleCreated, plan.planners)
                  << roleLine(plan.viewerRole, Text::tr("read only"), outcome->viewerRoleCreated, plan.viewers);
    return ExitCode::Success;
}

CommandRun readInit(const CommandLine &line, const QStringList &, QString *message)
{
    OptionReader reader(line);
    if (!ServerAddress::isServerUri(line.value(QStringLiteral("db"))))
        reader.fail(QStringLiteral("db"), Text::tr("team init needs a team database: "
                                                   "--db postgresql://user@host:port/dbname"));
    TeamRoles::Plan plan;
    if (reader.isSet(plannerRoleOption))
        plan.plannerRole = reader.text(plannerRoleOption).trimmed();
    if (reader.isSet(viewerRoleOption))
        plan.viewerRole = reader.text(viewerRoleOption).trimmed();
    for (const QString &option : {plannerRoleOption, viewerRoleOption}) {
        if (reader.isSet(option) && !TeamRoles::isRoleName(reader.text(option).trimmed()))
            reader.fail(option, Text::tr("use lowercase letters, digits and _ (at most 63, not starting with a digit)"));
    }
    const auto users = [&reader](const QString &option) {
        QStringList names;
        for (const QString &user : reader.texts(option)) {
            if (user.trimmed().isEmpty())
                reader.fail(option, Text::tr("a user name is needed"));
            names << user.trimmed();
        }
        return names;
    };
    plan.planners = users(plannerOption);
    plan.viewers = users(viewerOption);
    return unlessFault(reader, message, [plan](Workspace &workspace, Console &console) {
        return initRoles(plan, workspace, console);
    });
}

CommandSpec initSpec()
{
    CommandSpec spec = CommandSpec::of(
        QStringLiteral("team"), QStringLiteral("init"),
        Text::tr("Set up who may do what on a team database (PostgreSQL roles)"),
        Text::tr("Usage: %1 --db postgresql://user@host:port/dbname team init [--planner-role NAME]\n"
                 "           [--viewer-role NAME] [--planner USER]... [--viewer USER]...\n"
                 "  Creates the campaign database when the database is empty, then two group\n"
                 "  roles and their grants: planners read and edit, viewers only read (the server\n"
                 "  refuses their changes). Running it again changes nothing already set up.\n"
                 "  Needs a user who may create roles (CREATEROLE) and owns the tables.\n"
                 "  --planner-role NAME  the planners' group role (default: campaign_planner)\n"
                 "  --viewer-role NAME   the viewers' group role (default: campaign_viewer)\n"
                 "  --planner USER       make the login role USER a planner; repeatable\n"
                 "  --viewer USER        make the login role USER a viewer; repeatable\n")
            .arg(Console::programName()));
    spec.options = QStringList{plannerRoleOption, viewerRoleOption, plannerOption, viewerOption};
    spec.repeatableOptions = QStringList{plannerOption, viewerOption};
    spec.read = readInit;
    return spec;
}

// The local file's argument of "team push" and "team pull".
const QString fileArgument = QStringLiteral("FILE");

// Removes a file "team pull" made, with SQLite's journal files, once its connection is closed.
void removeMadeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Copies the local file into the team database (push) or the team database into the local
// file (pull, making the file when missing; a file made by a pull that failed is removed).
ExitCode transfer(bool push, const QString &path, Workspace &workspace, Console &console)
{
    const bool existed = QFile::exists(path);
    Error error;
    std::unique_ptr<Database> file = Database::open(
        path, push ? Database::OpenMode::ExistingOnly : Database::OpenMode::CreateIfMissing, &error);
    std::optional<TeamTransfer::Counts> counts;
    if (file) {
        counts = push ? TeamTransfer::copy(*file, workspace.database(), &error)
                      : TeamTransfer::copy(workspace.database(), *file, &error);
    }
    file.reset();
    if (!counts) {
        if (!push && !existed)
            removeMadeFile(path);
        console.error(error.text());
        return ExitCode::UserError;
    }
    const QString done = push ? Text::tr("pushed") : Text::tr("pulled");
    console.out() << Text::tr("Candidates %1: %2\n").arg(done).arg(counts->candidates)
                  << Text::tr("Campaigns %1: %2\n").arg(done).arg(counts->campaigns)
                  << Text::tr("Assumptions %1: %2\n").arg(done).arg(counts->assumptions);
    return ExitCode::Success;
}

CommandSpec transferSpec(bool push)
{
    const QString verb = push ? QStringLiteral("push") : QStringLiteral("pull");
    CommandSpec spec = CommandSpec::of(
        QStringLiteral("team"), verb,
        push ? Text::tr("Copy a local campaign file to an empty team database")
             : Text::tr("Copy a team database to a new or empty local campaign file"),
        Text::tr("Usage: %1 --db postgresql://user@host:port/dbname team %2 FILE\n"
                 "  Copies %3 candidates (with their channels, languages and search terms),\n"
                 "  campaigns (with shortlists and brand fit) and assumptions (with the tier\n"
                 "  thresholds) to %4. All or nothing: one transaction; on any failure the\n"
                 "  target is left exactly as it was. Ids may change; shortlist entries follow\n"
                 "  their candidates.\n"
                 "  The target must hold no candidates and no campaigns, else nothing is\n"
                 "  copied (to merge two databases, import a CSV export instead); its\n"
                 "  assumptions take the copied values.%5\n")
            .arg(Console::programName(), verb,
                 push ? Text::tr("the local file's") : Text::tr("the team database's"),
                 push ? Text::tr("the team database") : Text::tr("FILE"),
                 push ? QString() : Text::tr(" FILE is created when missing (and removed\n"
                                             "  again when the copy fails).")));
    spec.arguments = QStringList{fileArgument};
    spec.read = [push](const CommandLine &line, const QStringList &values, QString *message) {
        OptionReader reader(line);
        if (!ServerAddress::isServerUri(line.value(QStringLiteral("db"))))
            reader.fail(QStringLiteral("db"), Text::tr("team push and pull need a team database: "
                                                       "--db postgresql://user@host:port/dbname"));
        const QString path = values.value(0);
        return unlessFault(reader, message, [push, path](Workspace &workspace, Console &console) {
            return transfer(push, path, workspace, console);
        });
    };
    return spec;
}

} // namespace

QList<CommandSpec> teamCommands()
{
    return {initSpec(), transferSpec(true), transferSpec(false)};
}

} // namespace planner
