"""Rows per table before and after the migration, and which statements may remove rows.

Counts are exact (``count(*)`` of every table, ``ONLY`` the table itself for one with
children), in sessions of their own, so the migration's session takes no lock for them. On a
test-size dump that is milliseconds; on a production-size one it costs what scanning its
tables costs, shared by a session per core. So each table is scanned as seldom as the rows
allow: once when the template the migration runs on a copy of is built (the counts are kept
with it: ``record.starting_from``), and after the migration only where its rows may have
changed (``probe._MAY_HAVE_CHANGED``); a load on anything else counts every table before.

Tables are followed by oid, so a renamed or rewritten table is still the same table. Which
statements may remove rows is read from PostgreSQL's own parse tree (pglast): ``DELETE`` and
``TRUNCATE`` anywhere in a statement, and the tables that reference those through a foreign
key (a cascade). Drops are seen as they happen (see ``probe``). A ``DO`` block or ``CALL`` is
not parsed: a table whose name it mentions counts as named by it.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from pglast import ast, enums

from ..connection import connect
from ..statement_rules import first_word, parse, walk
from .counts import Counts
from .model import TableRows

__all__ = [
    "Counter",
    "Counts",
    "count_rows",
    "dropped_columns",
    "explained_tables",
    "row_counter",
    "tables_rows",
]


class Counter(Protocol):
    """``row_counter``'s count: every table, or with ``only`` and ``known`` the tables
    ``only`` names (and new ones), the rest taken from ``known``."""

    def __call__(self, only: set[int] | None = None, known: Counts | None = None) -> Counts: ...


_COUNT_FUNCTION = """
CREATE FUNCTION pg_temp.schemadiff_count(t regclass, only_itself boolean) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s %s',
    CASE WHEN only_itself THEN 'ONLY' ELSE '' END, t) INTO n;
  RETURN n;
END $$
"""


_TABLES = """
SELECT c.oid, format('%I.%I', n.nspname, c.relname), c.relispartition, c.relkind
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'
ORDER BY 2
"""
# Only for the tables to count: pg_relation_size opens (and locks) its table, which costs
# about 60 us a table (70 ms of a 1000-table schema's count after a migration that changed
# ten of them).
_SIZES = """
SELECT t.oid, pg_relation_size(t.oid) FROM unnest(%s::oid[]) AS t(oid)
"""
_COUNT = """
SELECT t.oid, pg_temp.schemadiff_count(t.oid::regclass, t.only_itself)
FROM unnest(%s::oid[], %s::boolean[]) AS t(oid, only_itself)
"""
# Past this many bytes of tables to scan, more sessions share the scans (``SESSIONS`` at most,
# no more than the machine has cores): a production copy's count takes seconds, while a
# session of its own costs about 15 ms, more than a test dump's whole count.
PARALLEL_BYTES = 64 << 20
SESSIONS = 4


@contextlib.contextmanager
def row_counter(url: str) -> Iterator[Counter]:
    """Counts of ``url``'s tables, taken as often as asked in the same sessions: the count
    after the migration finds the relations already open (a fresh session builds its cache
    entry of each of a thousand tables first, most of a small count's time). The sessions are
    idle in between: they hold no lock while the migration runs. The database is not written
    while a count runs (before the migration, and after it), so counting its tables in
    separate statements and sessions gives what one statement would."""
    sessions = max(1, min(SESSIONS, os.cpu_count() or 1))
    with contextlib.ExitStack() as stack:
        cursors: list[Any] = []

        def session() -> Any:
            conn = stack.enter_context(connect(url, autocommit=True))
            cur = stack.enter_context(conn.cursor())
            # One round trip for a session's counts (a function of the session runs each): a
            # dump of thousands of tables, most of them small, costs their scans, not as many
            # round trips.
            cur.execute(_COUNT_FUNCTION)
            return cur

        cursors.append(session())

        def count(only: set[int] | None = None, known: Counts | None = None) -> Counts:
            """Every table's rows; with ``only`` and ``known``, those of a table that
            ``known`` has and ``only`` does not name are taken from ``known``, not counted
            (the migration did not touch it)."""
            cur = cursors[0]
            cur.execute(_TABLES)
            rows, names, partitions, partitioned = {}, {}, set(), set()
            kinds: dict[int, str] = {}
            for oid, name, partition, kind in cur.fetchall():
                names[oid] = name
                if partition:
                    partitions.add(oid)
                if kind == "p":
                    partitioned.add(oid)
                if known is not None and oid in known.rows and _untouched(oid, kind, only, known):
                    rows[oid] = known.rows[oid]
                else:
                    kinds[oid] = kind
            todo: list[tuple[int, bool, int]] = []
            if kinds:
                cur.execute(_SIZES, (list(kinds),))
                for oid, size in cur.fetchall():
                    if kinds[oid] == "r" and size == 0:
                        rows[oid] = 0  # a table without a page of its own has no rows: no scan
                    else:
                        todo.append((oid, kinds[oid] != "p", int(size or 0)))
            wanted = sessions if sum(size for *_, size in todo) > PARALLEL_BYTES else 1
            while len(cursors) < wanted:
                cursors.append(session())
            groups = _shares(todo, wanted)
            if wanted == 1:
                counted = _count(cursors[0], groups[0])
            else:
                with concurrent.futures.ThreadPoolExecutor(wanted) as pool:
                    # psycopg2 lets go of the GIL while a query runs: the scans overlap.
                    parts = pool.map(_count, cursors[:wanted], groups)
                    counted = [pair for part in parts for pair in part]
            for oid, n in counted:
                rows[oid] = int(n or 0)
            cur.execute("SELECT confrelid, conrelid FROM pg_constraint WHERE contype = 'f'")
            references: dict[int, set[int]] = {}
            for referenced, referencing in cur.fetchall():
                references.setdefault(referenced, set()).add(referencing)
            return Counts(rows, names, frozenset(partitions), references, frozenset(partitioned))

        yield count


def _untouched(oid: int, kind: str, only: set[int] | None, known: Counts) -> bool:
    """Whether the migration left the rows of table ``oid`` alone: not locked by it (see
    ``only``). A partitioned table counts its partitions' rows: a row written into a
    partition directly locks the partition alone, so it is left alone only when no
    partition was locked."""
    if only is None or oid in only:
        return False
    return kind != "p" or not (only & known.partitions)


def _shares(tables: list[tuple[int, bool, int]], parts: int) -> list[list[tuple[int, bool, int]]]:
    """``tables`` (oid, only itself, bytes) split in ``parts`` of about the same bytes."""
    shares: list[list[tuple[int, bool, int]]] = [[] for _ in range(parts)]
    load = [0] * parts
    for table in sorted(tables, key=lambda t: -t[2]):
        lightest = load.index(min(load))
        shares[lightest].append(table)
        load[lightest] += table[2]
    return shares


def _count(cur: Any, tables: list[tuple[int, bool, int]]) -> list[tuple[int, int]]:
    if not tables:
        return []
    cur.execute(_COUNT, ([oid for oid, _, _ in tables], [only for _, only, _ in tables]))
    return [(int(oid), int(n or 0)) for oid, n in cur.fetchall()]


def count_rows(url: str) -> Counts:
    """Exact rows of every user table of ``url``."""
    with row_counter(url) as count:
        return count()


def tables_rows(before: Counts, after: Counts) -> list[TableRows]:
    """One entry per table, by oid, under its name after the migration (and the one it had
    before, if renamed); a table dropped and one created under its name (a copy swapped in)
    read as one. Tables that remain are listed first, so a dropped table never hides one
    renamed to its name (its drop is the data loss of the statement that dropped it)."""
    entries: dict[str, TableRows] = {}
    for oid, name in before.names.items():
        after_name = after.names.get(oid)
        if after_name is not None:
            renamed_from = name if after_name != name else None
            entries[after_name] = TableRows(
                after_name, before.rows[oid], after.rows[oid], renamed_from
            )
    for oid, name in after.names.items():
        if oid not in before.names:
            entries[name] = TableRows(name, None, after.rows[oid])
    for oid, name in before.names.items():
        if oid in after.names:
            continue
        held = entries.get(name)
        if held is None:
            entries[name] = TableRows(name, before.rows[oid], None)
        elif held.rows_before is None:
            entries[name] = TableRows(name, before.rows[oid], held.rows_after)
    return [entries[name] for name in sorted(entries)]


def _relation_name(node: ast.RangeVar) -> str:
    return node.relname or ""


def _named(texts: Iterable[str]) -> tuple[set[str], list[str]]:
    """Table names (unqualified) that a DELETE or TRUNCATE names, and the texts of DO/CALL
    statements (searched for names)."""
    names: set[str] = set()
    opaque: list[str] = []
    for text in texts:
        word = first_word(text)
        if word in ("DO", "CALL"):
            opaque.append(text)
            continue
        parsed = parse(text)  # cached: the loader's checks parsed the same text already
        if parsed is None:
            opaque.append(text)
            continue
        for raw in parsed:
            for node in walk(raw.stmt):
                if isinstance(node, ast.DeleteStmt) and node.relation is not None:
                    names.add(_relation_name(node.relation))
                elif isinstance(node, ast.TruncateStmt):
                    names.update(_relation_name(r) for r in node.relations or ())
                elif isinstance(node, ast.DoStmt | ast.CallStmt):
                    opaque.append(text)
    return names, opaque


def explained_tables(texts: list[str], before: Counts, after: Counts) -> set[int]:
    """Oids of the tables a statement may remove rows from: named by a DELETE or TRUNCATE
    (or a DO block / CALL), and those referencing them through foreign keys (before the
    migration, or added by it)."""
    names, opaque = _named(texts)
    found = set()
    for oid, qualified in before.names.items():
        bare = qualified.rsplit(".", 1)[-1].strip('"')
        if bare in names or any(
            re.search(rf"\b{re.escape(bare)}\b", text, re.IGNORECASE) for text in opaque
        ):
            found.add(oid)
    todo = list(found)
    while todo:
        referenced = todo.pop()
        referencing_tables = before.references.get(referenced, set()) | after.references.get(
            referenced, set()
        )
        for referencing in referencing_tables:
            if referencing not in found:
                found.add(referencing)
                todo.append(referencing)
    return found


def dropped_columns(text: str) -> list[tuple[str, str]]:
    """(relation as written, column) of each ``ALTER TABLE ... DROP COLUMN`` in ``text``."""
    if "DROP" not in text.upper():
        return []
    parsed = parse(text)
    if parsed is None:
        return []
    found = []
    for raw in parsed:
        stmt = raw.stmt
        if not isinstance(stmt, ast.AlterTableStmt) or stmt.relation is None:
            continue
        relation = stmt.relation
        parts = [p for p in (relation.schemaname, relation.relname) if p]
        written = ".".join(_quote(p) for p in parts)
        for cmd in stmt.cmds or ():
            if (
                isinstance(cmd, ast.AlterTableCmd)
                and cmd.subtype == enums.AlterTableType.AT_DropColumn
                and cmd.name
            ):
                found.append((written, cmd.name))
    return found


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
