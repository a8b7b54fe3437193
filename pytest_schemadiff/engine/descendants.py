"""Locks on the inheritance children and partitions of the tables a statement locks.

Most ALTER TABLE forms, CREATE INDEX, triggers and DROP INDEX / TABLE on a parent recurse
to its children and partitions, locking each of them in the same mode (measured in
tests/test_cases.py); the statement's SQL names only the parent, so the locks on the
descendants come from the catalogs: A's hierarchy and B's (a partition created earlier
in the plan is locked too). Forms that change the parent alone are left as they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .hazards import Lock, display, relation_name
from .model import Catalog, Constraint, ForeignTable, Kind, Table
from .plan import Statement

__all__ = ["with_descendant_locks"]

# The forms that recurse (head of the SQL, normalized) ...
_RECURSIVE = (
    "ALTER TABLE ",
    "ALTER FOREIGN TABLE ",
    "CREATE INDEX ",
    "CREATE UNIQUE INDEX ",
    "CREATE TRIGGER ",
    "CREATE OR REPLACE TRIGGER ",
    "CREATE CONSTRAINT TRIGGER ",
    "DROP TRIGGER ",
    "DROP INDEX ",
    "DROP TABLE ",
)
# ... but for these, which change the named relation alone.
_PARENT_ONLY = (
    " OWNER TO ",
    " RENAME TO ",
    " SET SCHEMA ",
    " ON ONLY ",
    " ATTACH PARTITION ",
    " DETACH PARTITION ",
    " INHERIT ",
    " ROW LEVEL SECURITY",
    " REPLICA IDENTITY ",
    " CLUSTER ON ",
    " SET WITHOUT CLUSTER",
    " SET (",
    " RESET (",
)


def _children(catalogs: Iterable[Catalog]) -> dict[str, set[str]]:
    """parent -> its direct children and partitions (``Lock.relation`` names)."""
    out: dict[str, set[str]] = {}
    for catalog in catalogs:
        for obj in catalog.of_kind(Kind.TABLE, Kind.FOREIGN_TABLE):
            if not isinstance(obj, (Table, ForeignTable)):
                continue
            child = relation_name(obj.schema, obj.name)
            for parent in (*obj.inherits, *([obj.partition_of] if obj.partition_of else [])):
                out.setdefault(display(parent), set()).add(child)
    return out


def _descendants(relation: str, children: dict[str, set[str]]) -> list[str]:
    found: list[str] = []
    todo = sorted(children.get(relation, ()))
    while todo:
        child = todo.pop(0)
        if child not in found and child != relation:
            found.append(child)
            todo += sorted(children.get(child, ()))
    return found


def _recurses(statement: Statement, a: Catalog) -> bool:
    head = " ".join(statement.sql[:200].split()).upper()
    if not head.startswith(_RECURSIVE) or any(w in f" {head} " for w in _PARENT_ONLY):
        return False
    if head.startswith("ALTER TABLE ONLY ") and " DROP COLUMN " not in f" {head} ":
        # ONLY keeps the change on the parent; a dropped column still updates the
        # children's inheritance counts (measured).
        return False
    # A NO INHERIT constraint is the parent's alone: as added, or as A had it when dropped.
    if " ADD CONSTRAINT " in f" {head} ":
        return "NO INHERIT" not in statement.sql.upper()
    old = a.objects.get(statement.key)
    return not (
        " DROP CONSTRAINT " in f" {head} "
        and isinstance(old, Constraint)
        and "NO INHERIT" in old.definition
    )


def with_descendant_locks(statements: list[Statement], a: Catalog, b: Catalog) -> list[Statement]:
    """``statements``, each recursive one also locking the descendants of the tables it
    locks, in the same mode."""
    children = _children((a, b))
    if not children:
        return statements
    out = []
    for statement in statements:
        if not _recurses(statement, a):
            out.append(statement)
            continue
        # A relation the statement locks itself keeps that lock (ALTER TABLE child
        # INHERIT parent: the child is not locked as the parent is). A dropped
        # partition's lock on its parent does not reach the parent's other partitions.
        declared = {lock.relation for lock in statement.locks}
        dropped = statement.sql.lstrip().upper().startswith(("DROP TABLE", "DROP FOREIGN"))
        extra = tuple(
            Lock(child, lock.mode)
            for lock in statement.locks
            if not (dropped and lock in statement.implied_locks)
            for child in _descendants(lock.relation, children)
            if child not in declared
        )
        extra = tuple(dict.fromkeys(extra))
        out.append(
            dataclasses.replace(statement, implied_locks=statement.implied_locks + extra)
            if extra
            else statement
        )
    return out
