"""``SchemaDiffServer``: what tests and our own code use to make and drop databases.

It only ever creates, changes and drops databases whose names carry ``DATABASE_PREFIX``:
a user's own databases on a shared server are never touched.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
from psycopg2 import sql

from ..connection import Connection, describe_target, mask_password, open_connection, with_database
from ..errors import ConfigError, ConnectError, ServerError
from .leftovers import alive
from .trust import full_disk_message, is_disk_full

__all__ = ["DATABASE_PREFIX", "SchemaDiffServer", "ServerVersion"]

DATABASE_PREFIX = "schemadiff_"
# What a server needs to go on after a full disk: room for WAL segments and a checkpoint.
_SERVER_NEEDS = 64 << 20
# PostgreSQL truncates identifiers at 63 bytes; a truncated name would collide silently.
_MAX_NAME = 63


@dataclass(frozen=True, order=True)
class ServerVersion:
    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    @classmethod
    def from_num(cls, server_version_num: int) -> ServerVersion:
        return cls(server_version_num // 10000, server_version_num % 10000)


@dataclass(frozen=True, repr=False)
class SchemaDiffServer:
    """A PostgreSQL server the plugin may create databases on.

    ``url`` is a libpq URL of the maintenance database (``postgres``); ``bin_dir`` holds
    ``psql``, ``pg_dump`` and ``pg_restore`` able to talk to this server. The URLs the
    plugin makes hold no password (they name a 0600 ``passfile``); one a user's own
    ``schemadiff_server`` fixture returns might, so ``repr`` masks it either way.
    """

    url: str
    version: ServerVersion
    bin_dir: Path
    mode: str  # "private" (the plugin's own cluster) or "existing"
    description: str  # one line for the report header, never a password
    data_dir: Path | None = field(default=None)

    def __repr__(self) -> str:
        return (
            f"SchemaDiffServer(url={mask_password(self.url)!r}, version='{self.version}', "
            f"mode={self.mode!r}, bin_dir={str(self.bin_dir)!r})"
        )

    def database_url(self, name: str) -> str:
        """URL of database ``name`` on this server."""
        return with_database(self.url, name)

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (prefixed with ``schemadiff_`` if it is not) and return
        its URL. ``template`` names a database to clone."""
        name = prefixed(name)
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        self._execute(statement, template)
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        """Drop database ``name`` if it exists, ending its sessions first.

        Refuses names without our prefix: we never drop a database we did not create.
        """
        if not name.startswith(DATABASE_PREFIX):
            raise ConfigError(
                f"refusing to drop database {name!r}: only databases named "
                f"{DATABASE_PREFIX}* are ours"
            )
        statement = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
        if self.version.major >= 13:
            statement += sql.SQL(" WITH (FORCE)")
        self._execute(statement)

    def drop_databases(self, names: list[str], sessions: int = 8) -> None:
        """Drop each of ``names`` as ``drop_database`` does, ``sessions`` at a time: each
        DROP DATABASE waits for a checkpoint, and drops waiting at the same time share one."""
        if not names:
            return
        with concurrent.futures.ThreadPoolExecutor(min(sessions, len(names))) as pool:
            list(pool.map(self.drop_database, names))

    def list_databases(self) -> list[str]:
        """Names of the databases on this server that carry our prefix."""
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s) ORDER BY 1",
                (DATABASE_PREFIX,),
            )
            return [row[0] for row in cur.fetchall()]

    def postmaster_gone(self) -> str | None:
        """For the private cluster: one line saying its server died, if it did.

        The pid in ``postmaster.pid`` no longer runs (or the file is gone while a run still
        uses it): someone killed it, or the machine ran out of memory.
        """
        if self.mode != "private" or self.data_dir is None:
            return None
        try:
            pid = int((self.data_dir / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = None
        if pid is not None and alive(pid):
            return None
        which = f" (pid {pid})" if pid is not None else ""
        return (
            f"the private PostgreSQL cluster's server{which} in {self.data_dir} has died "
            "(killed, or out of memory); the next run starts it again"
        )

    def disk_filled(self) -> str | None:
        """For the private cluster: one line naming its full disk, if its log ends saying
        the disk is full (a full disk makes the server PANIC mid-load; its clients only see
        the connection close)."""
        if self.mode != "private" or self.data_dir is None:
            return None
        try:
            with open(self.data_dir.parent / "server.log", "rb") as log:  # the cluster's log
                log.seek(0, os.SEEK_END)
                log.seek(max(0, log.tell() - 4096))
                tail = log.read().decode(errors="replace")
        except OSError:
            return None
        if not is_disk_full(ServerError(tail)):
            return None
        where = full_disk_message(self.data_dir, _SERVER_NEEDS, "the server to go on")
        return f"the private cluster's disk is full: {where}"

    @contextlib.contextmanager
    def _connect(self) -> Iterator[Connection]:
        """A connection to the maintenance database; says so when our server died."""
        try:
            conn = open_connection(self.url, autocommit=True)
        except ConnectError:
            gone = self.postmaster_gone()
            if gone:
                raise ServerError(gone) from None
            raise
        try:
            yield conn
        finally:
            conn.close()

    def _execute(self, statement: sql.Composable, template: str | None = None) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            try:
                cur.execute(statement)
            except psycopg2.Error as exc:
                message = str(exc).strip().splitlines()[0]
                raise ServerError(self._explain(conn, statement, message, template)) from None

    def _explain(
        self, conn: Connection, statement: sql.Composable, message: str, template: str | None
    ) -> str:
        """One line for a failed statement; a full disk says where and how much."""
        gone = self.postmaster_gone()
        if gone:
            return gone
        # A full disk shows as "could not write ... No space left on device", or, when the
        # checkpoint before CREATE DATABASE could not write, only as "checkpoint request
        # failed" (the rest is in the server log).
        full = is_disk_full(ServerError(message)) or "checkpoint request failed" in message
        if full and self.data_dir is not None:
            needed = self._database_size(template or "template1")
            return full_disk_message(self.data_dir, needed, statement.as_string(conn))
        return f"{describe_target(self.url)}: {message}"

    def _database_size(self, name: str) -> int:
        """Bytes of database ``name``, what a clone of it copies (8 MB if unknown)."""
        try:
            with self._connect() as conn, conn.cursor() as cur:
                cur.execute("SELECT pg_database_size(%s)", (name,))
                row = cur.fetchone()
        except (psycopg2.Error, ConnectError, ServerError):
            row = None
        return int(row[0]) if row else 8 << 20

    def to_json(self) -> str:
        """Serialized for xdist workers (see ``from_json``)."""
        data: dict[str, Any] = asdict(self)
        data["bin_dir"] = str(self.bin_dir)
        data["data_dir"] = str(self.data_dir) if self.data_dir else None
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> SchemaDiffServer:
        data = json.loads(text)
        return cls(
            url=data["url"],
            version=ServerVersion(**data["version"]),
            bin_dir=Path(data["bin_dir"]),
            mode=data["mode"],
            description=data["description"],
            data_dir=Path(data["data_dir"]) if data["data_dir"] else None,
        )


def prefixed(name: str) -> str:
    """``name`` with our prefix, checked against PostgreSQL's identifier limit."""
    if not name.startswith(DATABASE_PREFIX):
        name = DATABASE_PREFIX + name
    if len(name.encode()) > _MAX_NAME:
        raise ConfigError(f"database name {name!r} is longer than {_MAX_NAME} bytes")
    return name
