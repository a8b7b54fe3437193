"""A run's claim on the databases it creates, and the clean-up of runs that died.

Every database a run creates (test clones, templates under construction, the ``schemadiff``
command's scratch databases) is named ``schemadiff_run_<run id>_...``. Every process of the
run that uses the server (each xdist worker) holds a shared advisory lock keyed by the run's
id for as long as it lives; the lock dies with its connection, so a database whose run's
lock is free belongs to a run that crashed or was killed, and the next run drops it. This
works for the private cluster and for a server shared by several machines alike.

Advisory locks belong to one database: every lock is taken in the same maintenance
database (``postgres``), whatever database the URL a run was given names; otherwise a run
pointed at another database would see every live run as dead. A run drops only what a dead
run of its own role created; another role's leftovers are skipped with a warning, as is
anything the server refuses to drop.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING

from ..errors import SchemaDiffError

if TYPE_CHECKING:
    import psycopg2.extensions

    from ..server import SchemaDiffServer

__all__ = [
    "MAINTENANCE_DATABASE",
    "RUN_PREFIX",
    "RunLease",
    "maintenance_url",
    "new_run_id",
]

RUN_PREFIX = "schemadiff_run_"
MAINTENANCE_DATABASE = "postgres"
_LOCK_CLASS = 0x5D20  # first half of our advisory lock keys: "runs"
_RUN_DATABASE = re.compile(rf"^{RUN_PREFIX}([0-9a-f]{{8}})_")


def new_run_id() -> str:
    return secrets.token_hex(4)


def maintenance_url(server: SchemaDiffServer) -> str:
    """Where every run takes its advisory locks: one database for all of them."""
    from ..connection import with_database

    return with_database(server.url, MAINTENANCE_DATABASE)


def _lock_key(run_id: str) -> int:
    return int(run_id, 16) - 2**31


class RunLease:
    """Hold this run's lock; drop the databases of dead runs."""

    def __init__(self, server: SchemaDiffServer, run_id: str) -> None:
        self.server = server
        self.run_id = run_id
        # Leftovers of dead runs this run may not drop, one line each: said at the end of
        # the run (or by the command), never an abort, whatever a project does with warnings.
        self.skipped: list[str] = []
        self._conn: psycopg2.extensions.connection | None = None

    def acquire(self) -> None:
        # Shared: the workers of one run hold it together; a cleanup's exclusive try fails
        # while any of them lives.
        from ..connection import open_connection  # the driver, only once a server is used

        self._conn = open_connection(maintenance_url(self.server), autocommit=True)
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT pg_advisory_lock_shared(%s, %s)", (_LOCK_CLASS, _lock_key(self.run_id))
            )
        self.drop_dead_runs()

    def drop_dead_runs(self) -> list[str]:
        """Drop this role's databases of runs whose lock is free; return their names."""
        assert self._conn is not None
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT d.datname, d.datdba = r.oid FROM pg_database d, pg_roles r "
                "WHERE r.rolname = current_user AND starts_with(d.datname, %s) ORDER BY 1",
                (RUN_PREFIX,),
            )
            rows = cur.fetchall()
        dropped = []
        for name, ours in rows:
            match = _RUN_DATABASE.match(name)
            if not match or match.group(1) == self.run_id or not self._is_dead(match.group(1)):
                continue
            if not ours:
                self.skipped.append(
                    f"{name} was left by a dead run of another role; skipped (that role or a "
                    "superuser can drop it)"
                )
                continue
            try:
                self.server.drop_database(name)
            except SchemaDiffError as exc:
                self.skipped.append(f"cannot drop {name}, left by a dead run: {exc}")
                continue
            dropped.append(name)
        return dropped

    def _is_dead(self, run_id: str) -> bool:
        assert self._conn is not None
        key = _lock_key(run_id)
        with self._conn.cursor() as cur:
            cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (_LOCK_CLASS, key))
            (dead,) = cur.fetchone() or (False,)
            if dead:
                cur.execute("SELECT pg_advisory_unlock(%s, %s)", (_LOCK_CLASS, key))
        return bool(dead)

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
