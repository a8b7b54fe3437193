"""Template databases keyed by the content of their inputs, built once, reused across runs.

A template is named ``schemadiff_tpl_<project>_<state>_<key>``: ``project`` identifies where
the inputs come from (so a new build can retire the old ones), ``key`` hashes their content,
the loader's code and the server version. A template is built under another name and renamed
when complete, so a crash never leaves a half-built template behind under a valid name.
Building is serialized across processes (xdist workers, concurrent runs) by an advisory lock
on the server: the first process builds, the others wait and find it built.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg2
from psycopg2 import sql

from ..connect import connect, fetch_row
from ..errors import SchemaDiffError
from ..server import SchemaDiffServer

__all__ = ["Template", "TemplateStore", "content_key"]

TEMPLATE_PREFIX = "schemadiff_tpl_"
_LOCK_CLASS = 0x5D1F  # first half of our advisory lock keys: "templates"
_MARK = "pytest-schemadiff template"
_FORMAT_VERSION = "1"  # bump when the template layout or metadata changes


def content_key(*parts: str | bytes | Path | None) -> str:
    """A short hash of files' content and strings, stable across runs and machines."""
    digest = hashlib.sha256(_FORMAT_VERSION.encode())
    for part in parts:
        if isinstance(part, Path):
            part = _path_bytes(part)
        elif isinstance(part, str):
            part = part.encode()
        digest.update(b"\0" if part is None else len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()[:16]


def _path_bytes(path: Path) -> bytes:
    if path.is_dir():
        return b"".join(
            p.name.encode() + b"\0" + p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()
        )
    return path.read_bytes() if path.exists() else b"<missing>"


@dataclass(frozen=True)
class Template:
    """A built template database and what a clone of it needs to reset itself."""

    name: str
    state: str
    # Tables (oids, kept by CREATE DATABASE ... TEMPLATE) that hold rows in the template:
    # a test that writes to them gets a fresh clone instead of a TRUNCATE.
    tables_with_rows: frozenset[int]


class TemplateStore:
    """Find or build templates on one server."""

    def __init__(self, server: SchemaDiffServer, run_id: str) -> None:
        self.server = server
        self.run_id = run_id

    def ensure(
        self,
        project: str,
        state: str,
        key: str,
        load: Callable[[str], None],
        *,
        rebuild: bool = False,
        retire_others: bool = True,
    ) -> Template:
        """The template for ``(project, state, key)``, building it with ``load(url)`` if needed.

        ``rebuild`` forces a new build even if one exists (``--schemadiff-rebuild``); it is
        honoured once per key and run, so xdist workers do not rebuild each other's work.
        ``retire_others`` drops the project's other templates of this state (inputs that
        changed); off for SQL files compared ad hoc, of which several coexist.
        """
        name = f"{TEMPLATE_PREFIX}{project}_{state}_{key}"
        with connect(self.server.url, autocommit=True) as conn:
            with _advisory_lock(conn, name):
                existing = _read_template(conn, name)
                built_this_run = existing is not None and existing[1] == self.run_id
                if existing is not None and (not rebuild or built_this_run):
                    return Template(name, state, frozenset(existing[0]))
                template = self._build(conn, name, state, load)
            if retire_others:
                self._retire_others(conn, f"{TEMPLATE_PREFIX}{project}_{state}_", keep=name)
        return template

    def _build(
        self,
        conn: psycopg2.extensions.connection,
        name: str,
        state: str,
        load: Callable[[str], None],
    ) -> Template:
        building = f"schemadiff_run_{self.run_id}_build_{state}"
        self.server.drop_database(building)
        url = self.server.create_database(building)
        try:
            load(url)
            tables_with_rows = _tables_with_rows(url)
        except BaseException:
            self.server.drop_database(building)
            raise
        metadata = {"mark": _MARK, "run": self.run_id, "tables_with_rows": tables_with_rows}
        with conn.cursor() as cur:
            cur.execute(
                sql.SQL("COMMENT ON DATABASE {} IS %s").format(sql.Identifier(building)),
                (json.dumps(metadata),),
            )
            if _database_exists(conn, name):
                _drop_template(conn, name)
            # Renamed only when complete: a half-built template never carries a valid name.
            cur.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                    sql.Identifier(building), sql.Identifier(name)
                )
            )
            # No connections: clones need the template idle, and tests must never write to it.
            cur.execute(
                sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(
                    sql.Identifier(name)
                )
            )
        return Template(name, state, frozenset(tables_with_rows))

    def _retire_others(self, conn: psycopg2.extensions.connection, prefix: str, keep: str) -> None:
        """Drop templates of earlier inputs of the same project and state."""
        with conn.cursor() as cur:
            cur.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s) AND datname <> %s",
                (prefix, keep),
            )
            for (old,) in cur.fetchall():
                # Another run may still be cloning it: then a later run retires it.
                with _advisory_lock(conn, old), contextlib.suppress(SchemaDiffError):
                    _drop_template(conn, old)


def _lock_id(name: str) -> int:
    # Signed 32-bit, as pg_advisory_lock(int, int) wants.
    return zlib.crc32(name.encode()) - 2**31


class _advisory_lock:
    def __init__(self, conn: psycopg2.extensions.connection, name: str) -> None:
        self.conn, self.key = conn, _lock_id(name)

    def __enter__(self) -> None:
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s, %s)", (_LOCK_CLASS, self.key))

    def __exit__(self, *exc: object) -> None:
        if not self.conn.closed:
            with self.conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(%s, %s)", (_LOCK_CLASS, self.key))


def _database_exists(conn: psycopg2.extensions.connection, name: str) -> bool:
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        return cur.fetchone() is not None


def _read_template(
    conn: psycopg2.extensions.connection, name: str
) -> tuple[list[int], str | None] | None:
    """The metadata of a complete template ``name``, or None."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        )
        row = cur.fetchone()
    if row is None or not row[0]:
        return None
    try:
        metadata = json.loads(row[0])
    except ValueError:
        return None
    if not isinstance(metadata, dict) or metadata.get("mark") != _MARK:
        return None
    return list(metadata.get("tables_with_rows", [])), metadata.get("run")


def _drop_template(conn: psycopg2.extensions.connection, name: str) -> None:
    with conn.cursor() as cur:
        try:
            cur.execute(
                sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(
                    sql.Identifier(name)
                )
            )
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        except psycopg2.Error as exc:
            raise SchemaDiffError(f"cannot drop old template {name}: {exc}") from None


def _tables_with_rows(url: str) -> list[int]:
    """Oids of the user tables that hold at least one row."""
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT c.oid, format('%I.%I', n.nspname, c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r'
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'
            """
        )
        tables = cur.fetchall()
        return [oid for oid, name in tables if _has_rows(cur, name)]


def _has_rows(cur: psycopg2.extensions.cursor, qualified_name: str) -> bool:
    cur.execute(f"SELECT EXISTS (SELECT FROM ONLY {qualified_name})")  # name from format('%I')
    return bool(fetch_row(cur)[0])
