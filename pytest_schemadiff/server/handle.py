"""``SchemaDiffServer``: what tests and our own code use to make and drop databases.

It only ever creates, changes and drops databases whose names carry ``DATABASE_PREFIX``:
a user's own databases on a shared server are never touched.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
from psycopg2 import sql

from ..connect import connect, describe_target, mask_password, with_database
from ..errors import ConfigError, ServerError

__all__ = ["DATABASE_PREFIX", "SchemaDiffServer", "ServerVersion"]

DATABASE_PREFIX = "schemadiff_"
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


@dataclass(frozen=True)
class SchemaDiffServer:
    """A PostgreSQL server the plugin may create databases on.

    ``url`` is a libpq URL of the maintenance database (``postgres``); ``bin_dir`` holds
    ``psql``, ``pg_dump`` and ``pg_restore`` able to talk to this server.
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
        self._execute(statement)
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

    def list_databases(self) -> list[str]:
        """Names of the databases on this server that carry our prefix."""
        with connect(self.url, autocommit=True) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s) ORDER BY 1",
                (DATABASE_PREFIX,),
            )
            return [row[0] for row in cur.fetchall()]

    def _execute(self, statement: sql.Composable) -> None:
        with connect(self.url, autocommit=True) as conn, conn.cursor() as cur:
            try:
                cur.execute(statement)
            except psycopg2.Error as exc:
                message = str(exc).strip().splitlines()[0]
                raise ServerError(f"{describe_target(self.url)}: {message}") from None

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
