"""Template databases keyed by their inputs, checked against what their build read, reused
across runs, retired when no live run holds them.

A template is named ``schemadiff_tpl_<project>_<state>_<key>_<build>``: ``project``
identifies where the inputs come from (so a new build can retire the old ones), ``key``
hashes the inputs we know of (files, the loader's code, the server version), and ``build``
tells apart builds of one key: a rebuild never reuses the name of a template another run
may be cloning.

Never stale: while a template is built, ``reads.recording()`` notes everything the build
depended on (Python code that ran and the project modules it imports, files opened or
handed to ``psql``/``pg_restore``, ``\\i`` files). Their signatures are stored in the
template's metadata (a JSON comment on the database) and checked on every reuse: anything
changed, missing or unreadable means a new build. A build that ran another program, whose
reads cannot be known, is *unkeyable*: its template serves only the run that built it.

Never dropped under a live run: every process holds a shared advisory lock per template it
uses, on one connection to the maintenance database, for as long as it lives. Retiring a
template takes the exclusive lock with ``pg_try_advisory_lock`` and skips the template if
that fails. Building one key is serialized across processes by another advisory lock: the
first process builds, the others wait and find it built.

Retirement policy: after a build or reuse, the project's other templates of that state are
retired (the newest one serves); at each run's start, templates of any project unused for
``STALE_AFTER_DAYS`` are retired; ``prune()`` retires every unheld template now.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import secrets
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

from ..connection import connect, fetch_row, open_connection
from ..errors import SchemaDiffError
from ..impact import record as impact_record
from ..impact.counts import Counts
from ..impact.model import Impact
from ..reads import Reads, recording, signature
from ..server import SchemaDiffServer
from .runs import maintenance_url

__all__ = [
    "STALE_AFTER_DAYS",
    "Template",
    "TemplateStore",
    "content_key",
    "forget_stale_files",
    "retire_templates",
    "uncached_states",
]

TEMPLATE_PREFIX = "schemadiff_tpl_"
STALE_AFTER_DAYS = 14
_LOCK_CLASS = 0x5D1F  # first half of the advisory lock keys that serialize builds
_HOLD_CLASS = 0x5D21  # first half of the keys a live run holds (shared) per template used
_MARK = "pytest-schemadiff template"
_FORMAT_VERSION = "3"  # bump when the template layout or metadata changes
_TOUCH_EVERY = 3600  # seconds: last use is rewritten at most this often
_SPARE = re.compile(r"_s\d+$")


def forget_stale_files(directory: Path) -> None:
    """Remove the files of ``directory`` (notes and catalogs kept beside templates) nobody
    touched for as long as an unused template is kept."""
    cutoff = time.time() - STALE_AFTER_DAYS * 86400
    for path in directory.iterdir():
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def content_key(*parts: str | bytes | Path | None) -> str:
    """A short hash of files' content and strings, stable across runs and machines."""
    digest = hashlib.sha256(_FORMAT_VERSION.encode())
    for part in parts:
        if isinstance(part, Path):
            part = _path_bytes(part)
        elif isinstance(part, str):
            part = part.encode()
        digest.update(b"\0" if part is None else len(part).to_bytes(8, "big") + part)
    return str(digest.hexdigest()[:16])


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
    # Why this template cannot be reused by a later run (None: it can).
    unkeyable: str | None = None
    # What the migration did while this (post) template was built, when it was measured.
    impact: Impact | None = field(default=None, compare=False)
    # Its rows per table, when they were counted (the next state's rows before its migration).
    counts: Counts | None = field(default=None, compare=False)


@dataclass(frozen=True)
class _Rows:
    """Which rows a build keeps (see ``TemplateStore.ensure``)."""

    count: bool
    ends_measured: bool

    def of(self, url: str, measured: impact_record.Measurements) -> Counts | None:
        """The build's rows: its measured load's count after it, if it ended with one;
        else counted now, if asked; else None."""
        if self.ends_measured and measured and measured.after is not None:
            return measured.after
        if not self.count:
            return None
        from ..impact.rows import count_rows  # pglast: imported only when a build counts

        return count_rows(url)


@dataclass(frozen=True)
class _Stored:
    """A complete template found on the server, with its metadata."""

    name: str
    metadata: dict[str, Any]

    @property
    def run(self) -> str | None:
        return self.metadata.get("run")

    def template(self, state: str) -> Template:
        rows = frozenset(self.metadata.get("tables_with_rows", []))
        impact = counts = None
        with contextlib.suppress(KeyError, ValueError, TypeError):
            impact = Impact.from_json(self.metadata["impact"])
        with contextlib.suppress(KeyError, ValueError, TypeError, zlib.error):
            counts = Counts.from_json(_unpacked(self.metadata["counts"]))
        unkeyable = self.metadata.get("unkeyable")
        return Template(self.name, state, rows, unkeyable, impact, counts)

    def changed_reads(self) -> str | None:
        """The first file the build read that differs now, or None if none does."""
        try:
            reads = _unpacked(self.metadata["reads"])
        except (KeyError, ValueError, TypeError, zlib.error):
            return "<no record of what the build read>"
        for path, stored in reads.items():
            if signature(Path(path)) != stored:
                return str(path)
        return None


class TemplateStore:
    """Find, build, hold and retire templates on one server, for one process."""

    def __init__(self, server: SchemaDiffServer, run_id: str) -> None:
        self.server = server
        self.run_id = run_id
        self._maintenance = maintenance_url(server)
        self._holds: psycopg2.extensions.connection | None = None
        self._held: set[str] = set()
        self.unkeyable: dict[str, str] = {}  # state -> why it is built fresh every run

    def ensure(
        self,
        project: str,
        state: str,
        key: str,
        load: Callable[[str], None],
        *,
        rebuild: bool = False,
        retire_others: bool = True,
        also_read: Reads | None = None,
        create: Callable[[str], str] | None = None,
        fresh: str | None = None,
        count_rows: bool = False,
        ends_measured: bool = False,
    ) -> Template:
        """The template for ``(project, state, key)``, building it with ``load(url)`` if no
        complete one exists whose build read the same files as now. ``also_read`` is what
        was read before the build on its behalf (the loader fixtures' setup).

        ``rebuild`` forces a new build (``--schemadiff-rebuild``); it is honoured once per
        key and run, so xdist workers do not rebuild each other's work. ``retire_others``
        retires the project's other templates of this state (inputs that changed); off for
        SQL files compared ad hoc, of which several coexist.

        ``create(name)`` makes the database ``load`` then fills and returns its URL (default:
        an empty one; a copy of an existing database for ``--schemadiff-dump URL``).
        ``fresh`` says why no later run may reuse the template (a copy of a live database
        has no content to key it on): it is then built fresh every run, like an unkeyable
        build, and dropped at the end of the run (``drop_fresh``): a copy of a
        production-size database is not left behind for a run that cannot use it.

        ``count_rows``: count the rows of every table of a new build and keep them with it
        (a migration measured on a copy of it starts from them). ``ends_measured``: ``load``
        ends with a measured load, whose count after it is the build's rows (kept, no
        count of its own).
        """
        slot = f"{TEMPLATE_PREFIX}{project}_{state}_{key}_"
        with connect(self._maintenance, autocommit=True) as conn:
            with _advisory_lock(conn, _LOCK_CLASS, slot):
                template = self._reusable(conn, slot, state, rebuild)
                if template is None:
                    name = slot + secrets.token_hex(3)
                    rows = _Rows(count_rows, ends_measured)
                    template = self._build(conn, name, state, load, also_read, create, fresh, rows)
            if template.unkeyable:
                self.unkeyable[state] = template.unkeyable
            if retire_others:
                prefix = f"{TEMPLATE_PREFIX}{project}_{state}_"
                _retire(conn, _templates(conn, prefix), keep=template.name)
        return template

    def _reusable(
        self, conn: psycopg2.extensions.connection, slot: str, state: str, rebuild: bool
    ) -> Template | None:
        """The newest complete template of ``slot`` this run may use, now held; or None."""
        for stored in _templates(conn, slot):
            own = stored.run == self.run_id
            if not own and (rebuild or stored.metadata.get("unkeyable")):
                continue
            if not own and stored.changed_reads() is not None:
                continue
            if not self._hold(conn, stored.name):
                continue  # retired between listing and holding
            _touch(conn, stored)
            return stored.template(state)
        return None

    def _hold(self, conn: psycopg2.extensions.connection, name: str) -> bool:
        """Hold ``name`` for the rest of this process (a shared lock no retirer can take);
        False if it no longer exists."""
        self._take(name)
        if _database_exists(conn, name):
            return True
        self._release(name)
        return False

    def _take(self, name: str) -> None:
        if name in self._held:
            return
        if self._holds is None or self._holds.closed:
            self._holds = open_connection(self._maintenance, autocommit=True)
        with self._holds.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock_shared(%s, %s)", (_HOLD_CLASS, _lock_id(name)))
        self._held.add(name)

    def _release(self, name: str) -> None:
        if name in self._held and self._holds is not None and not self._holds.closed:
            with self._holds.cursor() as cur:
                cur.execute(
                    "SELECT pg_advisory_unlock_shared(%s, %s)", (_HOLD_CLASS, _lock_id(name))
                )
        self._held.discard(name)

    def _build(
        self,
        conn: psycopg2.extensions.connection,
        name: str,
        state: str,
        load: Callable[[str], None],
        also_read: Reads | None,
        create: Callable[[str], str] | None = None,
        fresh: str | None = None,
        rows: _Rows | None = None,
    ) -> Template:
        # Unique: two processes of one run may build two keys of one state ("file") at once.
        building = f"schemadiff_run_{self.run_id}_build_{state}_{secrets.token_hex(3)}"
        url = (create or self.server.create_database)(building)
        try:
            with recording() as reads, impact_record.recording() as measured:
                load(url)
            if also_read is not None:
                reads.add(also_read)
            counts = rows.of(url, measured) if rows is not None else None
            # Exact counts say which tables have rows; else one look at each table.
            tables_with_rows = counts.with_rows() if counts else _tables_with_rows(url)
        except BaseException:
            self.server.drop_database(building)
            raise
        now = int(time.time())
        unkeyable = reads.unkeyable or fresh
        metadata = {
            "mark": _MARK,
            "run": self.run_id,
            "tables_with_rows": tables_with_rows,
            "built": now,
            "used": now,
            "unkeyable": unkeyable,
            "reads": _packed(reads),
            "drop_after_run": fresh is not None,
        }
        impact = measured[-1] if measured else None
        if impact is not None:
            metadata["impact"] = impact.to_json()
        if counts is not None:
            metadata["counts"] = _pack(counts.to_json())
        # Held before it carries a valid name: no retirer can drop it in between.
        self._take(name)
        with conn.cursor() as cur:
            cur.execute(
                sql.SQL("COMMENT ON DATABASE {} IS %s").format(sql.Identifier(building)),
                (json.dumps(metadata),),
            )
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
        with_rows = frozenset(tables_with_rows)
        return Template(name, state, with_rows, unkeyable, impact, counts)

    def close(self) -> None:
        """End of the process: let go of every template it held."""
        if self._holds is not None:
            # Released before the connection closes: its backend ends (and lets go of its
            # locks) only some time after, too late for drop_fresh right after this.
            with contextlib.suppress(psycopg2.Error), self._holds.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock_all()")
            self._holds.close()
            self._holds = None
        self._held.clear()

    def drop_fresh(self, project: str) -> list[str]:
        """After ``close``: drop this run's templates built ``fresh`` that no other process
        of the run still holds (the last one to end drops them); return their names."""
        with connect(self._maintenance, autocommit=True) as conn:
            ours = [
                stored
                for stored in _templates(conn, f"{TEMPLATE_PREFIX}{project}_")
                if stored.run == self.run_id and stored.metadata.get("drop_after_run")
            ]
            return _retire(conn, ours, keep=None)


def uncached_states(server: SchemaDiffServer, project: str, run_id: str) -> dict[str, str]:
    """state -> why, for the templates run ``run_id`` built that no later run may reuse."""
    with connect(maintenance_url(server), autocommit=True) as conn:
        return {
            stored.name.split("_")[3]: str(stored.metadata["unkeyable"])
            for stored in _templates(conn, f"{TEMPLATE_PREFIX}{project}_")
            if stored.run == run_id and stored.metadata.get("unkeyable")
        }


def retire_templates(server: SchemaDiffServer, *, prune: bool = False) -> list[str]:
    """At a run's start: retire this role's templates (of any project) unused for
    ``STALE_AFTER_DAYS``, or with ``prune`` (``--schemadiff-prune``) every one no live run
    holds. Return the names dropped."""
    cutoff = time.time() - STALE_AFTER_DAYS * 86400
    with connect(maintenance_url(server), autocommit=True) as conn:
        candidates = [
            stored
            for stored in _templates(conn, TEMPLATE_PREFIX)
            if prune or stored.metadata.get("used", 0) < cutoff
        ]
        return _retire(conn, candidates, keep=None)


def _packed(reads: Reads) -> str:
    return _pack(reads.signatures())


def _pack(data: Any) -> str:
    text = json.dumps(data, sort_keys=True).encode()
    return base64.b64encode(zlib.compress(text, 9)).decode()


def _unpacked(text: str) -> Any:
    return json.loads(zlib.decompress(base64.b64decode(text)))


def _touch(conn: psycopg2.extensions.connection, stored: _Stored) -> None:
    """Record the template's last use (for the age-based retirement)."""
    now = int(time.time())
    if now - int(stored.metadata.get("used", 0)) < _TOUCH_EVERY:
        return
    metadata = {**stored.metadata, "used": now}
    # Not the owner (a superuser's run): the owner's runs keep it fresh.
    with conn.cursor() as cur, contextlib.suppress(psycopg2.Error):
        cur.execute(
            sql.SQL("COMMENT ON DATABASE {} IS %s").format(sql.Identifier(stored.name)),
            (json.dumps(metadata),),
        )


def _templates(conn: psycopg2.extensions.connection, prefix: str) -> Iterator[_Stored]:
    """This role's complete templates whose names start with ``prefix``, newest first."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT d.datname, shobj_description(d.oid, 'pg_database')
            FROM pg_database d
            WHERE starts_with(d.datname, %s)
              AND d.datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)
            """,
            (prefix,),
        )
        rows = cur.fetchall()
    found = []
    for name, comment in rows:
        if _SPARE.search(name) or not comment:
            continue
        try:
            metadata = json.loads(comment)
        except ValueError:
            continue
        if isinstance(metadata, dict) and metadata.get("mark") == _MARK:
            found.append(_Stored(name, metadata))
    found.sort(key=lambda t: t.metadata.get("built", 0), reverse=True)
    yield from found


def _retire(
    conn: psycopg2.extensions.connection,
    candidates: Iterator[_Stored] | list[_Stored],
    keep: str | None,
) -> list[str]:
    """Drop the candidates (and their spares) that no live run holds; return their names."""
    dropped = []
    for stored in list(candidates):
        if stored.name == keep:
            continue
        with conn.cursor() as cur:
            cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (_HOLD_CLASS, _lock_id(stored.name)))
            (free,) = fetch_row(cur)
        if not free:
            continue  # a live run is using it: a later run retires it
        try:
            _drop_template(conn, stored.name)
            dropped.append(stored.name)
        except SchemaDiffError:
            pass  # gone already, or not ours to drop
        finally:
            with conn.cursor() as cur:
                cur.execute(
                    "SELECT pg_advisory_unlock(%s, %s)", (_HOLD_CLASS, _lock_id(stored.name))
                )
    return dropped


def _lock_id(name: str) -> int:
    # Signed 32-bit, as pg_advisory_lock(int, int) wants.
    return zlib.crc32(name.encode()) - 2**31


class _advisory_lock:
    def __init__(self, conn: psycopg2.extensions.connection, lock_class: int, name: str) -> None:
        self.conn, self.lock_class, self.key = conn, lock_class, _lock_id(name)

    def __enter__(self) -> None:
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s, %s)", (self.lock_class, self.key))

    def __exit__(self, *exc: object) -> None:
        if not self.conn.closed:
            with self.conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(%s, %s)", (self.lock_class, self.key))


def _database_exists(conn: psycopg2.extensions.connection, name: str) -> bool:
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        return cur.fetchone() is not None


def _drop_template(conn: psycopg2.extensions.connection, name: str) -> None:
    """Drop template ``name`` and the spare clones kept of it."""
    with conn.cursor() as cur:
        try:
            cur.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", (name + "_s",)
            )
            spares = [row[0] for row in cur.fetchall() if _SPARE.fullmatch(row[0][len(name) :])]
            for spare in spares:
                cur.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(spare)))
            cur.execute(
                sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(
                    sql.Identifier(name)
                )
            )
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        except psycopg2.Error as exc:
            raise SchemaDiffError(f"cannot drop old template {name}: {exc}") from None
    from .catalogs import forget  # it imports this module

    forget(name)


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
