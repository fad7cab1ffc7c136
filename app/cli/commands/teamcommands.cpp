#include "commandline.h"
#include "commandspec.h"
#include "console.h"
#include "optionreader.h"
#include "storage/serveraddress.h"
#include "storage/teamroles.h"
#include "workspace.h"

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

} // namespace

QList<CommandSpec> teamCommands()
{
    return {initSpec()};
}

} // namespace planner
