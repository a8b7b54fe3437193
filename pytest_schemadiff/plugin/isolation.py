"""Per-test isolation without a clone per test.

Each worker keeps one clone of each template. After a test, the clone's own activity
statistics say what the test changed:

- nothing: the clone is reused as it is (one cheap look at the database's counters);
- sequences only: they are set back;
- rows in tables that were empty in the template: those rows are deleted (foreign keys and
  triggers off for the clean-up) and sequences set back, in milliseconds;
- anything else (DDL, temporary tables, rows in tables the template filled, ALTER DATABASE):
  the clone is dropped and cloned again, which costs over a second on a 1000-table schema.

The statistics are trustworthy only once every session of the test has ended and flushed
them, so the test's sessions are terminated first; and only from PostgreSQL 15 on, where
statistics live in shared memory (before, a collector process received them late). On
PostgreSQL 14 and older, or with ``track_counts`` off, every test gets a fresh clone.

At the end of a run a clean clone is kept as a *spare* of its template, which the next run
claims by renaming it: a warm run does not wait for a clone before its first test.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

from ..connection import connect, fetch_row, open_connection
from ..server import SchemaDiffServer
from .templates import Template

__all__ = ["WorkingDatabase"]

# Oids below this belong to the system catalogs (FirstNormalObjectId).
_FIRST_USER_OID = 16384
_MAX_SPARES = 8

# Every tuple written in this database, by anyone (shared catalogs count elsewhere), and
# this database's ALTER DATABASE ... SET entries (a shared catalog, so counted apart).
_DATABASE_WRITES = """
SELECT d.tup_inserted + d.tup_updated + d.tup_deleted,
       (SELECT count(*) FROM pg_db_role_setting s WHERE s.setdatabase = d.datid)
FROM pg_stat_database d WHERE d.datname = current_database()
"""
# Per-table write counters, for finding what a test wrote to; shared catalogs are left out
# (every CREATE DATABASE on the server writes pg_database).
_TABLE_WRITES = """
SELECT s.relid, s.n_tup_ins + s.n_tup_upd + s.n_tup_del
FROM pg_stat_all_tables s JOIN pg_class c ON c.oid = s.relid
WHERE NOT c.relisshared
"""
_TABLE_WRITES_OF = _TABLE_WRITES + " AND s.relid = ANY(%s)"
# A sequence's whole state is (last_value, is_called): pg_sequence_last_value() is NULL for
# every never-called sequence, so it misses setval(s, n, false). Read the sequences.
_SEQUENCES = """
SELECT c.oid, format('%I.%I', n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'S' AND c.relpersistence <> 't'
"""
_USER_TABLES = """
SELECT c.oid, format('%%I.%%I', n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = ANY(%s) AND c.relkind = 'r'
"""


@dataclass(frozen=True)
class _Snapshot:
    database_writes: tuple[int, int]
    tables: dict[int, int]
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
        self._sequence_names: list[tuple[int, str]] = []
        self._clean = False
        self.clones = 0  # how many times it was (re)cloned, for benchmarks and tests
        self.resets = 0

    def acquire(self) -> str:
        """Make sure the clone exists in the template's state; return its URL."""
        if self._conn is None:
            if not self._claim_spare():
                self._clone()
            self._connect()
        self._clean = False
        return self.url

    def release(self) -> None:
        """After a test: bring the clone back to the template's state, as cheaply as possible."""
        if self._conn is None:
            return
        try:
            self._end_other_sessions()
            if not self._reset_in_place():
                self._clone()
                self._connect()
        except psycopg2.Error:
            # Whatever happened, a fresh clone is the exact state.
            self._clone()
            self._connect()
        self._clean = True

    def close(self) -> None:
        """End of the run: keep a clean clone as a spare for the next run, else drop it."""
        was_clean = self._clean and self._conn is not None
        self._disconnect()
        if was_clean and self._keep_as_spare():
            return
        self.server.drop_database(self.name)

    # -- cloning -----------------------------------------------------------------------

    def _clone(self) -> None:
        self._disconnect()
        self.server.drop_database(self.name)
        self.server.create_database(self.name, template=self.template.name)
        self.clones += 1

    def _connect(self) -> None:
        self._conn = open_connection(self.url, autocommit=True)
        with self._conn.cursor() as cur:
            cur.execute(_SEQUENCES)
            self._sequence_names = cur.fetchall()
        self._baseline = self._snapshot() if self._stats_usable() else None

    def _disconnect(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._baseline = None

    def _spare_names(self) -> list[str]:
        return [f"{self.template.name}_s{n}" for n in range(_MAX_SPARES)]

    def _rename(self, old: str, new: str) -> bool:
        with connect(self.server.url, autocommit=True) as conn, conn.cursor() as cur:
            try:
                cur.execute(
                    sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                        sql.Identifier(old), sql.Identifier(new)
                    )
                )
            except psycopg2.Error:
                return False  # taken by another worker, or gone
        return True

    def _claim_spare(self) -> bool:
        """Take over a clean clone an earlier run left for this template."""
        existing = set(self.server.list_databases())
        if self.name in existing:
            self.server.drop_database(self.name)
        return any(
            self._rename(spare, self.name) for spare in self._spare_names() if spare in existing
        )

    def _keep_as_spare(self) -> bool:
        existing = set(self.server.list_databases())
        return any(
            self._rename(self.name, spare) for spare in self._spare_names() if spare not in existing
        )

    # -- resetting ---------------------------------------------------------------------

    def _stats_usable(self) -> bool:
        assert self._conn is not None
        with self._conn.cursor() as cur:
            cur.execute("SELECT current_setting('track_counts')::bool")
            (track_counts,) = fetch_row(cur)
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
                (remaining,) = fetch_row(cur)
                if not remaining:
                    return
                time.sleep(0.01)

    def _fresh_statistics(self, cur: psycopg2.extensions.cursor) -> None:
        # Our own pending statistics (from a reset) must be visible, and nothing cached.
        cur.execute("SELECT pg_stat_force_next_flush()")
        cur.execute("SELECT pg_stat_clear_snapshot()")

    def _database_writes(self, cur: psycopg2.extensions.cursor) -> tuple[int, int]:
        cur.execute(_DATABASE_WRITES)
        writes, settings = fetch_row(cur)
        return int(writes), int(settings)

    def _snapshot(self) -> _Snapshot:
        assert self._conn is not None
        with self._conn.cursor() as cur:
            self._fresh_statistics(cur)
            database_writes = self._database_writes(cur)
            cur.execute(_TABLE_WRITES)
            tables = dict(cur.fetchall())
            sequences = self._sequence_states(cur)
        return _Snapshot(database_writes, tables, sequences)

    def _sequence_states(self, cur: psycopg2.extensions.cursor) -> dict[int, tuple[int, bool]]:
        """(last_value, is_called) of every sequence, in one round trip."""
        if not self._sequence_names:
            return {}
        cur.execute(
            sql.SQL(" UNION ALL ").join(
                sql.SQL("SELECT {}::oid, last_value, is_called FROM {}").format(
                    sql.Literal(oid),
                    sql.SQL(name),  # from format('%I.%I')
                )
                for oid, name in self._sequence_names
            )
        )
        return {oid: (value, called) for oid, value, called in cur.fetchall()}

    def _reset_in_place(self) -> bool:
        """Undo the test's changes without cloning; False when only a clone can."""
        before = self._baseline
        if before is None or self._conn is None:
            return False
        with self._conn.cursor() as cur:
            self._fresh_statistics(cur)
            database_writes = self._database_writes(cur)
            try:
                sequences = self._sequence_states(cur)
            except psycopg2.Error:
                return False  # a sequence was dropped
            if database_writes[1] != before.database_writes[1]:
                return False  # ALTER DATABASE ... SET
            moved = [oid for oid, state in sequences.items() if state != before.sequences[oid]]
            if database_writes == before.database_writes:
                self._restore_sequences(cur, before, moved)
                return True
            cur.execute(_TABLE_WRITES)
            changed = {oid for oid, count in cur.fetchall() if count != before.tables.get(oid, 0)}
            if any(oid < _FIRST_USER_OID for oid in changed):
                return False  # DDL, temporary tables, ANALYZE...: the catalogs changed
            if changed & self.template.tables_with_rows:
                return False
            cur.execute(_USER_TABLES, (sorted(changed),))
            if not self._delete_rows(cur, cur.fetchall()):
                return False
            self._restore_sequences(cur, before, moved)
            # Our own deletes moved the counters: take them as the new baseline.
            self._fresh_statistics(cur)
            cur.execute(_TABLE_WRITES_OF, (sorted(changed),))
            tables = {**before.tables, **dict(cur.fetchall())}
            self._baseline = replace(
                before, database_writes=self._database_writes(cur), tables=tables
            )
        self.resets += 1
        return True

    def _restore_sequences(
        self, cur: psycopg2.extensions.cursor, before: _Snapshot, moved: list[int]
    ) -> None:
        for oid in moved:
            value, called = before.sequences[oid]
            cur.execute("SELECT setval(%s::oid::regclass, %s, %s)", (oid, value, called))

    def _delete_rows(self, cur: psycopg2.extensions.cursor, tables: list[tuple[int, str]]) -> bool:
        """Empty the tables a test filled, without firing the application's triggers or
        checking foreign keys between them (``session_replication_role = replica``, which
        needs a superuser or, from PostgreSQL 15, the SET privilege on it)."""
        if not tables:
            return True
        statements = sql.SQL("; ").join(
            sql.SQL("DELETE FROM ONLY {}").format(sql.SQL(name))  # from format('%I.%I')
            for _, name in tables
        )
        try:
            cur.execute(
                sql.SQL("BEGIN; SET LOCAL session_replication_role = replica; {}; COMMIT").format(
                    statements
                )
            )
        except psycopg2.errors.InsufficientPrivilege:
            cur.execute("ROLLBACK")
            return False
        return True
