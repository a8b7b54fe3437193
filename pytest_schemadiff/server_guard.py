"""Checks, inside the load's own transactions, that it changed nothing beyond its database.

``statement_rules`` refuses top-level statements that reach the server, but code run by the
load (a ``DO`` block, a function, a trigger) can ``EXECUTE 'CREATE ROLE ... SUPERUSER'`` or
``ALTER ROLE ... SET`` too. Whatever a transaction changes in the shared catalogs carries that
transaction's id in the row's ``xmin``, and a row whose ``xmin`` is still in progress yet
visible to us was written by our own transaction (other sessions' uncommitted rows are
invisible). So a check run in the same transaction, right after a statement, sees exactly
what the load did, however many other sessions change roles at the same time, and a failed
check rolls all of it back: nothing to revert, nothing that persists.

``loading`` runs the check after every statement that can run code (once the database or the
input holds functions, or for ``DO``/``CALL``), wrapped in ``BEGIN ... COMMIT`` when the
statement is not already in a transaction, and once more at the end of a single-transaction
load. Refused: new roles that can log in or hold powers, any change to a role that existed
before the load, new memberships in predefined or powerful roles or of login roles,
``ALTER ROLE/DATABASE ... SET``, changes to databases other than the plugin's ``schemadiff_*``
ones, tablespaces, and comments on shared objects. Plain ``NOLOGIN`` roles stay allowed.

Foreign tables are closed for the whole load: reading or writing one runs its wrapper, and
``postgres_fdw`` then connects to another database (of this server or any other) and changes
it through an INSERT, or a remote function a SELECT calls; ``file_fdw`` runs a program. A
check after the fact cannot undo that, and which server options "point back here" cannot be
told for sure (host aliases, sockets, services, proxies), so the prologue sets PostgreSQL's
own ``restrict_nonsystem_relation_kind`` to ``foreign-table`` for the load's session (the
setting pg_dump uses for the same reason; PostgreSQL 14.13, 15.8, 16.4, 17 and later): every
SELECT, INSERT, UPDATE, DELETE, COPY, TRUNCATE, ANALYZE and materialized view of a foreign
table fails, also inside functions and ``DO`` blocks. Defining foreign tables, servers and
user mappings only writes this database's catalog and stays allowed. ``statement_rules``
refuses turning the setting off (``SET``, a function's ``SET`` clause, ``set_config``,
``RESET ALL``, ``DISCARD ALL``); the check refuses a load whose dynamic SQL turned it off.

Not covered: deletions made by dynamic SQL (``DROP ROLE`` in a ``DO`` block), code run by
``COPY`` data (triggers), and other sessions a load opens (``dblink``); see README.
"""

from __future__ import annotations

from pglast import ast, enums

from .statement_rules import FOREIGN_TABLES_SETTING, first_word, parse, walk

__all__ = ["CHECK", "GUARD_MARK", "NO_LOGIN_TRIGGER", "TransactionState", "prologue_sql"]

GUARD_MARK = "schemadiff-guard: "
_ROLES_SETTING = "schemadiff.roles_before"

# A row written by this transaction or one of its subtransactions: visible, and its xmin
# still in progress. Those xids are at least our own (``me.cur``, assigned before any of its
# subtransactions'), so xid -> xid8 takes our epoch.
_OURS = (
    "({x}::text::bigint >= (me.cur & 4294967295) "
    "AND pg_catalog.pg_xact_status((((me.cur >> 32) << 32) | {x}::text::bigint)::text::xid8) "
    "= 'in progress')"
)
_ME = "(SELECT pg_catalog.pg_current_xact_id()::text::bigint AS cur) AS me"
_POWERS = "(r.rolsuper OR r.rolcreatedb OR r.rolcreaterole OR r.rolreplication OR r.rolbypassrls)"


# Last in every script: a login event trigger made by dynamic SQL (the static rules refuse
# the statement) would run its code in every later connection, after every check of the load.
# Checked inside the load's own session, before anything else connects to the database.
NO_LOGIN_TRIGGER = (
    "DO $schemadiff_login$ BEGIN IF EXISTS (SELECT FROM pg_catalog.pg_event_trigger "
    "WHERE evtevent = 'login') THEN RAISE EXCEPTION 'the input made a login event trigger, "
    "which would run its code in every later connection to the database: refused'; "
    "END IF; END $schemadiff_login$;"
)


def prologue_sql(role_oids: list[int], *, can_read_authid: bool) -> str:
    """One line run before the input: records the roles that exist before the load, and
    defines the check as a function of the session (``pg_temp``: gone with it, never part of
    the database), so that each check costs an execution, not a parse and plan."""
    oids = ",".join(str(o) for o in sorted(role_oids))
    return (
        f"SELECT pg_catalog.set_config('{_ROLES_SETTING}', '{{{oids}}}', false); "
        f"{_CLOSE_FOREIGN_TABLES} "
        "CREATE FUNCTION pg_temp.schemadiff_guard() RETURNS void LANGUAGE plpgsql "
        f"SET search_path = pg_catalog AS $schemadiff_guard$ {_body(can_read_authid)} "
        "$schemadiff_guard$;"
    )


# Foreign tables closed for the session (kept with what the server's settings already
# restrict); a server without the setting (before 14.13 / 15.8 / 16.4) is left as it is.
_CLOSE_FOREIGN_TABLES = (
    f"SELECT pg_catalog.set_config(name, pg_catalog.concat_ws(', ', NULLIF(setting, ''), "
    f"'foreign-table'), false) FROM pg_catalog.pg_settings WHERE name = '{FOREIGN_TABLES_SETTING}';"
)

CHECK = "SELECT pg_temp.schemadiff_guard();"
"""The check, after a statement: raises ``schemadiff-guard: ...`` for what the current
transaction changed beyond its database."""


def _body(can_read_authid: bool) -> str:
    before = f"pg_catalog.current_setting('{_ROLES_SETTING}')::oid[]"
    parts = []
    if can_read_authid:
        parts += [
            "SELECT pg_catalog.format('role %s created with LOGIN or powers', r.rolname) "
            f"FROM pg_catalog.pg_authid r, {{me}} WHERE {_OURS.format(x='r.xmin')} "
            f"AND NOT r.oid = ANY({before}) AND ({_POWERS} OR r.rolcanlogin "
            "OR r.rolpassword IS NOT NULL)",
            "SELECT pg_catalog.format('role %s altered', r.rolname) "
            f"FROM pg_catalog.pg_authid r, {{me}} WHERE {_OURS.format(x='r.xmin')} "
            f"AND r.oid = ANY({before})",
        ]
    parts += [
        "SELECT pg_catalog.format('role %s made a member of %s', m.rolname, r.rolname) "
        "FROM pg_catalog.pg_auth_members a JOIN pg_catalog.pg_roles r ON r.oid = a.roleid "
        "JOIN pg_catalog.pg_roles m ON m.oid = a.member, {me} "
        f"WHERE {_OURS.format(x='a.xmin')} AND (r.oid < 16384 OR {_POWERS} OR m.rolcanlogin)",
        "SELECT 'role or database settings changed (ALTER ... SET)' "
        f"FROM pg_catalog.pg_db_role_setting s, {{me}} WHERE {_OURS.format(x='s.xmin')}",
        "SELECT pg_catalog.format('database %s altered', d.datname) "
        f"FROM pg_catalog.pg_database d, {{me}} WHERE {_OURS.format(x='d.xmin')} "
        "AND d.datname NOT LIKE 'schemadiff\\_%'",
        "SELECT pg_catalog.format('tablespace %s altered', t.spcname) "
        f"FROM pg_catalog.pg_tablespace t, {{me}} WHERE {_OURS.format(x='t.xmin')}",
        "SELECT 'comment on a database, role or tablespace' "
        f"FROM pg_catalog.pg_shdescription c, {{me}} WHERE {_OURS.format(x='c.xmin')}",
    ]
    parts.append(
        "SELECT 'foreign tables opened (restrict_nonsystem_relation_kind changed)' "
        f"FROM pg_catalog.pg_settings WHERE name = '{FOREIGN_TABLES_SETTING}' "
        "AND NOT 'foreign-table' = ANY (pg_catalog.string_to_array("
        "pg_catalog.replace(setting, ' ', ''), ','))"
    )
    union = " UNION ALL ".join(part.replace("{me}", _ME) for part in parts)
    return (
        "DECLARE found text; BEGIN "
        f"SELECT pg_catalog.string_agg(w, '; ') INTO found FROM ({union}) AS changes(w); "
        f"IF found IS NOT NULL THEN RAISE EXCEPTION '{GUARD_MARK}%', found; END IF; END"
    )


class TransactionState:
    """Where psql's session stands between statements, and which statements get the check.

    ``inside``: a transaction block is open (``--single-transaction``, or the input's own
    ``BEGIN``). ``runs_code``: the database or the input holds functions, so a statement
    that evaluates expressions or fires triggers may run code of the input's. Statements that
    only define objects (most of a ``pg_dump`` output) evaluate nothing and go unchecked,
    which keeps a large dump's load fast.
    """

    def __init__(self, *, inside: bool, runs_code: bool, event_triggers: bool = False) -> None:
        self.inside = inside
        self.runs_code = runs_code
        # An event trigger runs its function on any DDL: then every statement is checked.
        self.event_triggers = event_triggers

    def wrap(self, text: str) -> tuple[str, str] | None:
        """Text to put before and after the statement, or None to leave it alone."""
        if first_word(text) in ("INSERT", "UPDATE", "DELETE", "MERGE"):
            # Triggers, defaults and constraints may run the input's code; no parse needed.
            return self._around() if self.runs_code else None
        parsed = parse(text)
        if parsed is None or len(parsed) != 1:
            return None
        node = parsed[0].stmt
        if node is None:
            return None
        if isinstance(node, ast.TransactionStmt):
            self._transaction(node)
            return None
        if isinstance(node, ast.CreateFunctionStmt | ast.CreateEventTrigStmt):
            self.runs_code = True
            self.event_triggers |= isinstance(node, ast.CreateEventTrigStmt)
            return None
        if _not_in_transaction(node) or isinstance(
            node, ast.VariableSetStmt | ast.VariableShowStmt | ast.CopyStmt
        ):
            return None
        if isinstance(node, ast.CreateEventTrigStmt):
            self.event_triggers = True
        if (
            isinstance(node, ast.DoStmt | ast.CallStmt)
            or _sets_computed_setting(node)
            or (self.runs_code and (self.event_triggers or _may_run_code(node)))
        ):
            return self._around()
        return None

    def _around(self) -> tuple[str, str]:
        return ("", "") if self.inside else ("BEGIN; ", " COMMIT;")

    def _transaction(self, node: ast.TransactionStmt) -> None:
        kind = enums.TransactionStmtKind
        if node.kind in (kind.TRANS_STMT_BEGIN, kind.TRANS_STMT_START) or (
            node.kind in (kind.TRANS_STMT_COMMIT, kind.TRANS_STMT_ROLLBACK) and node.chain
        ):
            self.inside = True
        elif node.kind in (
            kind.TRANS_STMT_COMMIT,
            kind.TRANS_STMT_ROLLBACK,
            kind.TRANS_STMT_PREPARE,
            kind.TRANS_STMT_COMMIT_PREPARED,
            kind.TRANS_STMT_ROLLBACK_PREPARED,
        ):
            self.inside = False


# Statements that define or describe objects without evaluating an expression or firing a
# trigger (event triggers aside).
_DEFINE_ONLY = (
    ast.CommentStmt,
    ast.GrantStmt,
    ast.GrantRoleStmt,
    ast.AlterOwnerStmt,
    ast.AlterDefaultPrivilegesStmt,
    ast.CreateSeqStmt,
    ast.AlterSeqStmt,
    ast.CompositeTypeStmt,
    ast.CreateEnumStmt,
    ast.CreateRangeStmt,
    ast.CreateDomainStmt,
    ast.DefineStmt,
    ast.CreateFunctionStmt,
    ast.CreateTrigStmt,
    ast.RuleStmt,
    ast.ViewStmt,
    ast.RenameStmt,
    ast.AlterObjectSchemaStmt,
    ast.CreatePolicyStmt,
    ast.AlterPolicyStmt,
    ast.DropStmt,
    ast.CreateStmt,
    ast.CreateSchemaStmt,
)


def _may_run_code(node: ast.Node) -> bool:
    """Whether a statement may evaluate an expression or fire a trigger of the input's."""
    if isinstance(node, _DEFINE_ONLY):
        return bool(isinstance(node, ast.CreateStmt) and node.partbound is not None)
    if isinstance(node, ast.IndexStmt | ast.AlterTableStmt):
        # Plain column indexes and key constraints evaluate nothing of the input's.
        return any(isinstance(n, ast.FuncCall | ast.A_Expr) for n in walk(node))
    if isinstance(node, ast.SelectStmt) and not node.fromClause and node.targetList:
        # pg_dump's SELECT pg_catalog.set_config(...) / pg_catalog.setval(...)
        calls = [n for n in walk(node) if isinstance(n, ast.FuncCall)]
        return any(not _in_pg_catalog(call) for call in calls)
    return True


def _sets_computed_setting(node: ast.Node) -> bool:
    """Whether ``node`` calls ``set_config`` with a name that is not a plain string (which
    ``statement_rules`` reads): checked right after, before a later statement could use
    foreign tables it opened."""
    for call in walk(node):
        if not isinstance(call, ast.FuncCall):
            continue
        names = [getattr(n, "sval", "") for n in call.funcname or ()]
        if names and names[-1].lower() == "set_config":
            first = call.args[0] if call.args else None
            if not isinstance(first, ast.A_Const) or getattr(first.val, "sval", None) is None:
                return True
    return False


def _in_pg_catalog(call: ast.FuncCall) -> bool:
    names = [getattr(n, "sval", None) for n in call.funcname or ()]
    return len(names) == 2 and names[0] == "pg_catalog"


def _not_in_transaction(node: ast.Node) -> bool:
    """Statements PostgreSQL refuses inside a transaction block (they run no input code)."""
    if isinstance(node, ast.VacuumStmt | ast.AlterEnumStmt | ast.CheckPointStmt | ast.DiscardStmt):
        return True
    if isinstance(node, ast.IndexStmt | ast.DropStmt):
        return bool(node.concurrent)
    if isinstance(node, ast.ReindexStmt):
        whole = node.kind in (
            enums.ReindexObjectType.REINDEX_OBJECT_DATABASE,
            enums.ReindexObjectType.REINDEX_OBJECT_SYSTEM,
        )
        return whole or any(p.defname == "concurrently" for p in node.params or ())
    if isinstance(node, ast.ClusterStmt):
        return node.relation is None
    if isinstance(node, ast.AlterTableStmt):
        return any(
            isinstance(c.def_, ast.PartitionCmd) and c.def_.concurrent for c in node.cmds or ()
        )
    return False
