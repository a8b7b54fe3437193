"""The server's shared state around a load: what an input changed beyond its database.

``statement_rules`` refuses top-level statements that reach past the input's database, but
dynamic SQL in ``DO`` blocks and functions (``EXECUTE 'CREATE ROLE ... SUPERUSER'``) can do
the transactional ones too. So ``guard`` snapshots the shared catalogs before a load and
after it, and for every change an input may not make, reverts it and reports it:

- roles: new roles that can log in or hold powers, any change to an existing role (attributes,
  password, name), dropped roles (recreated, without what they owned);
- memberships: new ones in predefined (``pg_*``) or powerful roles or given to login roles;
  removed ones;
- ``pg_db_role_setting`` (``ALTER ROLE/DATABASE ... SET``);
- databases other than the plugin's own ``schemadiff_*`` ones (which concurrent runs
  create, rename and drop): name, owner, privileges, flags;
- tablespaces: name, owner, privileges, options;
- pending ``ALTER SYSTEM`` settings (``postgresql.auto.conf``, through ``pg_file_settings``).

New plain ``NOLOGIN`` roles stay: the input's objects are owned by or granted to them.
Databases created or dropped are never touched: on a shared server they may be another
client's, and the statements that do it cannot run in a function anyway (``statement_rules``
refuses them at the top level). A role or setting another client changes during the load is
reported (and reverted) as if the input had: loads are short, and a false alarm is better
than a silent escape.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

import psycopg2
from psycopg2 import sql

from .connect import open_connection
from .errors import LoadError, SchemaDiffError

__all__ = ["Snapshot", "guard", "take"]

_OWN_DATABASES = "schemadiff\\_%"
_ROLE_FLAGS = (
    "rolsuper",
    "rolinherit",
    "rolcreaterole",
    "rolcreatedb",
    "rolcanlogin",
    "rolreplication",
    "rolbypassrls",
)
_FLAG_WORDS = {
    "rolsuper": "SUPERUSER",
    "rolinherit": "INHERIT",
    "rolcreaterole": "CREATEROLE",
    "rolcreatedb": "CREATEDB",
    "rolcanlogin": "LOGIN",
    "rolreplication": "REPLICATION",
    "rolbypassrls": "BYPASSRLS",
}
_POWER_FLAGS = ("rolsuper", "rolcreaterole", "rolcreatedb", "rolreplication", "rolbypassrls")

Row = tuple[Any, ...]


@dataclass
class Snapshot:
    """Shared state, keyed by oid (names change)."""

    roles: dict[int, dict[str, Any]]
    members: set[tuple[int, int]]
    admin: dict[tuple[int, int], bool]
    role_settings: dict[tuple[int, int], tuple[str, ...]]
    databases: dict[int, Row]
    tablespaces: dict[int, Row]
    auto_conf: dict[str, str] | None  # None: not readable by this role


def take(cur: psycopg2.extensions.cursor) -> Snapshot:
    """The shared state as this connection's role can see it."""
    cur.execute("SELECT has_table_privilege('pg_authid', 'SELECT')")
    row = cur.fetchone()
    can_read_authid = bool(row and row[0])
    source = "pg_authid" if can_read_authid else "pg_roles"
    password = "rolpassword" if can_read_authid else "NULL::text"
    cur.execute(
        f"SELECT oid, rolname, {', '.join(_ROLE_FLAGS)}, rolconnlimit, "
        f"rolvaliduntil::text, {password} FROM {source}"
    )
    roles = {
        r[0]: dict(
            zip(("name", *_ROLE_FLAGS, "connlimit", "validuntil", "password"), r[1:], strict=False)
        )
        for r in cur.fetchall()
    }
    cur.execute("SELECT roleid, member, admin_option FROM pg_auth_members")
    members = cur.fetchall()
    cur.execute("SELECT setdatabase, setrole, setconfig FROM pg_db_role_setting")
    settings = {(r[0], r[1]): tuple(r[2] or ()) for r in cur.fetchall()}
    cur.execute(
        "SELECT oid, datname, datdba, datacl::text, datallowconn, datistemplate, datconnlimit, "
        "dattablespace FROM pg_database WHERE datname NOT LIKE %s",
        (_OWN_DATABASES,),
    )
    databases = {r[0]: r for r in cur.fetchall()}
    cur.execute("SELECT oid, spcname, spcowner, spcacl::text, spcoptions FROM pg_tablespace")
    tablespaces = {r[0]: r for r in cur.fetchall()}
    return Snapshot(
        roles,
        {(r[0], r[1]) for r in members},
        {(r[0], r[1]): r[2] for r in members},
        settings,
        databases,
        tablespaces,
        _auto_conf(cur),
    )


def _auto_conf(cur: psycopg2.extensions.cursor) -> dict[str, str] | None:
    cur.execute("SELECT pg_has_role('pg_read_all_settings', 'MEMBER')")
    row = cur.fetchone()
    if not (row and row[0]):
        return None
    cur.execute(
        "SELECT name, setting FROM pg_file_settings "
        "WHERE sourcefile LIKE '%postgresql.auto.conf' AND name IS NOT NULL"
    )
    return dict(cur.fetchall())


@contextmanager
def guard(url: str, what: str) -> Iterator[None]:
    """Around a load of ``what`` into ``url``: revert and report shared changes it made.

    Raises LoadError naming what was reverted; when the load itself failed as well, that
    error (raised inside) is kept as the context.
    """
    try:
        conn = open_connection(url, autocommit=True)
    except SchemaDiffError:
        # The load cannot connect either, and says so in its own words (psql's).
        yield
        return
    try:
        with conn.cursor() as cur:
            before = take(cur)
        try:
            yield
        finally:
            with conn.cursor() as cur:
                after = take(cur)
                changes = _revert(cur, before, after)
            if changes:
                raise LoadError(
                    f"{what}: changed the server beyond its own database, reverted: "
                    + "; ".join(changes)
                )
    finally:
        conn.close()


def _role_is_plain(attrs: dict[str, Any]) -> bool:
    return not any(attrs[f] for f in (*_POWER_FLAGS, "rolcanlogin")) and not attrs["password"]


def _revert(cur: psycopg2.extensions.cursor, before: Snapshot, after: Snapshot) -> list[str]:
    """Undo what may not persist; one short phrase per change, passwords never shown."""
    changes: list[str] = []
    new_roles = {oid for oid in after.roles if oid not in before.roles}
    name = {**before.roles, **after.roles}

    def role_name(oid: int) -> str:
        return str(name[oid]["name"]) if oid in name else str(oid)

    changes += _revert_members(cur, before, after, role_name)
    changes += _revert_settings(cur, before, after, role_name)
    for oid in sorted(new_roles):
        attrs = after.roles[oid]
        if not _role_is_plain(attrs):
            changes.append(f"role {attrs['name']} created with LOGIN or powers (dropped)")
            _run(cur, sql.SQL("DROP OWNED BY {}").format(sql.Identifier(attrs["name"])))
            _run(cur, sql.SQL("DROP ROLE {}").format(sql.Identifier(attrs["name"])))
    for oid, old in before.roles.items():
        new = after.roles.get(oid)
        if new is None:
            changes.append(f"role {old['name']} dropped (recreated without its objects)")
            _run(cur, sql.SQL("CREATE ROLE {}").format(sql.Identifier(old["name"])))
            _restore_role(cur, old["name"], old)
        elif new != old:
            changes.append(f"role {old['name']} altered (restored)")
            if new["name"] != old["name"]:
                _run(
                    cur,
                    sql.SQL("ALTER ROLE {} RENAME TO {}").format(
                        sql.Identifier(new["name"]), sql.Identifier(old["name"])
                    ),
                )
            _restore_role(cur, old["name"], old)
    changes += _revert_databases(cur, before, after, role_name)
    changes += _revert_tablespaces(cur, before, after)
    changes += _revert_auto_conf(cur, before, after)
    return changes


def _restore_role(cur: psycopg2.extensions.cursor, role: str, old: dict[str, Any]) -> None:
    words = [_FLAG_WORDS[f] if old[f] else "NO" + _FLAG_WORDS[f] for f in _ROLE_FLAGS]
    statement = sql.SQL("ALTER ROLE {} WITH " + " ".join(words) + " CONNECTION LIMIT {}").format(
        sql.Identifier(role), sql.Literal(old["connlimit"])
    )
    _run(cur, statement)
    until = old["validuntil"] or "infinity"
    _run(
        cur,
        sql.SQL("ALTER ROLE {} VALID UNTIL {}").format(sql.Identifier(role), sql.Literal(until)),
    )
    # A stored hash is accepted as is; NULL when pg_authid was not readable leaves it.
    if old["password"] is not None:
        _run(
            cur,
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(old["password"])
            ),
        )


def _revert_members(
    cur: psycopg2.extensions.cursor,
    before: Snapshot,
    after: Snapshot,
    role_name: Any,
) -> list[str]:
    changes = []
    for roleid, member in sorted(after.members - before.members):
        granted = after.roles.get(roleid)
        grantee = after.roles.get(member)
        powerful = granted is None or roleid < 16384 or not _role_is_plain(granted)
        login = grantee is None or bool(grantee["rolcanlogin"])
        if powerful or login:
            changes.append(f"role {role_name(member)} made a member of {role_name(roleid)}")
            _run(
                cur,
                sql.SQL("REVOKE {} FROM {} CASCADE").format(
                    sql.Identifier(role_name(roleid)), sql.Identifier(role_name(member))
                ),
            )
    for roleid, member in sorted(before.members - after.members):
        if roleid in after.roles and member in after.roles:
            changes.append(f"membership of {role_name(member)} in {role_name(roleid)} revoked")
            admin = " WITH ADMIN OPTION" if before.admin.get((roleid, member)) else ""
            _run(
                cur,
                sql.SQL("GRANT {} TO {}" + admin).format(
                    sql.Identifier(role_name(roleid)), sql.Identifier(role_name(member))
                ),
            )
    return changes


def _revert_settings(
    cur: psycopg2.extensions.cursor, before: Snapshot, after: Snapshot, role_name: Any
) -> list[str]:
    changes = []
    cur.execute("SELECT oid, datname FROM pg_database")
    databases = dict(cur.fetchall())
    for key in sorted(set(before.role_settings) | set(after.role_settings)):
        old, new = before.role_settings.get(key, ()), after.role_settings.get(key, ())
        if old == new:
            continue
        database, role = key
        if database and database not in databases:
            continue  # the database is gone, and its settings with it
        target = _settings_target(role, database, role_name, databases)
        changes.append(f"settings of {_describe_key(key, role_name, databases)} changed")
        _run(cur, sql.SQL("ALTER {} RESET ALL").format(target))
        for item in old:
            parameter, _, value = item.partition("=")
            _run(
                cur,
                sql.SQL("ALTER {} SET {} = {}").format(
                    target, sql.Identifier(parameter), sql.Literal(value)
                ),
            )
    return changes


def _settings_target(
    role: int, database: int, role_name: Any, databases: dict[int, str]
) -> sql.Composable:
    if role and database:
        return sql.SQL("ROLE {} IN DATABASE {}").format(
            sql.Identifier(role_name(role)), sql.Identifier(databases[database])
        )
    if role:
        return sql.SQL("ROLE {}").format(sql.Identifier(role_name(role)))
    return sql.SQL("DATABASE {}").format(sql.Identifier(databases[database]))


def _describe_key(key: tuple[int, int], role_name: Any, databases: dict[int, str]) -> str:
    database, role = key
    parts = []
    if role:
        parts.append(f"role {role_name(role)}")
    if database:
        parts.append(f"database {databases.get(database, database)}")
    return " in ".join(parts)


def _revert_databases(
    cur: psycopg2.extensions.cursor, before: Snapshot, after: Snapshot, role_name: Any
) -> list[str]:
    changes = []
    for oid, old in before.databases.items():
        new = after.databases.get(oid)
        if new is None or new == old:
            continue  # dropped databases cannot be brought back (and were refused up front)
        _, name, owner, acl, allowconn, istemplate, connlimit, _space = old
        changes.append(f"database {name} altered (restored)")
        ident = sql.Identifier(name)
        if new[1] != name:
            _run(
                cur, sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(new[1]), ident)
            )
        _run(
            cur,
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                ident, sql.Identifier(role_name(owner))
            ),
        )
        _run(
            cur,
            sql.SQL(
                "ALTER DATABASE {} WITH ALLOW_CONNECTIONS {} IS_TEMPLATE {} CONNECTION LIMIT {}"
            ).format(
                ident, sql.Literal(allowconn), sql.Literal(istemplate), sql.Literal(connlimit)
            ),
        )
        _run(
            cur,
            sql.SQL("UPDATE pg_database SET datacl = {}::aclitem[] WHERE oid = {}").format(
                sql.Literal(acl), sql.Literal(oid)
            ),
        )
    return changes


def _revert_tablespaces(
    cur: psycopg2.extensions.cursor, before: Snapshot, after: Snapshot
) -> list[str]:
    changes = []
    for oid, old in before.tablespaces.items():
        new = after.tablespaces.get(oid)
        if new is None or new == old:
            continue
        changes.append(f"tablespace {old[1]} altered (restored)")
        if new[1] != old[1]:
            _run(
                cur,
                sql.SQL("ALTER TABLESPACE {} RENAME TO {}").format(
                    sql.Identifier(new[1]), sql.Identifier(old[1])
                ),
            )
        _run(
            cur,
            sql.SQL(
                "UPDATE pg_tablespace SET spcowner = {}, spcacl = {}::aclitem[], "
                "spcoptions = {} WHERE oid = {}"
            ).format(
                sql.Literal(old[2]), sql.Literal(old[3]), sql.Literal(old[4]), sql.Literal(oid)
            ),
        )
    return changes


def _revert_auto_conf(
    cur: psycopg2.extensions.cursor, before: Snapshot, after: Snapshot
) -> list[str]:
    if before.auto_conf is None or after.auto_conf is None or before.auto_conf == after.auto_conf:
        return []
    changed = sorted(
        k
        for k in set(before.auto_conf) | set(after.auto_conf)
        if before.auto_conf.get(k) != after.auto_conf.get(k)
    )
    for parameter in changed:
        if parameter in before.auto_conf:
            _run(
                cur,
                sql.SQL("ALTER SYSTEM SET {} = {}").format(
                    sql.Identifier(parameter), sql.Literal(before.auto_conf[parameter])
                ),
            )
        else:
            _run(cur, sql.SQL("ALTER SYSTEM RESET {}").format(sql.Identifier(parameter)))
    _run(cur, sql.SQL("SELECT pg_reload_conf()"))
    return [f"ALTER SYSTEM of {', '.join(changed)} (reset)"]


def _run(cur: psycopg2.extensions.cursor, statement: sql.Composable) -> None:
    """Best effort: a revert that fails is still reported as a change by the caller."""
    with suppress(psycopg2.Error):
        cur.execute(statement)
