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

Not covered: deletions made by dynamic SQL (``DROP ROLE`` in a ``DO`` block), code run by
``COPY`` data (triggers), and other sessions a load opens (``dblink``); see README.
"""

from __future__ import annotations

import pglast
from pglast import ast, enums

__all__ = ["GUARD_MARK", "TransactionState", "check_sql", "prologue_sql"]

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


def prologue_sql(role_oids: list[int]) -> str:
    """One line that records the roles existing before the load (for the check)."""
    oids = ",".join(str(o) for o in sorted(role_oids))
    return f"SELECT pg_catalog.set_config('{_ROLES_SETTING}', '{{{oids}}}', false);"


def check_sql(*, can_read_authid: bool) -> str:
    """One line: a ``DO`` block raising ``schemadiff-guard: ...`` for what this transaction
    changed beyond its database."""
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
    union = " UNION ALL ".join(part.replace("{me}", _ME) for part in parts)
    return (
        "DO $schemadiff_guard$ DECLARE found text; BEGIN "
        f"SELECT pg_catalog.string_agg(w, '; ') INTO found FROM ({union}) AS changes(w); "
        f"IF found IS NOT NULL THEN RAISE EXCEPTION '{GUARD_MARK}%', found; END IF; "
        "END $schemadiff_guard$;"
    )


class TransactionState:
    """Where psql's session stands between statements, and which statements get the check.

    ``inside``: a transaction block is open (``--single-transaction``, or the input's own
    ``BEGIN``). ``runs_code``: the database or the input holds functions, so any statement
    may run code of the input's.
    """

    def __init__(self, *, inside: bool, runs_code: bool) -> None:
        self.inside = inside
        self.runs_code = runs_code

    def wrap(self, text: str) -> tuple[str, str] | None:
        """Text to put before and after the statement, or None to leave it alone."""
        try:
            parsed = pglast.parse_sql(text)
        except pglast.parser.ParseError:
            return None
        if len(parsed) != 1:
            return None
        node = parsed[0].stmt
        if node is None:
            return None
        if isinstance(node, ast.TransactionStmt):
            self._transaction(node)
            return None
        if isinstance(node, ast.CreateFunctionStmt | ast.CreateEventTrigStmt):
            self.runs_code = True
            return None
        if _not_in_transaction(node) or isinstance(
            node, ast.VariableSetStmt | ast.VariableShowStmt | ast.CopyStmt
        ):
            return None
        if not (self.runs_code or isinstance(node, ast.DoStmt | ast.CallStmt)):
            return None
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
