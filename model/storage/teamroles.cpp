#include "storage/teamroles.h"

#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

// A name as an SQL identifier, quoted (a login name may hold dots, capitals or quotes).
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The first value of the first row of sql bound to values, or an invalid QVariant.
QVariant firstValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

bool roleExists(const QSqlDatabase &db, const QString &name)
{
    return firstValue(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name}).isValid();
}

Error message(const QString &text)
{
    Error error;
    error.message = text;
    return error;
}

// The grants of the two roles on schema (already quoted): a viewer reads every table, a
// planner also writes every table but the schema's version, and both keep these rights on the
// tables and sequences the owner makes later (new schema steps).
QStringList grants(const QString &schema, const QString &planner, const QString &viewer)
{
    const QString both = planner + QLatin1String(", ") + viewer;
    const QString edit = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    // A planner's insert draws the next id and, when an undo puts a row back, moves it on.
    const QString sequenceUse = QStringLiteral("USAGE, SELECT, UPDATE");
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, both),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, viewer),
        QStringLiteral("GRANT %3 ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, planner, edit),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1.planner_schema FROM %2").arg(schema, planner),
        QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, viewer),
        QStringLiteral("GRANT %3 ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, planner, sequenceUse),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2").arg(schema, viewer),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %3 ON TABLES TO %2").arg(schema, planner, edit),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON SEQUENCES TO %2").arg(schema, viewer),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %3 ON SEQUENCES TO %2")
            .arg(schema, planner, sequenceUse),
    };
}

// Why plan cannot be carried out before anything is tried, or nothing.
std::optional<Error> planFault(const QSqlDatabase &db, const TeamRoles::Plan &plan)
{
    for (const QString &role : {plan.plannerRole, plan.viewerRole}) {
        if (!TeamRoles::isRoleName(role))
            return message(TeamRoles::tr("“%1” cannot name a role: use lowercase letters, digits and _ "
                                         "(at most 63, not starting with a digit).")
                               .arg(role));
    }
    if (plan.plannerRole == plan.viewerRole)
        return message(TeamRoles::tr("The planner role and the viewer role must have different names."));
    for (const QString &user : plan.planners + plan.viewers) {
        if (!roleExists(db, user))
            return message(TeamRoles::tr("The server has no login role “%1”: create it first "
                                         "(CREATE ROLE … LOGIN), then run this again.")
                               .arg(user));
    }
    // Only the tables' owner may grant them (anyone else's grant is a warning and no grant).
    const bool owner = firstValue(db, QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class"
                                                     " WHERE oid = format('%I.%I', current_schema(), 'candidates')::regclass"))
                           .toBool();
    if (!owner)
        return message(TeamRoles::tr("The user “%1” does not own the campaign database's tables, so it cannot "
                                     "grant them: run this as their owner (or a superuser).")
                           .arg(firstValue(db, QStringLiteral("SELECT current_user")).toString()));
    const bool missing = !roleExists(db, plan.plannerRole) || !roleExists(db, plan.viewerRole);
    const bool members = !(plan.planners + plan.viewers).isEmpty();
    const bool mayCreate =
        firstValue(db, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
            .toBool();
    if ((missing || members) && !mayCreate)
        return message(TeamRoles::tr("The user “%1” may not create roles or grant membership on this server: "
                                     "run this as a user with the CREATEROLE right (or a superuser).")
                           .arg(firstValue(db, QStringLiteral("SELECT current_user")).toString()));
    return std::nullopt;
}

} // namespace

bool TeamRoles::isRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

std::optional<TeamRoles::Outcome> TeamRoles::init(const Database &database, const Plan &plan, Error *error)
{
    const QSqlDatabase db = database.connection();
    std::optional<Error> fault;
    if (!database.isServer())
        fault = message(tr("Roles exist only on a team database: give one as postgresql://user@host:port/dbname."));
    if (!fault)
        fault = planFault(db, plan);
    Outcome outcome;
    QStringList statements;
    if (!fault) {
        outcome.schema = firstValue(db, QStringLiteral("SELECT current_schema()")).toString();
        outcome.plannerRoleCreated = !roleExists(db, plan.plannerRole);
        outcome.viewerRoleCreated = !roleExists(db, plan.viewerRole);
        const QString planner = quoted(plan.plannerRole);
        const QString viewer = quoted(plan.viewerRole);
        if (outcome.plannerRoleCreated)
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(planner);
        if (outcome.viewerRoleCreated)
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(viewer);
        statements += grants(quoted(outcome.schema), planner, viewer);
        for (const QString &user : plan.planners)
            statements << QStringLiteral("GRANT %1 TO %2").arg(planner, quoted(user));
        for (const QString &user : plan.viewers)
            statements << QStringLiteral("GRANT %1 TO %2").arg(viewer, quoted(user));
    }
    Transaction transaction(db);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (fault)
            break;
        if (!transaction.isActive() || !query.exec(statement))
            fault = database.fault(tr("The roles could not be set up"), query.lastError());
    }
    if (!fault && !transaction.commit())
        fault = database.fault(tr("The roles could not be set up"), transaction.errorText());
    if (fault) {
        if (error)
            *error = *fault;
        return std::nullopt;
    }
    return outcome;
}

bool TeamRoles::mayEdit(const Database &database)
{
    if (!database.isServer())
        return true;
    // The candidates stand for every table a marketer edits: init grants them all alike.
    return firstValue(database.connection(),
                      QStringLiteral("SELECT has_table_privilege(format('%I.%I', current_schema(), 'candidates'),"
                                     " 'INSERT')"))
        .toBool();
}

} // namespace planner
