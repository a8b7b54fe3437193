"""Per-test isolation without a clone per test.

Each worker keeps one clone of each template. After a test, the clone's own activity
statistics say what the test changed: nothing (the clone is reused as it is), rows in tables
that were empty in the template (they are truncated and sequences put back, in
milliseconds), or anything else, such as DDL or rows in tables the template filled (the clone
is dropped and cloned again). Cloning a 1000-table template costs over a second, so most
tests must avoid it.

The statistics are trustworthy only once every session of the test has ended and flushed
them, so the test's sessions are terminated first; and only from PostgreSQL 15 on, where
statistics live in shared memory (before, a collector process received them late). On
PostgreSQL 14 and older, or with ``track_counts`` off, every test gets a fresh clone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

from .connect import open_connection
from .server import SchemaDiffServer
from .templates import Template

__all__ = ["WorkingDatabase"]

# Oids below this belong to the system catalogs (FirstNormalObjectId).
_FIRST_USER_OID = 16384

# Shared catalogs are left out: every CREATE DATABASE on the server (ours, landing in the
# statistics only when its session ends; other workers'; other runs') writes pg_database,
# which would otherwise re-clone after every test. pg_db_role_setting stays: it holds
# ALTER DATABASE ... SET of this database, which only a new clone undoes.
_WRITES = """
SELECT s.relid, s.n_tup_ins + s.n_tup_upd + s.n_tup_del
FROM pg_stat_all_tables s JOIN pg_class c ON c.oid = s.relid
WHERE NOT c.relisshared OR c.oid = 'pg_catalog.pg_db_role_setting'::regclass
"""
# A sequence's whole state is (last_value, is_called): pg_sequence_last_value() is NULL for
# every never-called sequence, so it misses setval(s, n, false) and cannot tell where a
# dump's setval(s, 500, false) left it. Read from the sequences themselves instead.
_SEQUENCES = """
SELECT c.oid, format('%I.%I', n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'S' AND c.relpersistence <> 't'
"""
# Tables a TRUNCATE ... CASCADE of the given tables also empties (foreign keys, recursively).
_CASCADE = """
WITH RECURSIVE reached(oid) AS (
    SELECT unnest(%s::oid[])
    UNION
    SELECT c.conrelid FROM pg_constraint c JOIN reached r ON c.confrelid = r.oid
    WHERE c.contype = 'f'
)
SELECT r.oid, format('%%I.%%I', n.nspname, k.relname)
FROM reached r JOIN pg_class k ON k.oid = r.oid JOIN pg_namespace n ON n.oid = k.relnamespace
WHERE k.relkind = 'r'
"""


@dataclass(frozen=True)
class _Snapshot:
    writes: dict[int, int]
    sequences: dict[int, tuple[int, bool]]


class WorkingDatabase:
    """One process's reusable clone of one template."""

    def __init__(self, server: SchemaDiffServer, template: Template, name: str) -> None:
        self.server = server
        self.template = template
        self.name = name
        self.url = server.database_url(name)
        self._conn: psycopg2.extensions.connection | None = None
        self._baseline: _Snapshot | None = None
        self.clones = 0  # how many times it was (re)cloned, for benchmarks and tests
        self.resets = 0

    def acquire(self) -> str:
        """Make sure the clone exists in the template's state; return its URL."""
        if self._conn is None:
            self._clone()
        return self.url

    def release(self) -> None:
        """After a test: bring the clone back to the template's state, as cheaply as possible."""
        if self._conn is None:
            return
        try:
            self._end_other_sessions()
            if not self._reset_in_place():
                self._clone()
        except psycopg2.Error:
            # Whatever happened, a fresh clone is the exact state.
            self._clone()

    def close(self) -> None:
        self._disconnect()
        self.server.drop_database(self.name)

    # -- cloning -----------------------------------------------------------------------

    def _clone(self) -> None:
        self._disconnect()
        self.server.drop_database(self.name)
        self.server.create_database(self.name, template=self.template.name)
        self.clones += 1
        self._conn = open_connection(self.url, autocommit=True)
        self._baseline = self._snapshot() if self._stats_usable() else None

    def _disconnect(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._baseline = None

    # -- resetting ---------------------------------------------------------------------

    def _stats_usable(self) -> bool:
        assert self._conn is not None
        with self._conn.cursor() as cur:
            cur.execute("SELECT current_setting('track_counts')::bool")
            (track_counts,) = cur.fetchone()
        return self._conn.server_version >= 150000 and bool(track_counts)

    def _end_other_sessions(self) -> None:
        """Terminate the test's sessions and wait until they are gone (stats flushed)."""
        assert self._conn is not None
        with self._conn.cursor() as cur:
            for _ in range(200):
                cur.execute(
                    "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                (remaining,) = cur.fetchone()
                if not remaining:
                    return
                time.sleep(0.01)

    def _snapshot(self) -> _Snapshot:
        assert self._conn is not None
        with self._conn.cursor() as cur:
            # Our own pending statistics (from a reset) must be visible, and nothing cached.
            cur.execute("SELECT pg_stat_force_next_flush()")
            cur.execute("SELECT pg_stat_clear_snapshot()")
            cur.execute(_WRITES)
            writes = dict(cur.fetchall())
            sequences = _sequence_states(cur)
        return _Snapshot(writes, sequences)

    def _reset_in_place(self) -> bool:
        """Undo the test's changes without cloning; False when only a clone can."""
        if self._baseline is None:
            return False
        now = self._snapshot()
        before = self._baseline
        changed = {oid for oid, count in now.writes.items() if count != before.writes.get(oid, 0)}
        if set(now.sequences) != set(before.sequences):
            return False
        if any(oid < _FIRST_USER_OID for oid in changed):
            return False  # DDL, temporary tables, ANALYZE...: the catalogs changed
        moved = [oid for oid, value in now.sequences.items() if value != before.sequences[oid]]
        if not changed and not moved:
            return True
        assert self._conn is not None
        with self._conn.cursor() as cur:
            tables: list[tuple[int, str]] = []
            if changed:
                cur.execute(_CASCADE, (sorted(changed),))
                tables = cur.fetchall()
            if any(oid in self.template.tables_with_rows for oid, _ in tables):
                return False
            if tables:
                cur.execute(
                    sql.SQL("TRUNCATE {}").format(
                        sql.SQL(", ").join(sql.SQL(name) for _, name in tables)  # from %I
                    )
                )
            for oid in moved:
                value, called = before.sequences[oid]
                cur.execute("SELECT setval(%s::oid::regclass, %s, %s)", (oid, value, called))
        self.resets += 1
        self._baseline = self._snapshot()
        return True


def _sequence_states(cur: psycopg2.extensions.cursor) -> dict[int, tuple[int, bool]]:
    """(last_value, is_called) of every sequence, in one round trip."""
    cur.execute(_SEQUENCES)
    sequences = cur.fetchall()
    if not sequences:
        return {}
    cur.execute(
        sql.SQL(" UNION ALL ").join(
            sql.SQL("SELECT {}::oid, last_value, is_called FROM {}").format(
                sql.Literal(oid),
                sql.SQL(name),  # from format('%I.%I')
            )
            for oid, name in sequences
        )
    )
    return {oid: (value, called) for oid, value, called in cur.fetchall()}
