"""What a statement did, measured in its own session, and the rules it is held to.

Shared by tests/engine/test_locks_measured.py (one hand-written plan, one statement per
transaction) and tests/test_cases.py (every plan of the acceptance corpus, in one
transaction): ``snapshot`` is one query, taken before the first statement and after each
one, and ``compare`` says where a statement did more than it declares:

- locks: the relation locks this session holds after the statement and did not hold before
  it, on relations that existed before it (a new one is nobody else's yet); the strongest
  new mode per relation must not be stronger than the mode the statement declares for it,
  or than a row-level mode (reading or writing rows) when it declares none. An index goes
  with its table: a table's ALTER locks its indexes, so indexes are not held to it. Nor is
  a composite type's pg_class row: only DDL on the type locks it (ALTER / DROP TYPE), no
  query does, so its lock blocks nothing a live system runs. And the other way round, a
  lock the statement declares on a relation that existed before it must be held after
  it, in that mode or a stronger one (in one transaction, maybe since an earlier
  statement): a declared lock the statement does not take is wrong too.
- rewrites: the tables and materialized views whose ``relfilenode`` changed across the
  statement (on relations that existed before and after it). A measured rewrite must be
  declared (``Hazard.REWRITES_TABLE``), and a declared one must happen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

__all__ = [
    "MODES",
    "ROW_LEVEL",
    "Snapshot",
    "compare",
    "display_name",
    "new_locks",
    "rewritten",
    "snapshot",
]

# Weakest first, as PostgreSQL's lock conflict table orders them.
MODES = [
    "AccessShareLock",
    "RowShareLock",
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock",
]
# What reading or writing rows takes: not a schema change's lock.
ROW_LEVEL = MODES.index("RowExclusiveLock")
# Relations whose rewrite is a hazard: those with rows (a partitioned table has no storage
# of its own; its partitions are tables).
_WITH_ROWS = ("r", "m")
# Relations not held to the lock rule (see the docstring): indexes, composite types.
_NOT_HELD = ("i", "I", "c")

# One query: the user relations (indexes too: DROP INDEX declares the index's lock) and
# the relation locks this session holds, both as JSON so that the round trip stays one.
_SNAPSHOT = """
SELECT
  (SELECT coalesce(json_agg(json_build_array(c.oid, n.nspname, c.relname, c.relkind,
                                             c.relfilenode)), '[]')
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'),
  (SELECT coalesce(json_agg(json_build_array(l.relation, l.mode)), '[]')
   FROM pg_locks l
   WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted)
"""

_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")


def display_name(schema: str, name: str) -> str:
    """``schema.name`` as ``Lock.relation`` writes it: quotes only where a part needs them."""
    return ".".join(
        part if _PLAIN.fullmatch(part) else '"' + part.replace('"', '""') + '"'
        for part in (schema, name)
    )


class Relation(NamedTuple):
    name: str
    kind: str
    filenode: int


class Snapshot(NamedTuple):
    """The user relations (by oid) and this session's relation locks, at one moment."""

    relations: Mapping[int, Relation]
    locks: frozenset[tuple[int, str]]


def snapshot(cur: Any) -> Snapshot:
    """The user relations and the relation locks this session holds, in one query."""
    cur.execute(_SNAPSHOT)
    relations, locks = cur.fetchone()
    return Snapshot(
        {
            oid: Relation(display_name(schema, name), kind, filenode)
            for oid, schema, name, kind, filenode in relations
        },
        frozenset((oid, mode) for oid, mode in locks),
    )


def new_locks(before: Snapshot, after: Snapshot) -> dict[str, tuple[str, str]]:
    """relation -> (relkind, strongest mode) of the locks taken between the snapshots, on
    relations that existed at ``before`` (a dropped one is gone from pg_class afterwards
    while its lock is still held)."""
    out: dict[str, tuple[str, str]] = {}
    for oid, mode in after.locks - before.locks:
        relation = before.relations.get(oid)
        if relation is None:
            continue
        was = out.get(relation.name, (relation.kind, MODES[0]))[1]
        out[relation.name] = (relation.kind, max(was, mode, key=MODES.index))
    return out


def rewritten(before: Snapshot, after: Snapshot) -> list[str]:
    """The tables and materialized views whose storage was replaced between the snapshots."""
    return sorted(
        old.name
        for oid, old in before.relations.items()
        if old.kind in _WITH_ROWS
        and oid in after.relations
        and after.relations[oid].filenode != old.filenode
    )


def compare(
    declared_locks: Iterable[tuple[str, str]],
    declares_rewrite: bool,
    before: Snapshot,
    after: Snapshot,
) -> list[str]:
    """Where the statement did other than it declares, one line each: ``takes <mode> on
    <relation>, declares <mode or nothing>``, ``declares <mode> on <relation>, holds <mode
    or nothing>``, ``rewrites <relation>, not declared``, ``declares a rewrite, none
    happened``."""
    declared: dict[str, str] = {}
    for relation, mode in declared_locks:
        # The strongest mode a statement declares on a relation is what it allows.
        declared[relation] = max(declared.get(relation, mode), mode, key=MODES.index)
    problems = []
    for relation, (kind, mode) in sorted(new_locks(before, after).items()):
        if kind in _NOT_HELD:
            continue
        allowed = MODES.index(declared[relation]) if relation in declared else ROW_LEVEL
        if MODES.index(mode) > allowed:
            problems.append(
                f"takes {mode} on {relation}, declares {declared.get(relation, 'nothing')}"
            )
    # A declared lock must be held after the statement, in its mode or a stronger one
    # (maybe since an earlier statement of the transaction): a declaration of a lock
    # the statement does not take is wrong too.
    held: dict[str, int] = {}
    for oid, mode in after.locks:
        relation = before.relations.get(oid)
        if relation is not None:
            held[relation.name] = max(held.get(relation.name, -1), MODES.index(mode))
    known = {relation.name for relation in before.relations.values()}
    for relation, mode in sorted(declared.items()):
        if relation in known and held.get(relation, -1) < MODES.index(mode):
            have = MODES[held[relation]] if relation in held else "nothing"
            problems.append(f"declares {mode} on {relation}, holds {have}")
    done = rewritten(before, after)
    if done and not declares_rewrite:
        problems.append(f"rewrites {', '.join(done)}, not declared")
    elif declares_rewrite and not done:
        problems.append("declares a rewrite, none happened")
    return problems
