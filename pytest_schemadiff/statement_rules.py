"""Statements an input may not run: those that change the server or other databases.

An input (a dump, ``pending.sql``, a target file) fills one scratch database. These statements
would reach past it and persist into every later run on the same server: ``ALTER SYSTEM``,
``CREATE/ALTER/DROP DATABASE``, roles that can log in or hold powers, role settings and
memberships in predefined roles, tablespaces, server-side files and programs. ``check``
parses each top-level statement with PostgreSQL's own parser (pglast) and names the first
one refused. Statements pglast cannot parse are left to the server (which rejects them, or
the state check in ``server_state`` catches what they did): dynamic SQL inside ``DO`` blocks
and functions is that module's job.

Plain ``NOLOGIN`` roles, which an input's own objects need as owners and grantees, stay
allowed. The load's session keeps foreign tables closed (``server_guard``: a foreign table's
wrapper reaches another database), so statements that would open them are refused too:
``SET`` / ``RESET`` of ``restrict_nonsystem_relation_kind`` (also as a function's ``SET``
clause), ``set_config`` of it, ``RESET ALL`` and ``DISCARD ALL``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import pglast
from pglast import ast, enums

from .psql_script import Statement

__all__ = ["FOREIGN_TABLES_SETTING", "check", "parse", "refusal", "walk"]

# The setting that keeps foreign tables closed during a load (server_guard sets it). A data
# statement naming it (SELECT set_config(...)) is parsed after all: 0.2 us per statement.
FOREIGN_TABLES_SETTING = "restrict_nonsystem_relation_kind"
_OPENS_FOREIGN_TABLES = (
    "would let the load read and write foreign tables, whose wrappers reach other databases"
)

# CREATE ROLE options that give a role a way in or powers beyond its own objects.
_POWERS = {
    "superuser": "SUPERUSER",
    "createdb": "CREATEDB",
    "createrole": "CREATEROLE",
    "isreplication": "REPLICATION",
    "bypassrls": "BYPASSRLS",
    "canlogin": "LOGIN",
    "password": "PASSWORD",
}
_SHARED_OBJECTS = {
    enums.ObjectType.OBJECT_DATABASE: "DATABASE",
    enums.ObjectType.OBJECT_TABLESPACE: "TABLESPACE",
    enums.ObjectType.OBJECT_ROLE: "ROLE",
    enums.ObjectType.OBJECT_PARAMETER_ACL: "PARAMETER",
}
_DEFAULT_TABLESPACES = {"", "pg_default"}

_WHOLE_SERVER = {
    ast.AlterSystemStmt: "ALTER SYSTEM changes the whole server",
    ast.CreatedbStmt: "CREATE DATABASE makes another database",
    ast.AlterDatabaseStmt: "ALTER DATABASE changes a database",
    ast.AlterDatabaseSetStmt: "ALTER DATABASE ... SET changes a database's settings",
    ast.AlterDatabaseRefreshCollStmt: "ALTER DATABASE changes a database",
    ast.DropdbStmt: "DROP DATABASE drops a database",
    ast.AlterRoleStmt: "ALTER ROLE changes a role of the whole server",
    ast.AlterRoleSetStmt: "ALTER ROLE ... SET changes a role's settings on the whole server",
    ast.DropRoleStmt: "DROP ROLE drops a role of the whole server",
    ast.ReassignOwnedStmt: "REASSIGN OWNED changes shared objects too",
    ast.DropOwnedStmt: "DROP OWNED changes privileges on shared objects too",
    ast.CreateTableSpaceStmt: "CREATE TABLESPACE changes the server",
    ast.DropTableSpaceStmt: "DROP TABLESPACE changes the server",
    ast.AlterTableSpaceOptionsStmt: "ALTER TABLESPACE changes the server",
    ast.AlterTableMoveAllStmt: "ALTER ... ALL IN TABLESPACE moves objects between tablespaces",
    ast.CreateSubscriptionStmt: "CREATE SUBSCRIPTION connects to another database",
    ast.AlterSubscriptionStmt: "ALTER SUBSCRIPTION connects to another database",
    # Asks the foreign server for its tables while loading (CREATE SERVER, USER MAPPING and
    # FOREIGN TABLE only record options in this database, and stay allowed).
    ast.ImportForeignSchemaStmt: "IMPORT FOREIGN SCHEMA connects to another server",
    ast.LoadStmt: "LOAD runs a shared library in the server",
}


def check(statements: Iterable[Statement]) -> str | None:
    """``file:line: why; refused: statement`` for the first refused statement, else None."""
    for statement in statements:
        why = refusal(statement.text)
        if why is not None:
            shown = " ".join(statement.text.split())
            if len(shown) > 120:
                shown = shown[:117] + "..."
            return f"{statement.where}: {why}, not only the input's own database; refused: {shown}"
    return None


@functools.lru_cache(maxsize=8192)
def parse(text: str) -> tuple[ast.RawStmt, ...] | None:
    """PostgreSQL's parse of ``text``, None when it does not parse (shared with
    ``server_guard``, which looks at the same statements)."""
    try:
        return tuple(pglast.parse_sql(text))
    except pglast.parser.ParseError:
        return None


# Statements that start so hold no utility statement: not parsed (a dump made with
# pg_dump --inserts has a million of them).
DATA_STATEMENTS = frozenset({"INSERT", "UPDATE", "DELETE", "MERGE", "SELECT", "VALUES", "WITH"})
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def first_word(text: str) -> str:
    """The statement's first keyword, upper case ("" if it starts otherwise)."""
    match = _FIRST_WORD.match(text)
    return match.group().upper() if match else ""


def refusal(text: str) -> str | None:
    """Why the statement(s) in ``text`` may not run, or None."""
    if first_word(text) in DATA_STATEMENTS and FOREIGN_TABLES_SETTING not in text.lower():
        return None
    parsed = parse(text)
    if parsed is None:
        return None
    for raw in parsed:
        for node in walk(raw.stmt):
            why = _node_refusal(node)
            if why is not None:
                return why
    return None


def walk(node: object) -> Iterator[ast.Node]:
    """``node`` and every node under it, depth first."""
    if isinstance(node, ast.Node):
        yield node
        for name in node:
            yield from walk(getattr(node, name))
    elif isinstance(node, tuple | list):
        for item in node:
            yield from walk(item)


def _node_refusal(node: ast.Node) -> str | None:
    for kind, why in _WHOLE_SERVER.items():
        if isinstance(node, kind):
            return why
    if isinstance(node, ast.CreateRoleStmt):
        return _create_role(node)
    if isinstance(node, ast.GrantRoleStmt):
        granted = [p.priv_name for p in node.granted_roles or () if p.priv_name]
        predefined = [name for name in granted if name.startswith("pg_")]
        if node.is_grant and predefined:
            return f"GRANT {predefined[0]} gives a predefined role's server-wide powers"
    if isinstance(node, ast.GrantStmt) and node.objtype in _SHARED_OBJECTS:
        return f"GRANT/REVOKE ON {_SHARED_OBJECTS[node.objtype]} changes a shared object"
    object_type = _object_type(node)
    kind_name = _SHARED_OBJECTS.get(object_type) if object_type is not None else None
    if kind_name is not None:
        return f"{_verb(node)} on a {kind_name} changes a shared object"
    if isinstance(node, ast.SecLabelStmt) and node.objtype in _SHARED_OBJECTS:
        return f"SECURITY LABEL on a {_SHARED_OBJECTS[node.objtype]} changes a shared object"
    if isinstance(node, ast.CreateEventTrigStmt) and node.eventname == "login":
        return (
            "a login event trigger runs its code in every later connection to the database, "
            "the plugin's and every test's, beyond what the load checks"
        )
    opened = _opens_foreign_tables(node)
    if opened is not None:
        return f"{opened} {_OPENS_FOREIGN_TABLES}"
    if isinstance(node, ast.CopyStmt) and node.filename is not None:
        what = "a program" if node.is_program else "a file"
        return f"COPY {'FROM' if node.is_from else 'TO'} {what} on the server reaches the server"
    return _tablespace_or_setting(node)


def _opens_foreign_tables(node: ast.Node) -> str | None:
    """What in ``node`` turns ``FOREIGN_TABLES_SETTING`` off, or None."""
    if isinstance(node, ast.VariableSetStmt):
        if node.kind == enums.VariableSetKind.VAR_RESET_ALL:
            return "RESET ALL"
        if (node.name or "").lower() == FOREIGN_TABLES_SETTING:
            return f"SET {FOREIGN_TABLES_SETTING}"
    if isinstance(node, ast.DiscardStmt) and node.target == enums.DiscardMode.DISCARD_ALL:
        return "DISCARD ALL"
    if isinstance(node, ast.FuncCall):
        names = [getattr(n, "sval", "") for n in node.funcname or ()]
        if names and names[-1].lower() == "set_config" and node.args:
            first = getattr(node.args[0], "val", None)
            if getattr(first, "sval", "").lower() == FOREIGN_TABLES_SETTING:
                return f"set_config('{FOREIGN_TABLES_SETTING}', ...)"
    return None


def _object_type(node: ast.Node) -> enums.ObjectType | None:
    """The kind of object a RENAME, OWNER TO or COMMENT statement is about."""
    if isinstance(node, ast.RenameStmt):
        return node.renameType
    if isinstance(node, ast.AlterOwnerStmt):
        return node.objectType
    if isinstance(node, ast.CommentStmt):
        return node.objtype
    return None


def _verb(node: ast.Node) -> str:
    return {"RenameStmt": "RENAME", "AlterOwnerStmt": "OWNER TO", "CommentStmt": "COMMENT"}[
        type(node).__name__
    ]


def _create_role(node: ast.CreateRoleStmt) -> str | None:
    options = {o.defname: o.arg for o in node.options or ()}
    # CREATE USER logs in unless told NOLOGIN.
    if node.stmt_type == enums.RoleStmtType.ROLESTMT_USER and "canlogin" not in options:
        return "CREATE USER makes a role that can log in to the whole server"
    for name, shown in _POWERS.items():
        if name not in options:
            continue
        value = options[name]
        on = not isinstance(value, ast.Boolean) or bool(value.boolval)
        if name == "password" and value is None:
            on = False  # PASSWORD NULL
        if on:
            return f"CREATE ROLE ... {shown} makes a role with powers on the whole server"
    for name in ("addroleto", "rolemembers", "adminmembers"):
        for role in options.get(name) or ():
            if isinstance(role, ast.RoleSpec) and (role.rolename or "").startswith("pg_"):
                return f"CREATE ROLE ... {role.rolename} gives a predefined role's powers"
    return None


def _tablespace_or_setting(node: ast.Node) -> str | None:
    space: str | None = None
    if (
        isinstance(node, ast.AlterTableCmd)
        and node.subtype == enums.AlterTableType.AT_SetTableSpace
    ):
        space = node.name
    elif isinstance(node, ast.CreateStmt):
        space = node.tablespacename
    elif isinstance(node, ast.IndexStmt):
        space = node.tableSpace
    elif isinstance(node, ast.IntoClause):
        space = node.tableSpaceName
    elif isinstance(node, ast.Constraint):
        space = node.indexspace
    elif isinstance(node, ast.VariableSetStmt) and node.name in (
        "default_tablespace",
        "standard_conforming_strings",
    ):
        value = _setting_value(node)
        if node.name == "default_tablespace" and value.lower() not in _DEFAULT_TABLESPACES:
            return f"SET default_tablespace = {value} puts objects in a tablespace of the server"
        if node.name == "standard_conforming_strings" and value.lower() in ("off", "false", "0"):
            return (
                "SET standard_conforming_strings = off is not supported (inputs are read "
                "with it on, as pg_dump writes them)"
            )
    if space is not None and space.lower() not in _DEFAULT_TABLESPACES:
        return f"TABLESPACE {space} puts objects in a tablespace of the server"
    return None


def _setting_value(node: ast.VariableSetStmt) -> str:
    if node.kind != enums.VariableSetKind.VAR_SET_VALUE:
        return ""
    values: list[str] = []
    for arg in node.args or ():
        value = getattr(arg, "val", None)
        for attr in ("sval", "ival", "boolval"):
            if value is not None and getattr(value, attr, None) is not None:
                values.append(str(getattr(value, attr)))
                break
    return ",".join(values)
