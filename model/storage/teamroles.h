#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace planner {

class Database;

// Who may do what on a team database (issue 15, point 4), kept by the server itself with
// PostgreSQL roles and grants: a planner role reads and edits, a viewer role only reads. Both
// are group roles (no login); colleagues' login roles are made members. The server refuses a
// viewer's write, whatever client it comes from.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    // The group roles and the login roles to make members of each.
    struct Plan
    {
        QString plannerRole = QStringLiteral("campaign_planner");
        QString viewerRole = QStringLiteral("campaign_viewer");
        QStringList planners;
        QStringList viewers;
    };

    // What init() found and did, for its report.
    struct Outcome
    {
        QString schema;
        bool plannerRoleCreated = false;
        bool viewerRoleCreated = false;
    };

    // Creates the two group roles when missing, grants them the campaign database in the
    // connection's current schema (tables and sequences there now, and those its owner makes
    // later), and makes the named login roles members: all in one transaction, so a failure
    // leaves the server as it was. Running it again changes nothing. Empty, with error saying
    // why, when the database is a file, a name is not a role name, a login role is missing, or
    // the connecting user may not create roles or grant the tables.
    static std::optional<Outcome> init(const Database &database, const Plan &plan, Error *error);

    // Whether a group role name is acceptable: lowercase letters, digits and _, at most 63.
    static bool isRoleName(const QString &name);

    // Whether the connected user may change the campaign database (the server's own answer,
    // has_table_privilege); a file always may.
    static bool mayEdit(const Database &database);
};

} // namespace planner
