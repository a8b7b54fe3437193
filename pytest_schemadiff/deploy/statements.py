"""The statements of a migration or plan file, in order, with where each starts and how
``schemadiff apply`` may run it.

The file is split by ``psql_script.scan``, the lexer the plugin loads inputs with, rather
than by pglast alone: it reads a file the way psql does (dollar quotes, ``BEGIN ATOMIC``
bodies, nested comments), follows ``\\i``/``\\ir`` like the loader, and refuses every other
psql meta-command with ``file:line``. A migration that the plugin's ``post`` database loads
is then split into the very statements ``apply`` runs. Each statement is parsed by pglast
(PostgreSQL's own parser) to decide its class from the parse tree, never by regex:

- ``RUN``: runs inside the transaction (nearly everything, ``ALTER TYPE ... ADD VALUE``
  included: PostgreSQL 12+ allows it, and refuses a use of the new value in the same
  transaction with a message of its own, which ``apply`` reports with a hint);
- ``FRAMING``: ``BEGIN`` / ``START TRANSACTION`` / ``COMMIT`` / ``END``: skipped, as the
  whole file runs in one transaction anyway;
- ``OUTSIDE``: cannot run in a transaction block (``CREATE``/``DROP INDEX CONCURRENTLY``,
  ``REINDEX CONCURRENTLY``/``DATABASE``/``SYSTEM``, ``VACUUM``, ``CLUSTER`` of every table,
  ``DETACH PARTITION CONCURRENTLY``, ``ALTER SYSTEM``, ``CREATE``/``DROP DATABASE`` and
  ``TABLESPACE``, ``ALTER DATABASE SET TABLESPACE``, subscriptions, prepared transactions);
- ``REFUSED``: cannot be part of an apply at all (``ROLLBACK``, ``COPY ... FROM stdin``).

A statement pglast cannot parse (syntax newer than its parser) runs in the transaction:
the server is the judge of it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pglast import ast, enums

from ..errors import ConfigError
from ..psql_script import scan
from ..statement_rules import DATA_STATEMENTS, first_word, parse

__all__ = ["FileStatement", "StatementClass", "classify", "read_statements"]


class StatementClass(enum.Enum):
    RUN = "run"
    FRAMING = "framing"
    OUTSIDE = "outside"
    REFUSED = "refused"


@dataclass(frozen=True)
class FileStatement:
    """One statement of the file: where it starts, its text, and how it may run."""

    file: Path
    line: int
    text: str
    kind: StatementClass
    # Why it cannot run in the transaction (OUTSIDE) or at all (REFUSED).
    reason: str = ""
    # What it changes (OUTSIDE statements: what a verification before they run may find
    # different from the target; see _names).
    names: frozenset[str] = frozenset()
    # Named otherwise than by file:line (a statement of a plan made in memory: sync).
    label: str | None = None

    @property
    def where(self) -> str:
        return self.label or f"{self.file}:{self.line}"

    def where_at(self, position: int | None) -> str:
        """``file:line`` of character ``position`` (PostgreSQL's error position)."""
        return self.label or f"{self.file}:{self.line_at(position)}"

    def line_at(self, position: int | None) -> int:
        """The file line of character ``position`` (1-based, as PostgreSQL reports it)."""
        if not position or position < 1:
            return self.line
        return self.line + self.text.count("\n", 0, position - 1)


def read_statements(path: Path) -> list[FileStatement]:
    """The statements of ``path`` in order; ConfigError (one line) when it cannot be read or
    holds a psql meta-command other than ``\\i``/``\\ir``."""
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, not a SQL file")
    script = scan(path)
    if script.refusal is not None:
        raise ConfigError(script.refusal)
    out = []
    for statement in script.statements:
        if statement.copy_from_stdin:
            kind, reason, names = (
                StatementClass.REFUSED,
                "COPY ... FROM stdin: apply runs SQL statements, not psql's data blocks "
                "(load data with psql, or use INSERT)",
                frozenset[str](),
            )
        else:
            kind, reason, names = classify(statement.text)
        out.append(
            FileStatement(statement.file, statement.line, statement.text, kind, reason, names)
        )
    return out


def classify(text: str) -> tuple[StatementClass, str, frozenset[str]]:
    """The class of the statement(s) in ``text``, why, and what an OUTSIDE one changes."""
    if first_word(text) in DATA_STATEMENTS:
        return StatementClass.RUN, "", frozenset()  # a data migration's million INSERTs
    parsed = parse(text)  # cached: the loader's checks parsed the same text already
    if parsed is None:
        return StatementClass.RUN, "", frozenset()
    found = (StatementClass.RUN, "")
    for raw in parsed:
        if raw.stmt is None:
            continue
        kind = _classify_node(raw.stmt)
        if kind[0] is not StatementClass.RUN:
            found = kind
            if kind[0] is StatementClass.REFUSED:
                break
    names = frozenset(_names(parsed)) if found[0] is StatementClass.OUTSIDE else frozenset()
    return found[0], found[1], names


_TX = enums.TransactionStmtKind
_FRAMING = {_TX.TRANS_STMT_BEGIN, _TX.TRANS_STMT_START, _TX.TRANS_STMT_COMMIT}
_ALWAYS_OUTSIDE: dict[type, str] = {
    ast.VacuumStmt: "VACUUM cannot run inside a transaction block",
    ast.AlterSystemStmt: "ALTER SYSTEM cannot run inside a transaction block",
    ast.CreatedbStmt: "CREATE DATABASE cannot run inside a transaction block",
    ast.DropdbStmt: "DROP DATABASE cannot run inside a transaction block",
    ast.CreateTableSpaceStmt: "CREATE TABLESPACE cannot run inside a transaction block",
    ast.DropTableSpaceStmt: "DROP TABLESPACE cannot run inside a transaction block",
    ast.CreateSubscriptionStmt: "CREATE SUBSCRIPTION cannot run inside a transaction block",
    ast.DropSubscriptionStmt: "DROP SUBSCRIPTION cannot run inside a transaction block",
}


def _classify_node(stmt: ast.Node) -> tuple[StatementClass, str]:
    outside = StatementClass.OUTSIDE
    if isinstance(stmt, ast.TransactionStmt):
        if stmt.kind in _FRAMING and not stmt.chain:
            return StatementClass.FRAMING, ""
        if stmt.kind in (_TX.TRANS_STMT_ROLLBACK, _TX.TRANS_STMT_COMMIT):
            return (
                StatementClass.REFUSED,
                "ends the transaction apply runs the file in (remove it: the file runs in one "
                "transaction, rolled back on any error)",
            )
        if stmt.kind in (
            _TX.TRANS_STMT_PREPARE,
            _TX.TRANS_STMT_COMMIT_PREPARED,
            _TX.TRANS_STMT_ROLLBACK_PREPARED,
        ):
            return outside, "prepared transactions cannot be handled inside a transaction block"
        return StatementClass.RUN, ""  # SAVEPOINT, RELEASE, ROLLBACK TO
    if isinstance(stmt, ast.VacuumStmt) and not stmt.is_vacuumcmd:
        return StatementClass.RUN, ""  # ANALYZE alone runs in a transaction
    for node_type, why in _ALWAYS_OUTSIDE.items():
        if isinstance(stmt, node_type):
            return outside, why
    if isinstance(stmt, ast.IndexStmt) and stmt.concurrent:
        return outside, "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"
    if isinstance(stmt, ast.DropStmt) and stmt.concurrent:
        return outside, "DROP INDEX CONCURRENTLY cannot run inside a transaction block"
    if isinstance(stmt, ast.ReindexStmt):
        params = {p.defname for p in stmt.params or () if isinstance(p, ast.DefElem)}
        if "concurrently" in params:
            return outside, "REINDEX CONCURRENTLY cannot run inside a transaction block"
        if stmt.kind in (
            enums.ReindexObjectType.REINDEX_OBJECT_DATABASE,
            enums.ReindexObjectType.REINDEX_OBJECT_SYSTEM,
        ):
            return outside, "REINDEX DATABASE/SYSTEM cannot run inside a transaction block"
    if isinstance(stmt, ast.ClusterStmt) and stmt.relation is None:
        return outside, "CLUSTER without a table cannot run inside a transaction block"
    if isinstance(stmt, ast.AlterDatabaseStmt) and any(
        isinstance(o, ast.DefElem) and o.defname == "tablespace" for o in stmt.options or ()
    ):
        return outside, "ALTER DATABASE SET TABLESPACE cannot run inside a transaction block"
    if isinstance(stmt, ast.AlterTableStmt):
        for cmd in stmt.cmds or ():
            partition = getattr(cmd, "def_", None)
            if (
                isinstance(cmd, ast.AlterTableCmd)
                and cmd.subtype == enums.AlterTableType.AT_DetachPartition
                and isinstance(partition, ast.PartitionCmd)
                and partition.concurrent
            ):
                return (
                    outside,
                    "DETACH PARTITION CONCURRENTLY cannot run inside a transaction block",
                )
    return StatementClass.RUN, ""


def _names(node: object) -> Iterator[str]:
    """The objects a statement run after the commit changes: the index it creates or drops,
    the partition it detaches. Not the table an index is on: the rest of that table must
    still match the target inside the transaction."""
    if isinstance(node, ast.IndexStmt) and node.idxname:
        yield node.idxname
    if isinstance(node, ast.DropStmt):
        for obj in node.objects or ():
            parts = obj if isinstance(obj, tuple | list) else ()
            strings = [p.sval for p in parts if isinstance(p, ast.String) and p.sval]
            if strings:
                yield strings[-1]
    if isinstance(node, ast.PartitionCmd) and node.name is not None and node.name.relname:
        yield node.name.relname
    if isinstance(node, ast.Node):
        for name in node:
            yield from _names(getattr(node, name))
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _names(item)
