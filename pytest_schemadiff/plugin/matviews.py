"""Materialized views populated after the dump is loaded, as production has them.

``pg_dump --schema-only`` writes every materialized view ``WITH NO DATA``; production has
them populated. A migration that runs ``REFRESH MATERIALIZED VIEW CONCURRENTLY`` (directly or
in a function it calls) then fails in the test ("CONCURRENTLY cannot be used when the
materialized view is not populated") and succeeds in production. So the pre state
refreshes every view the dump left unpopulated, each after the views it reads
(``pg_depend`` through the rewrite rules of the view and of the plain views it reads;
otherwise in name order), unless ``--schemadiff-matviews empty`` keeps them as they are.
A ``pg_dump`` with data is left as it is: it refreshes the views production had populated
itself (a ``REFRESH`` after the data), so the ones it leaves empty were empty in production.
"""

from __future__ import annotations

import graphlib
import subprocess
from pathlib import Path

import psycopg2
from psycopg2 import sql

from ..connection import connect
from ..errors import LoadError

__all__ = ["dump_has_data", "populate"]

_UNPOPULATED = """
SELECT c.oid, n.nspname, c.relname
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'm' AND NOT c.relispopulated
ORDER BY n.nspname, c.relname
"""

# Materialized view -> the materialized views its query reads, directly or through plain
# views (followed through their rewrite rules, as pg_depend records them).
_READS = """
WITH RECURSIVE reads (view, rel) AS (
    SELECT r.ev_class, d.refobjid
    FROM pg_rewrite r
    JOIN pg_class m ON m.oid = r.ev_class AND m.relkind = 'm'
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
  UNION
    SELECT reads.view, d.refobjid
    FROM reads
    JOIN pg_class v ON v.oid = reads.rel AND v.relkind = 'v'
    JOIN pg_rewrite r ON r.ev_class = v.oid
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid
)
SELECT DISTINCT reads.view, reads.rel
FROM reads JOIN pg_class c ON c.oid = reads.rel AND c.relkind = 'm'
"""


def populate(url: str, *, source: str) -> list[str]:
    """Refresh the unpopulated materialized views of ``url``'s database, dependencies first;
    return their names (``schema.name``). ``source`` (the dump) names the input in errors:
    a view whose query fails on the dump's data is a LoadError with PostgreSQL's DETAIL."""
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(_UNPOPULATED)
        views = {oid: (schema, name) for oid, schema, name in cur.fetchall()}
        if not views:
            return []
        cur.execute(_READS)
        order = graphlib.TopologicalSorter[int]({oid: set() for oid in views})
        for view, read in cur.fetchall():
            if view in views and read in views:
                order.add(view, read)
        done = []
        for oid in order.static_order():
            schema, name = views[oid]
            statement = sql.SQL("REFRESH MATERIALIZED VIEW {}.{}").format(
                sql.Identifier(schema), sql.Identifier(name)
            )
            try:
                cur.execute(statement)
            except psycopg2.Error as exc:
                raise LoadError(
                    f"{source}: populating materialized view {schema}.{name} after loading "
                    f"it: {_one_line(exc)} (--schemadiff-matviews empty keeps the views empty)"
                ) from None
            done.append(f"{schema}.{name}")
        return done


# pg_dump's comment before each table's rows, in COPY and --inserts output alike.
_DATA_MARK = b"\n-- Data for Name: "
_CHUNK = 1 << 20


def dump_has_data(path: Path, bin_dir: Path) -> bool:
    """Whether ``path`` is a ``pg_dump`` output with table data (plain: its ``-- Data for
    Name:`` comments; an archive: ``TABLE DATA`` entries in its table of contents). A
    hand-written SQL file is not, even with INSERTs: it says nothing of production's views."""
    if path.is_dir():
        archive = (path / "toc.dat").is_file()  # else a directory of SQL files
        if not archive:
            return False
    else:
        with path.open("rb") as file:
            head = file.read(512)
        archive = head.startswith(b"PGDMP") or head[257:262] == b"ustar"
    if archive:
        listing = subprocess.run(
            [str(bin_dir / "pg_restore"), "--list", str(path)],
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        return " TABLE DATA " in listing.stdout
    with path.open("rb") as file:
        tail = b""
        while chunk := file.read(_CHUNK):
            if _DATA_MARK in tail + chunk:
                return True
            tail = chunk[-len(_DATA_MARK) :]
    return False


def _one_line(exc: psycopg2.Error) -> str:
    diag = exc.diag
    parts = [(diag.message_primary or str(exc)).strip()]
    if diag.message_detail:
        parts.append(f"DETAIL: {diag.message_detail}")
    if diag.message_hint:
        parts.append(f"HINT: {diag.message_hint}")
    return "; ".join(parts)
