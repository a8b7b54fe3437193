"""A run's claim on the databases it creates, and the clean-up of runs that died.

Every database a run creates (test clones, templates under construction) is named
``schemadiff_run_<run id>_...``. Every process of the run that uses the server (each xdist
worker) holds a shared advisory lock keyed by the run's id for as long as it lives; the lock
dies with its connection, so a database whose run's lock is free belongs to a run that
crashed or was killed, and the next run drops it. This works for the private
cluster and for a server shared by several machines alike.
"""

from __future__ import annotations

import re
import secrets

import psycopg2
import psycopg2.extensions

from ..connect import fetch_row, open_connection
from ..server import SchemaDiffServer

__all__ = ["RUN_PREFIX", "RunLease", "new_run_id"]

RUN_PREFIX = "schemadiff_run_"
_LOCK_CLASS = 0x5D20  # first half of our advisory lock keys: "runs"
_RUN_DATABASE = re.compile(rf"^{RUN_PREFIX}([0-9a-f]{{8}})_")


def new_run_id() -> str:
    return secrets.token_hex(4)


def _lock_key(run_id: str) -> int:
    return int(run_id, 16) - 2**31


class RunLease:
    """Hold this run's lock; drop the databases of dead runs."""

    def __init__(self, server: SchemaDiffServer, run_id: str) -> None:
        self.server = server
        self.run_id = run_id
        self._conn: psycopg2.extensions.connection | None = None

    def acquire(self) -> None:
        # Advisory locks are per database: everyone takes them in the maintenance database.
        # Shared: the workers of one run hold it together; a cleanup's exclusive try fails
        # while any of them lives.
        self._conn = open_connection(self.server.url, autocommit=True)
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT pg_advisory_lock_shared(%s, %s)", (_LOCK_CLASS, _lock_key(self.run_id))
            )
        self.drop_dead_runs()

    def drop_dead_runs(self) -> list[str]:
        """Drop databases of runs whose lock is free; return their names."""
        assert self._conn is not None
        dropped = []
        for name in self.server.list_databases():
            match = _RUN_DATABASE.match(name)
            if not match or match.group(1) == self.run_id:
                continue
            key = _lock_key(match.group(1))
            with self._conn.cursor() as cur:
                cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (_LOCK_CLASS, key))
                (dead,) = fetch_row(cur)
                if dead:
                    cur.execute("SELECT pg_advisory_unlock(%s, %s)", (_LOCK_CLASS, key))
            if dead:
                self.server.drop_database(name)
                dropped.append(name)
        return dropped

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
